// swift-tools-version: 6.2
import PackageDescription

/// Hindcast: the NBA player-points props pipeline over any historical date range, on SQLite,
/// with synthetic pre-game context that says it is synthetic.
let package = Package(
    name: "Hindcast",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hindcast", targets: ["hindcast"]),
        .library(name: "HindcastCLI", targets: ["HindcastCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "HindcastStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, which GRDB itself links: `RowInserter` binds each value directly.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "HindcastCore",
            dependencies: [
                "HindcastStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "HindcastIngest",
            dependencies: ["HindcastCore", "HindcastStore", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Bundled")]
        ),
        .target(
            name: "HindcastAnalytics",
            dependencies: ["HindcastCore", "HindcastStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "HindcastContext",
            dependencies: ["HindcastCore", "HindcastStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "HindcastPrecompute",
            dependencies: ["HindcastCore", "HindcastStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "HindcastFeatures",
            dependencies: ["HindcastCore", "HindcastStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "HindcastPredict",
            dependencies: ["HindcastCore", "HindcastStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "HindcastReports",
            dependencies: [
                "HindcastCore", "HindcastStore", "HindcastContext", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "HindcastCLI",
            dependencies: [
                "HindcastCore", "HindcastStore", "HindcastIngest", "HindcastAnalytics", "HindcastContext",
                "HindcastPrecompute", "HindcastFeatures", "HindcastPredict", "HindcastReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(name: "hindcast", dependencies: ["HindcastCLI"]),
        .target(
            name: "HindcastTestSupport",
            dependencies: [
                "HindcastCLI", "HindcastCore", "HindcastStore", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/HindcastTestSupport"
        ),
        .testTarget(name: "HindcastStoreTests", dependencies: ["HindcastStore", "HindcastTestSupport"]),
        .testTarget(name: "HindcastCoreTests", dependencies: ["HindcastCore", "HindcastTestSupport"]),
        .testTarget(name: "HindcastReportsTests", dependencies: ["HindcastReports", "HindcastTestSupport"]),
        .testTarget(name: "HindcastCLITests", dependencies: ["HindcastCLI", "HindcastTestSupport"]),
        .testTarget(name: "HindcastAnalyticsTests", dependencies: ["HindcastAnalytics", "HindcastTestSupport"]),
        .testTarget(name: "HindcastPrecomputeTests", dependencies: ["HindcastPrecompute", "HindcastTestSupport"]),
        .testTarget(name: "HindcastIngestTests", dependencies: ["HindcastIngest", "HindcastTestSupport"]),
        .testTarget(name: "HindcastContextTests", dependencies: ["HindcastContext", "HindcastTestSupport"]),
        .testTarget(name: "HindcastFeaturesTests", dependencies: ["HindcastFeatures", "HindcastTestSupport"]),
        .testTarget(name: "HindcastPredictTests", dependencies: ["HindcastPredict", "HindcastTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["HindcastCLI", "HindcastTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
