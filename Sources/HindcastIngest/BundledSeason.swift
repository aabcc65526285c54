import Foundation

/// The 2021-22 season shipped inside the project (basketball-reference box scores, schedule,
/// inactive lists and real prop-line snapshots), loaded when a command needs data and the
/// warehouse has none.
public enum BundledSeason {
    /// The season's label.
    public static let season = "2021-22"

    /// The folder holding the season's CSV files.
    public static var directory: String {
        Bundle.module.resourceURL!.appendingPathComponent("Bundled/\(season)").path
    }
}
