import GRDB
import HindcastCore
import HindcastStore

/// `player_prop_predictions`: every configured system's prediction for every feature-store row
/// of the date, plus the ensemble. Reads only D's feature-store and context rows, earlier game
/// summaries of the season, and grades dated before D (for the ensemble's weights).
public struct PlayerPropPredictionsProcessor: Processor {
    public static let table = "player_prop_predictions"

    /// The descriptor under the default profile.
    public static let descriptor = declared(gradeWindowDays: PredictionSettings().ensembleWindowDays)

    /// This instance's descriptor: its grade window is the profile's `ensemble_window_days`, and
    /// `run` reads exactly that window (no second constant), so a plan rechecks the predictions
    /// whenever a grade inside it changes.
    public let descriptor: ProcessorDescriptor

    /// The processor as `profile` configures it.
    public init(profile: Profile = .standard) {
        descriptor = Self.declared(gradeWindowDays: profile.predictions.ensembleWindowDays)
    }

    /// The descriptor whose trailing grades span `gradeWindowDays` days before D.
    public static func declared(gradeWindowDays: Int) -> ProcessorDescriptor {
        ProcessorDescriptor(
            id: table, version: 1, phase: .phase5,
            reads: [
                TableRead("ml_feature_store"), TableRead("upcoming_player_game_context"),
                TableRead("player_game_summary", .history(days: nil)),
                TableRead("team_offense_game_summary", .history(days: nil)),
                // Optional: whatever grades exist weight the ensemble; never pulls dates into a plan.
                TableRead(PredictionAccuracyProcessor.table, .history(days: gradeWindowDays), required: false),
                // The learned system's models (written by `hindcast train`, not by a processor): a new
                // model makes every prediction partition stale, so a resumed backfill re-predicts.
                TableRead("model_registry", required: false),
                // The learned system's market values: D's observed line and game-line snapshots.
                TableRead("prop_lines", required: false), TableRead("game_lines", required: false),
                // D's tip-off times: only snapshots captured before them count.
                TableRead("schedule", required: false),
            ],
            writes: [table])
    }

