import Foundation

/// Paths inside the repository, found from this source file's location.
public enum RepositoryPaths {
    /// The repository root.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The real 2022-23 season files (box scores, schedule, games, inactives, shot zones).
    public static var season2022: String { root + "/Data/2022-23" }

    /// The bundled 2021-22 season files.
    public static var season2021: String { root + "/Sources/HindcastIngest/Bundled/2021-22" }
}
