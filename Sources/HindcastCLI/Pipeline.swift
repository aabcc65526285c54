import HindcastAnalytics
import HindcastContext
import HindcastCore
import HindcastFeatures
import HindcastPrecompute
import HindcastPredict

/// The one list of processors that make up the pipeline.
public enum Pipeline {
    /// Every processor, from every processor module.
    public static var processors: [any Processor] {
        HindcastAnalyticsProcessors.all + HindcastContextProcessors.all + HindcastPrecomputeProcessors.all
            + HindcastFeaturesProcessors.all + HindcastPredictProcessors.all
    }

    /// The validated graph of every processor.
    public static func graph() throws -> ProcessorGraph {
        try ProcessorGraph(processors)
    }
}
