import Foundation
import HindcastCore
import HindcastIngest
import HindcastStore

/// The real data kept outside the repository in `../shared/data` (files without a licence: the
/// 2022-23 DraftKings lines and both seasons' closing game lines). Tests that need them are
/// enabled only when they are present.
public enum SharedData {
    /// `../shared/data`, relative to the repository root.
    public static let folder = URL(fileURLWithPath: RepositoryPaths.root + "/../shared/data").standardized.path

    public static var propLines2022: String { folder + "/2022-23/prop_lines.csv" }
    public static var gameLines2022: String { folder + "/2022-23/game_lines.csv" }
    public static var gameLines2021: String { folder + "/2021-22/game_lines.csv" }

    /// Whether the 2022-23 lines and both seasons' game lines are there.
    public static var available: Bool {
        [propLines2022, gameLines2022, gameLines2021].allSatisfy { FileManager.default.fileExists(atPath: $0) }
    }

    /// A fresh copy of a warehouse holding the real 2022-23 season from its opening night through
    /// `2022-11-20` (schedule, games, box scores, inactive lists from `Data/2022-23`) with the
    /// DraftKings lines and closing game lines of those dates: about a month, enough for the
    /// estimators to learn from (300+ observed lines before mid-November).
    public static func season2022Opening() throws -> SeededWarehouse {
        try TestWarehouse.copy(
            of: Templates.shared.path(for: "2022-23-opening+shared-lines") { warehouse in
                let slice = TemporaryDirectory()
                let last = "2022-11-20"
                let importer = Importer(warehouse: warehouse)
                for (name, kind) in [
                    ("schedule.csv", ImportKind.schedule), ("games.csv", .games), ("player_boxscores.csv", .boxscores),
                    ("inactives.csv", .inactives),
                ] {
                    let path = try slice.write(
                        name, filtered(RepositoryPaths.season2022 + "/" + name, dateColumn: 2, through: last))
                    _ = try importer.importFile(path, kind: kind)
                }
                for (source, kind) in [(propLines2022, ImportKind.propLines), (gameLines2022, .gameLines)] {
                    let path = try slice.write(
                        (source as NSString).lastPathComponent, filtered(source, dateColumn: 0, through: last))
                    _ = try importer.importFile(path, kind: kind)
                }
            })
    }

    /// The header and the rows of a CSV file dated on or before `last` (`dateColumn` precedes any
    /// quoted field in these files).
    static func filtered(_ path: String, dateColumn: Int, through last: String) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline)
        let header = lines.removeFirst()
        let kept = lines.filter { line in
            let fields = line.split(separator: ",", maxSplits: dateColumn + 1, omittingEmptySubsequences: false)
            return fields.count > dateColumn && fields[dateColumn] <= last
        }
        return ([header] + kept).joined(separator: "\n") + "\n"
    }
}
