import GRDB
import HindcastCore
import HindcastStore

/// Writes `ml_feature_store`: one row per player with a context row on D, 54 features each with a
/// value and a source tag, and a quality score computed from those tags. During a season's first
/// days (profile `early_season_days`) it writes flagged rows without features, as the reference,
/// unless the profile's `early_season_mode` is `compute`.
public struct MLFeatureStoreProcessor: Processor {
    public static let descriptor = ProcessorDescriptor(
        id: "ml_feature_store", version: 1, phase: .features,
        reads: [
            TableRead("upcoming_player_game_context"), TableRead("player_daily_cache"),
            TableRead("player_composite_factors"), TableRead("player_shot_zone_analysis"),
            TableRead("team_defense_zone_analysis"), TableRead("player_game_summary", .history(days: 365)),
            TableRead("team_offense_game_summary", .history(days: nil)), TableRead("prop_lines"),
            TableRead("inactives"),
            // D's tip-off times: only lines captured before them count.
            TableRead("schedule"),
        ],
        writes: ["ml_feature_store"])

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let inputs = try FeatureInputs.load(db, request: request)
        let settings = request.profile.features
        let day = request.seasons.daysIntoSeason(request.date) ?? 0
        let earlySeason = day < settings.earlySeasonDays
        let placeholder = earlySeason && settings.earlySeasonMode == .flag
        let assembler = FeatureAssembler(inputs: inputs, estimatesAsFeatures: settings.estimatesAsFeatures)
        let inserter = try RowInserter(db, MlFeatureStoreColumn.self, sink: request.outputs)
        let layout = inserter.layout
        let slots = FeatureStoreSlots()
        var total = Fingerprint()
        let rows = try ParallelMap.map(inputs.context.keys.sorted()) { lookup in
            let context = inputs.context[lookup]!
            let features =
                placeholder
                ? FeatureCatalog.all.map { _ in FeatureValue(nil, .missing) } : assembler.features(for: lookup)
            let row = FeatureStoreRow.values(
                features: features, context: context, request: request, settings: settings,
                placeholder: placeholder, slots: slots,
                extra: [
                    (.earlySeasonFlag, earlySeason),
                    (
                        .insufficientDataReason,
                        placeholder ? "early season: day \(day + 1) of the first \(settings.earlySeasonDays)" : nil
                    ),
                ])
            return (prepared: layout.prepare(row.values), fingerprint: row.fingerprint)
        }
        for row in rows {
            total.add(row.fingerprint)
            try inserter.insert(row.prepared)
        }
        return ProcessorOutcome(
            rowsWritten: ["ml_feature_store": inputs.context.count], inputFingerprint: total.hex,
            skipReason: nil, summary: ["early_season": String(earlySeason)])
    }
}
