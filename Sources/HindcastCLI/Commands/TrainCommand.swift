import ArgumentParser
import Foundation
import HindcastCore
import HindcastIngest
import HindcastPredict
import HindcastStore

/// `hindcast train`: fits the gradient-boosted points model on the feature-store rows of a date
/// range whose players played, stores it in `model_registry` and exports it as JSON. Missing
/// feature-store or game-summary partitions of the range are computed first, as `backfill` would.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the points model on a date range's feature store and store it in the warehouse.",
        discussion: """
            Rows: feature-store rows of the range (not early-season placeholders) whose player played \
            (minutes > 0); the target is the points scored. The newest validation_fraction of dates is held \
            out for early stopping. The profile's training settings choose the trees and which rows count \
            (exclude_tiers, max_synthetic_share, synthetic_downweight). The gbt_v1 system predicts a date D \
            with the newest model whose range ends before D. With --retrain weekly or monthly (or the \
            profile's training.retrain) it trains one model per period end over the range, each on everything \
            from the range's start to that end, so a backfill of the range is predicted period by period by a \
            model trained before it; `hindcast models` shows which model predicted which dates.
            """
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var log: LogOptions

    @Option(name: .long, help: "Registry name of the model (default: the profile's training.model_name).")
    var model: String?

    @Option(
        name: .long,
        help: "Where to export the model JSON (default: models/NAME-END.json); with several models, a folder.")
    var out: String?

    @Option(
        name: .long, help: "Walk-forward retraining: none, weekly or monthly (default: the profile's training.retrain)."
    )
    var retrain: String?

    @Flag(name: .long, help: "Refuse instead of computing missing feature-store partitions of the range.")
    var noBackfill = false

    func run() throws {
        let profile = try profileOptions.load()
        let name = model ?? profile.training.modelName
        let periodText = retrain ?? profile.training.retrain
        guard let period = RetrainPeriod(rawValue: periodText) else {
            throw ExitCodes.fail(
                "--retrain must be none, weekly or monthly, got \(periodText)", code: ExitCodes.usage)
        }
        let ends = period.periodEnds(dates.range)
        let singlePath = out ?? "models/\(name)-\(dates.range.end).json"
        if ends.count == 1 { try OutputFile.check(singlePath, warehouse: warehouse.path) }
        let store = try warehouse.openForWriting()
        try prepare(store, profile: profile)
        Console.message(
            "training \(name) on \(dates.range)" + (ends.count > 1 ? " (\(ends.count) models, \(period.rawValue))" : "")
                + "...")
        let data = try store.read { db in try TrainingData.load(db, range: dates.range) }
        var runs: [TrainingRun] = []
        let createdAt = Timestamp.now()
        var previousRows = -1
        for end in ends {
            let slice = data.through(end)
            // A period without a new row (the off-season) would train the previous model again.
            if slice.examples.count == previousRows && end != ends.last { continue }
            previousRows = slice.examples.count
            runs.append(
                try PointsModelTrainer.train(slice, name: name, settings: profile.training, createdAt: createdAt))
        }
        // The files first: a model that cannot be exported is not registered either.
        var paths: [String] = []
        for run in runs {
            let file = "\(name)-\(run.data.range.end).json"
            let path = ends.count == 1 ? (out ?? "models/\(file)") : "\(out ?? "models")/\(file)"
            try OutputFile.write(try run.entry.exportJSON(), to: path)
            paths.append(path)
        }
        try store.write { db in
            for run in runs { try ModelRegistry.save(run.entry, db: db) }
        }
        for (run, path) in zip(runs, paths) {
            print(Self.describe(run, profile: profile))
            print("model \(run.entry.modelID) stored in model_registry; exported to \(path)")
        }
        if runs.count > 1 {
            print(
                "\(runs.count) models (\(period.rawValue)); trained in \(String(format: "%.1f", runs.map(\.seconds).reduce(0, +))) s"
            )
        }
    }

    /// Computes the range's missing feature-store and game-summary partitions (resuming like
    /// `backfill`), or refuses with `--no-backfill`. Partitions that exist but are stale for this
    /// profile (e.g. its context or feature settings differ) are used as stored, with a note, rather
    /// than recomputing a season of features before training; training settings never make them stale.
    private func prepare(_ store: Warehouse, profile: Profile) throws {
        let session = try PipelineSession(store: store, profile: profile)
        let plan = try session.plan(["ml_feature_store", "player_game_summary"], range: dates.range)
        let status = { (key: PartitionKey) in plan.states[key]?.status ?? .missing }
        let absent = plan.requested.filter { !status($0).isComplete && status($0) != .stale }
        let stale = plan.requested.filter { status($0) == .stale }
        guard !absent.isEmpty else {
            if !stale.isEmpty {
                Console.message(
                    "note: \(stale.count) feature-store or game-summary partitions of \(dates.range) are stale for "
                        + "profile \(profile.name); training uses them as stored (run backfill to refresh them)")
            }
            return
        }
        if noBackfill {
            let days = Set(absent.map(\.date)).count
            throw ExitCodes.fail(
                "the feature store or game summaries are missing on \(days) game day(s) of \(dates.range); "
                    + "run hindcast backfill for the range, or train without --no-backfill", code: ExitCodes.error)
        }
        try session.run(
            plan, label: "feature store for training", range: dates.range, triggeredBy: "train",
            verbosity: log.verbosity)
    }

    /// What the run did, one fact per line.
    static func describe(_ run: TrainingRun, profile: Profile) -> String {
        let split = run.split
        let entry = run.entry
        let settings = profile.training
        func count(_ value: Int) -> String { ImportReport.grouped(value) }
        var lines = [
            "trained \(entry.modelName) on \(run.data.range): \(run.dates) dates, \(count(split.all.count)) rows "
                + "(\(count(split.training.count)) training, \(count(split.validation.count)) validation"
                + (split.validationStart.map { " from \($0)" } ?? "") + ")",
            "  left out: \(count(run.data.placeholders)) early-season placeholders, "
                + "\(count(run.data.withoutActuals)) without minutes played, \(count(split.excludedByTier)) by tier "
                + "\(settings.excludeTiers), \(count(split.excludedBySyntheticShare)) over synthetic share "
                + "\(settings.maxSyntheticShare)",
            "  synthetic: mean synthetic share \(entry.syntheticShareTraining); "
                + "\(String(format: "%.1f", 100 * run.syntheticContextShare))% of rows on synthetic or no context"
                + (settings.syntheticDownweight > 0 ? "; weight 1 − \(settings.syntheticDownweight) × share" : ""),
        ]
        let stopped = run.model.validationMAEHistory.count
        if let mae = entry.validationMAE {
            lines.append(
                "  validation MAE \(String(format: "%.3f", mae)); trees kept \(run.model.trees.count) of "
                    + "\(settings.trees) (stopped after round \(stopped))")
        } else {
            lines.append("  no validation slice; trees kept \(run.model.trees.count) of \(settings.trees)")
        }
        if let baseline = run.model.baseline {
            let pieces = baseline.pieces.map { piece in
                "["
                    + zip(piece.names, piece.coefficients).map { "\($0.0) \(String(format: "%.3f", $0.1))" }
                    .joined(separator: ", ") + " + \(String(format: "%.2f", piece.intercept)); \(piece.rows) rows]"
            }
            lines.append(
                "  baseline (least absolute deviation): "
                    + (pieces.isEmpty ? "constant" : pieces.joined(separator: " else ")))
        }
        if let blend = run.model.lineBlend {
            let pieces = blend.pieces.map { piece in
                "["
                    + zip(piece.names, piece.coefficients).map { "\($0.0) \(String(format: "%.3f", $0.1))" }
                    .joined(separator: ", ") + ", model \(String(format: "%.3f", piece.modelCoefficient))"
                    + " + \(String(format: "%.2f", piece.intercept)); \(piece.rows) validation rows]"
            }
            lines.append("  line blend (least absolute deviation): " + pieces.joined(separator: " else "))
        } else if settings.baseline == "line_blend" {
            lines.append("  line blend: none (fewer than 200 validation rows with a line)")
        }
        let top = run.model.featureImportance.prefix(5).map { "\($0.name) \(String(format: "%.3f", $0.importance))" }
        lines.append("  top features: \(top.joined(separator: ", "))")
        lines.append("  trained in \(String(format: "%.1f", run.seconds)) s")
        return lines.joined(separator: "\n")
    }
}
