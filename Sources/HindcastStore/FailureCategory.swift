/// Why a run did not complete, as stored in `processor_run_history.failure_category`.
public enum FailureCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// The processor threw (its SQL failed, its input was unusable): the step's transaction rolled back.
    case processingError = "PROCESSING_ERROR"
    /// Not run: a partition it requires failed, or was itself blocked, in the same run.
    case upstreamFailed = "UPSTREAM_FAILED"
}
