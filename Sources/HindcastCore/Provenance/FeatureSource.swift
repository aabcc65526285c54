/// Where one feature's value came from (DESIGN §5). Each tag has a default quality weight; the
/// profile may change the weights.
public enum FeatureSource: String, Codable, Sendable, CaseIterable, Hashable {
    /// From a Phase 4 table on the exact date, built on observed (or no) context.
    case phase4
    /// Computed directly from earlier game summaries.
    case calculated
    /// From an observed pre-game sportsbook snapshot.
    case vegasObserved = "vegas_observed"
    /// From an observed context row or Phase 3 fallback on observed inputs.
    case phase3Observed = "phase3_observed"
    /// From a Phase 4 table whose row consumed synthetic context.
    case phase4SyntheticInput = "phase4_synthetic_input"
    /// From a synthetic context row.
    case phase3Synthetic = "phase3_synthetic"
    /// An estimate (e.g. a line estimated from recent scoring).
    case estimated
    /// A hard default because no source had a value.
    case `default`
    /// No value at all.
    case missing

    /// The default quality weight of the tag (0-100).
    public var defaultWeight: Double {
        switch self {
        case .phase4, .calculated, .vegasObserved: return 100
        case .phase3Observed: return 87
        case .phase4SyntheticInput: return 80
        case .phase3Synthetic: return 75
        case .estimated: return 50
        case .default: return 40
        case .missing: return 0
        }
    }

    /// Whether the value rests on synthetic context or an estimate.
    public var isSynthetic: Bool {
        self == .phase4SyntheticInput || self == .phase3Synthetic || self == .estimated
    }

    /// Whether the value is a default or absent.
    public var isDefaultOrMissing: Bool { self == .default || self == .missing }
}

/// Quality tier from a 0-100 score: gold ≥ 95, silver ≥ 85, bronze ≥ 70, poor ≥ 50, else critical.
public enum QualityTier: String, Codable, Sendable, CaseIterable, Comparable {
    case gold, silver, bronze, poor, critical

    public init(score: Double) {
        switch score {
        case 95...: self = .gold
        case 85..<95: self = .silver
        case 70..<85: self = .bronze
        case 50..<70: self = .poor
        default: self = .critical
        }
    }

    private var rank: Int { QualityTier.allCases.firstIndex(of: self)! }

    /// Better tiers sort first.
    public static func < (lhs: QualityTier, rhs: QualityTier) -> Bool { lhs.rank < rhs.rank }
}

/// Where a context row came from (DESIGN §4).
public enum ContextOrigin: String, Codable, Sendable, CaseIterable {
    /// Built from pre-game snapshots captured before tip-off, or imported from production.
    case observed
    /// Reconstructed afterwards by the context module.
    case synthetic
}

/// Why a synthetic context row exists.
public enum SynthesisReason: String, Codable, Sendable, CaseIterable {
    /// No observed context for the date at all.
    case noContext = "no_context"
    /// Observed context exists for the date, but not for this player or team.
    case partialContext = "partial_context"
    /// Synthesis was requested even though observed context could exist.
    case forced
}
