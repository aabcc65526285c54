import GRDB
import HindcastCore
import HindcastStore

/// A zone-analysis row being built (`PlayerShotZoneProfile`, `TeamZoneDefense`): its values by
/// column, its quality and calculation notes, and the fingerprint of its inputs.
protocol ZoneAnalysisRow {
    /// The table's columns.
    associatedtype Column: ZoneAnalysisColumn
    var values: TableRow<Column> { get set }
    var quality: ZoneQualityNotes { get set }
    var notes: [String] { get }
    var fingerprint: Fingerprint { get }
}

extension ZoneAnalysisRow {
    /// Checks a sample of `games` before `date` against the early-season `minimum`: below it the
    /// row gets `early_season_flag`, the reason and NULL metrics, and this returns false; below a
    /// full `window` it notes an early-season sample.
    mutating func checkSample(games: Int, minimum: Int, window: Int, before date: GameDate) -> Bool {
        guard games >= minimum else {
            values[.earlySeasonFlag] = true
            values[.insufficientDataReason] =
                "\(games) game\(games == 1 ? "" : "s") before \(date) this season; \(minimum) required"
            quality.add("insufficient_games:\(games)/\(minimum)")
            return false
        }
        if games < window { quality.add("early_season_sample:\(games)/\(window)") }
        return true
    }

    /// The row with the provenance columns filled in.
    func ordered(runID: String) -> TableRow<Column> {
        var all = values
        all[.calculationNotes] = notes.isEmpty ? nil : notes.joined(separator: "; ")
        all[.dataQualityTier] = quality.tier.rawValue
        all[.qualityScore] = quality.finalScore
        all[.dataQualityIssues] = quality.json
        all[.inputFingerprint] = fingerprint.hex
        all[.runId] = runID
        return all
    }
}

/// The columns both zone-analysis tables have, which `ZoneAnalysisRow` fills the same way.
protocol ZoneAnalysisColumn: TableColumn {
    static var earlySeasonFlag: Self { get }
    static var insufficientDataReason: Self { get }
    static var calculationNotes: Self { get }
    static var dataQualityTier: Self { get }
    static var qualityScore: Self { get }
    static var dataQualityIssues: Self { get }
    static var inputFingerprint: Self { get }
    static var runId: Self { get }
}

extension TeamDefenseZoneAnalysisColumn: ZoneAnalysisColumn {}
extension PlayerShotZoneAnalysisColumn: ZoneAnalysisColumn {}
