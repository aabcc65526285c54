import GRDB
import HindcastCore

/// A zone-analysis row being built (`PlayerShotZoneProfile`, `TeamZoneDefense`): its values by
/// column, its quality and calculation notes, and the fingerprint of its inputs.
protocol ZoneAnalysisRow {
    /// The table's columns, in insert order.
    static var columns: [String] { get }
    var values: [String: (any DatabaseValueConvertible)?] { get set }
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
            values["early_season_flag"] = true
            values["insufficient_data_reason"] =
                "\(games) game\(games == 1 ? "" : "s") before \(date) this season; \(minimum) required"
            quality.add("insufficient_games:\(games)/\(minimum)")
            return false
        }
        if games < window { quality.add("early_season_sample:\(games)/\(window)") }
        return true
    }

    /// The values in `columns` order, with the provenance columns filled in.
    func ordered(runID: String) -> [(any DatabaseValueConvertible)?] {
        var all = values
        all["calculation_notes"] = notes.isEmpty ? nil : notes.joined(separator: "; ")
        all["data_quality_tier"] = quality.tier.rawValue
        all["quality_score"] = quality.finalScore
        all["data_quality_issues"] = quality.json
        all["input_fingerprint"] = fingerprint.hex
        all["run_id"] = runID
        return Self.columns.map { all[$0] ?? nil }
    }
}
