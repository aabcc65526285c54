/// The pipeline phase a processor belongs to (the reference's phases; recorded as `phase` in the
/// run history). A profile's settings fingerprint is taken per phase.
public enum ProcessorPhase: String, Sendable, Hashable, Codable, CaseIterable {
    /// Game summaries from the raw box scores.
    case phase3
    /// Upcoming team and player game context.
    case context
    /// Zone analyses, composite factors, the daily cache.
    case phase4
    /// The feature store.
    case features
    /// Predictions.
    case phase5
    /// Grading of predictions.
    case grading
}
