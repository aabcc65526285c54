/// The points one family of tables takes off a row's quality score per issue code.
public protocol QualityPenalties: Sendable {
    /// The penalty for `code` (an issue without its `:detail`).
    static func penalty(for code: String) -> Double
}

/// A row's data-quality bookkeeping: a 0-100 score lowered by a fixed penalty per issue, the
/// issues as written to `data_quality_issues`, and the tier that follows from the score
/// (gold ≥ 95, silver ≥ 85, bronze ≥ 70, poor ≥ 50, critical below).
public struct QualityNotes<Penalties: QualityPenalties>: Sendable {
    public private(set) var score: Double = 100
    public private(set) var issues: [String] = []

    public init() {}

    /// Records `issue` once (a `code:detail` issue counts by its code), lowering the score.
    public mutating func add(_ issue: String) {
        guard !issues.contains(issue) else { return }
        issues.append(issue)
        let code = issue.split(separator: ":").first.map(String.init) ?? issue
        score -= Penalties.penalty(for: code)
    }

    /// Records each issue of `list`.
    public mutating func add(_ list: [String]) {
        for issue in list { add(issue) }
    }

    /// The score, never below 0.
    public var finalScore: Double { max(0, score) }
    /// The tier of the final score.
    public var tier: QualityTier { QualityTier(score: finalScore) }
    /// `data_quality_issues`: a JSON array of issue codes.
    public var json: String { JSONText.array(issues) }
}
