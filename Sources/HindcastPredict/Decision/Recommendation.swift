import HindcastCore

/// OVER / UNDER / PASS / NO_LINE. A bet is only ever made against an observed line.
public enum Recommendation: String, Sendable, Codable, CaseIterable {
    case over = "OVER"
    case under = "UNDER"
    case pass = "PASS"
    case noLine = "NO_LINE"

    /// OVER/UNDER when the line is observed, |edge| ≥ `edgeThreshold`, confidence ≥
    /// `minimumConfidence` and, with `edge_record_minimum_bets` above 0, the system's `record`
    /// (its bets at that edge in the trailing window) holds enough bets won at the break-even rate;
    /// PASS otherwise with an observed line; NO_LINE without one (an estimated line included).
    public static func decide(
        predicted: Double, line: LineChoice, confidence: Double, settings: PredictionSettings,
        record: EdgeRecord.Entry? = nil
    ) -> Recommendation {
        guard line.source == .observed, let observed = line.observedLine else { return .noLine }
        let edge = Rounding.tenth(predicted - observed)
        guard abs(edge) >= settings.edgeThreshold, confidence >= settings.minimumConfidence, edge != 0 else {
            return .pass
        }
        if settings.edgeRecordMinimumBets > 0 {
            guard let record, record.pays(settings) else { return .pass }
        }
        return edge > 0 ? .over : .under
    }
}