    /// Days of grades before D the ensemble and the edge record read: the descriptor's window.
    var gradeWindowDays: Int {
        for read in descriptor.reads where read.table == PredictionAccuracyProcessor.table {
            if case .some(.some(let days)) = read.window.historyDays { return days }
        }
        preconditionFailure("\(Self.table) declares no bounded window of \(PredictionAccuracyProcessor.table)")
    }

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let settings = request.profile.predictions
        let plan = try SystemPlan(settings.systems)
        let date = request.date
        let all = try FeatureStoreDay.load(db, date: date)
        let features = all.filter { !$0.isPlaceholder }
        guard !features.isEmpty else {
            let reason =
                all.isEmpty
                ? "no ml_feature_store rows on \(date)"
                : "early season: the feature store holds only placeholder rows without features on \(date) "
                    + "(profile features.early_season_mode = flag; use compute to predict these dates)"
            return ProcessorOutcome(
                rowsWritten: [Self.table: 0], rowsSkipped: all.count, inputFingerprint: Fingerprint().hex,
                skipReason: reason)
        }
        let lines = try LineContext.load(db, date: date)
        let season = try SeasonHistory.load(db, request: request)
        let (systems, unavailable) = try plan.systems(for: date, profile: request.profile, db: db)
        let trailing =
            plan.ensemble || settings.edgeRecordMinimumBets > 0
            ? try TrailingAccuracy.load(
                db, before: date, days: gradeWindowDays, edgeThreshold: settings.edgeThreshold,
                history: request.history) : nil
        let weights =
            plan.ensemble
            ? trailing.map {
                EnsembleWeights.from(
                    $0, systems: systems.filter(\.joinsEnsemble).map(\.id),
                    minimumGraded: settings.ensembleMinimumGraded)
            } : nil
        let record = settings.edgeRecordMinimumBets > 0 ? trailing?.edgeRecord : nil
        let inserter = try RowInserter(db, PlayerPropPredictionsColumn.self, sink: request.outputs)
        let layout = inserter.layout
        var outcome = Fingerprint()
        var written = 0
        var counts: [String: Int] = [:]
        typealias Prepared = (row: PreparedRow, fingerprint: String, recommendation: String)
        let ensembleWeights = weights
        let perPlayer = try ParallelMap.map(features) { feature -> (rows: [Prepared], line: String) in
            let games = season.games(of: feature.playerLookup)
            let player = PlayerDay(date: date, features: feature, games: games, season: season)
            let context = lines[feature.playerLookup]
            // Feature 25 is an observed line only when tagged so: an estimate can fill it (profile
            // `estimates_as_features`) and must never become a bet.
            let observedLine =
                feature.features.source(.vegasPointsLine) == .vegasObserved
                ? feature.features.value(.vegasPointsLine) : nil
            let line = LineChoice(observedLine: observedLine, context: context)
            let inputs = PredictionInputs(feature: feature, line: line, context: context, games: games)
            let components = systems.map { (id: $0.id, prediction: $0.predict(player)) }
            var outputs = components.map {
                // A learned prediction also rests on its model and the market values it read.
                (
                    $0.id, $0.prediction,
                    inputs.fingerprint(
                        system: $0.id, extra: $0.prediction.model.map { $0.modelID + ($0.inputsDigest ?? "") })
                )
            }
            let joined = zip(systems, components).filter { $0.0.joinsEnsemble }.map(\.1)
            if let weights = ensembleWeights, !joined.isEmpty {
                let combined = EnsembleSystem.combine(joined, weights: weights)
                outputs.append(
                    (EnsembleSystem.id, combined, inputs.fingerprint(system: EnsembleSystem.id, extra: weights.json)))
            }
            let rows = outputs.map { systemID, prediction, fingerprint -> Prepared in
                // With the edge-record rule on, the recommendation also rests on the system's record.
                let entry = record?.bySystem[systemID]
                let recorded = record == nil ? fingerprint : fingerprint + "|\(entry?.bets ?? 0)/\(entry?.won ?? 0)"
                let values = PredictionRow(
                    date: date, systemID: systemID, feature: feature, line: line, context: context,
                    prediction: prediction, history: games, settings: settings, fingerprint: recorded,
                    runID: request.runID, record: entry
                ).values
                return (
                    layout.prepare(values), recorded,
                    String.fromDatabaseValue(values.value(.recommendation)) ?? ""
                )
            }
            return (rows, line.source.rawValue)
        }
        for player in perPlayer {
            for row in player.rows {
                try inserter.insert(row.row)
                outcome.add(row.fingerprint)
                written += 1
                counts[row.recommendation, default: 0] += 1
            }
            counts["line_" + player.line, default: 0] += 1
        }
        var summary = counts.mapValues(String.init)
        summary["players"] = String(features.count)
        for (id, reason) in unavailable { summary["unavailable_" + id] = reason }
        summary["placeholder_rows_skipped"] = String(all.count - features.count)
        summary["systems"] = plan.ids.joined(separator: ",")
        if let weights { summary["ensemble_basis"] = weights.basis.rawValue }
        return ProcessorOutcome(
            rowsWritten: [Self.table: written], rowsSkipped: all.count - features.count, inputFingerprint: outcome.hex,
            summary: summary)
    }
}

/// The inputs one player's predictions rest on, hashed for `input_fingerprint`.
struct PredictionInputs {
    /// The hash of everything but the system, computed once per player.
    private let base: Fingerprint

    init(feature: FeatureRow, line: LineChoice, context: LineContext?, games: [PastGame]) {
        var print = Fingerprint()
        print.add(feature.inputFingerprint)
        for value in feature.features.filled { print.add(value) }
        for value in feature.features.observed { print.add(value) }
        print.add(feature.qualityScore)
        print.add(feature.syntheticShare)
        print.add(line.observedLine)
        print.add(line.bookmaker)
        print.add(line.estimatedLine)
        print.add(context?.playerStatus)
        for game in games {
            print.add(game.date)
            print.add(game.opponent)
            print.add(game.points)
            print.add(game.minutes)
        }
        base = print
    }

    func fingerprint(system: String, extra: String? = nil) -> String {
        var print = base
        print.add(system)
        print.add(extra)
        return print.hex
    }
}
