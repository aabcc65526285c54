import GRDB
import HindcastCore
import HindcastStore

/// Writes `player_composite_factors`: one row per player with a context row on D, reading that
/// row whatever its origin (no private synthesis, no backfill path), the player's shot-zone
/// analysis and the opponent's zone defence, and recording the origin of the context it consumed.
public struct PlayerCompositeFactorsProcessor: Processor {
    public static let descriptor = ProcessorDescriptor(
        id: "player_composite_factors", version: 1, phase: .phase4,
        reads: [
            TableRead("upcoming_player_game_context"), TableRead("player_shot_zone_analysis"),
            TableRead("team_defense_zone_analysis"),
        ],
        writes: ["player_composite_factors"])

    /// The factors that read context fields (all four computed ones).
    static let contextDependentFactors = [
        "fatigue_score", "shot_zone_mismatch_score", "pace_score", "usage_spike_score",
    ]

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let context = try PlayerContextRecord.all(db, on: request.date)
        let zones = try ZoneInputs.load(db, date: request.date)
        let early = (request.seasons.daysIntoSeason(request.date) ?? 0) < request.profile.features.earlySeasonDays
        let inserter = try RowInserter(db, PlayerCompositeFactorsColumn.self, sink: request.outputs)
        let layout = inserter.layout
        var total = Fingerprint()
        let rows = try ParallelMap.map(context.keys.sorted()) { lookup in
            let values = factorRow(context[lookup]!, zones: zones, request: request, early: early)
            return (
                prepared: layout.prepare(values), fingerprint: String.fromDatabaseValue(values.value(.inputFingerprint))
            )
        }
        for row in rows {
            total.add(row.fingerprint)
            try inserter.insert(row.prepared)
        }
        return ProcessorOutcome(
            rowsWritten: ["player_composite_factors": context.count], inputFingerprint: total.hex,
            summary: ["synthetic_context_rows": String(context.values.filter(\.isSynthetic).count)])
    }

    func factorRow(
        _ row: PlayerContextRecord, zones: ZoneInputs, request: ProcessorRequest, early: Bool
    ) -> TableRow<PlayerCompositeFactorsColumn> {
        let fatigueInputs = FatigueInputs(
            daysRest: row.daysRest, backToBack: row.backToBack, gamesInLast7Days: row.gamesInLast7Days,
            minutesInLast7Days: row.minutesInLast7Days, avgMinutesPerGameLast7: row.avgMinutesPerGameLast7,
            backToBacksLast14Days: row.backToBacksLast14Days, playerAge: row.playerAge)
        let fatigue = CompositeFactorMath.fatigueScore(fatigueInputs)
        let fatigueAdjustment = CompositeFactorMath.fatigueAdjustment(fatigue)
        let mismatchInputs = zones.mismatchInputs(player: row.playerLookup, opponent: row.opponentTeamAbbr)
        let mismatch =
            mismatchInputs.map {
                CompositeFactorMath.shotZoneMismatch(zoneRate: $0.rate, defenseVsLeague: $0.defense)
            } ?? 0
        let pace = CompositeFactorMath.paceScore(paceDifferential: row.paceDifferential)
        let usage = CompositeFactorMath.usageSpike(
            projectedUsage: row.projectedUsageRate, recentUsage: row.avgUsageRateLast7Games,
            starsOut: row.starTeammatesOut)
        let totalAdjustment = Rounding.hundredth(fatigueAdjustment + mismatch + pace + usage)
        var missing: [String] = []
        if row.daysRest == nil { missing.append("days_rest") }
        if row.projectedUsageRate == nil { missing.append("projected_usage_rate") }
        if row.paceDifferential == nil { missing.append("pace_differential") }
        if zones.players[row.playerLookup] == nil { missing.append("player_shot_zone_analysis") }
        if zones.teams[row.opponentTeamAbbr] == nil { missing.append("team_defense_zone_analysis") }
        let completeness = Double(5 - missing.count) * 20
        let quality = completeness
        var warnings: [String] = []
        if fatigue < 50 { warnings.append("fatigue_score \(fatigue) below 50") }
        if abs(mismatch) > 8 { warnings.append("shot_zone_mismatch \(Rounding.tenth(mismatch)) beyond ±8") }
        if abs(totalAdjustment) > 12 { warnings.append("total_adjustment \(totalAdjustment) beyond ±12") }
        var fingerprint = Fingerprint()
        for value in [
            "\(row.daysRest as Int?)", "\(row.backToBack as Bool?)", "\(row.gamesInLast7Days as Int?)",
            "\(row.minutesInLast7Days as Int?)", "\(row.avgMinutesPerGameLast7 as Double?)",
            "\(row.backToBacksLast14Days as Int?)", "\(row.playerAge as Int?)",
            "\(row.avgUsageRateLast7Games as Double?)",
            "\(row.starTeammatesOut as Int?)", "\(row.paceDifferential as Double?)", row.contextOrigin.rawValue,
            "\(mismatchInputs?.zone as String?)|\(mismatchInputs?.rate as Double?)|\(mismatchInputs?.defense as Double?)",
        ] {
            fingerprint.add(value)
        }
        return [
            .playerLookup: row.playerLookup, .universalPlayerId: row.universalPlayerID,
            .gameDate: request.date.description, .gameId: row.gameID, .analysisDate: request.date.description,
            .teamAbbr: row.teamAbbr, .opponentTeamAbbr: row.opponentTeamAbbr, .fatigueScore: fatigue,
            .fatigueAdjustment: fatigueAdjustment, .shotZoneMismatchScore: Rounding.tenth(mismatch),
            .paceScore: Rounding.tenth(pace), .usageSpikeScore: Rounding.tenth(usage),
            .refereeFavorabilityScore: 0.0, .lookAheadPressureScore: 0.0, .travelImpactScore: 0.0,
            .opponentStrengthScore: 0.0, .totalCompositeAdjustment: totalAdjustment,
            .fatigueContextJson: JSONText.encode(FatigueContext(fatigueInputs)),
            .shotZoneContextJson: JSONText.object([
                "zone": mismatchInputs?.zone ?? "none", "zone_rate": "\(mismatchInputs?.rate as Double?)",
                "opponent_vs_league": "\(mismatchInputs?.defense as Double?)",
            ]),
            .paceContextJson: JSONText.object(["pace_differential": "\(row.paceDifferential as Double?)"]),
            .usageContextJson: JSONText.object([
                "avg_usage_rate_last_7_games": "\(row.avgUsageRateLast7Games as Double?)",
                "projected_usage_rate": "\(row.projectedUsageRate as Double?)",
                "star_teammates_out": "\(row.starTeammatesOut as Int?)",
            ]),
            .calculationVersion: "v1_4factors", .dataCompletenessPct: completeness,
            .missingDataFields: JSONText.array(missing), .hasWarnings: !warnings.isEmpty,
            .warningDetails: warnings.isEmpty ? nil : JSONText.array(warnings), .earlySeasonFlag: early,
            .contextOrigin: row.contextOrigin.rawValue,
            .syntheticInputs: JSONText.array(row.isSynthetic ? Self.contextDependentFactors : []),
            .dataQualityTier: QualityTier(score: quality).rawValue, .qualityScore: quality,
            .dataQualityIssues: JSONText.array(missing.map { "missing:\($0)" }),
            .inputFingerprint: fingerprint.hex, .runId: request.runID,
        ]
    }
}

/// The fatigue inputs as stored in `fatigue_context_json`.
private struct FatigueContext: Encodable {
    let days_rest: Int?
    let back_to_back: Bool?
    let games_in_last_7_days: Int?
    let minutes_in_last_7_days: Int?
    let avg_minutes_per_game_last_7: Double?
    let back_to_backs_last_14_days: Int?
    let player_age: Int?

    init(_ inputs: FatigueInputs) {
        days_rest = inputs.daysRest
        back_to_back = inputs.backToBack
        games_in_last_7_days = inputs.gamesInLast7Days
        minutes_in_last_7_days = inputs.minutesInLast7Days
        avg_minutes_per_game_last_7 = inputs.avgMinutesPerGameLast7
        back_to_backs_last_14_days = inputs.backToBacksLast14Days
        player_age = inputs.playerAge
    }
}
