import Foundation

/// Paths inside the repository, found from this source file's location.
public enum RepositoryPaths {
    /// The repository root.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The real 2022-23 season files kept in the repository (box scores, schedule, games, inactives).
    public static var season2022: String { root + "/Data/2022-23" }

    /// The bundled 2021-22 season files.
    public static var season2021: String { root + "/Sources/HindcastIngest/Bundled/2021-22" }

    /// The shared real data beside the repository (`../shared/data`), holding the files whose source
    /// states no licence (2022-23 shot zones and prop lines, game lines) and so never enter the
    /// repository. `HINDCAST_SHARED_DATA` points it elsewhere (an absent folder shows what a fresh
    /// clone without `../shared` sees).
    public static var sharedData: String {
        if let override = ProcessInfo.processInfo.environment["HINDCAST_SHARED_DATA"], !override.isEmpty {
            return override
        }
        return root + "/../shared/data"
    }

    /// The 2022-23 NBA.com shot zones per player and game, in the shared data.
    public static var sharedShotZones2022: String { sharedData + "/2022-23/player_game_shot_zones.csv" }

    /// Whether the 2022-23 shot zones are there; tests that need them are skipped without them.
    public static var hasSharedShotZones2022: Bool { FileManager.default.fileExists(atPath: sharedShotZones2022) }
}

extension RepositoryPaths {
    /// The real rows of the first NBA Cup final (2023-12-09, IND vs LAL in Las Vegas), copied from
    /// the shared data (basketball-reference data, MIT repository): schedule, games, box scores,
    /// inactives.
    public static var nbaCupFinalFixture: String { root + "/Tests/Fixtures/nba-cup-final-2023-12-09" }
}
