import GRDB

/// `player_composite_factors` (`nba_precompute`): one player's composite adjustment factors for one game.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum PlayerCompositeFactorsColumn: Int, TableColumn {
    case playerLookup
    case universalPlayerId
    case gameDate
    case gameId
    case analysisDate
    case teamAbbr
    case opponentTeamAbbr
    case fatigueScore
    case fatigueAdjustment
    case shotZoneMismatchScore
    case paceScore
    case usageSpikeScore
    case refereeFavorabilityScore
    case lookAheadPressureScore
    case travelImpactScore
    case opponentStrengthScore
    case totalCompositeAdjustment
    case fatigueContextJson
    case shotZoneContextJson
    case paceContextJson
    case usageContextJson
    case calculationVersion
    case dataCompletenessPct
    case missingDataFields
    case hasWarnings
    case warningDetails
    case earlySeasonFlag
    case contextOrigin
    case syntheticInputs
    case dataQualityTier
    case qualityScore
    case dataQualityIssues
    case inputFingerprint
    case runId

    public static let table = TableDeclaration(
        Self.self, name: "player_composite_factors", dataset: .nbaPrecompute, kind: .pipeline,
        summary: "One player's composite adjustment factors for one game.", key: [.gameDate, .playerLookup],
        partition: .gameDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .nullable, "Stable player id from the player registry")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .analysisDate: ColumnDeclaration("analysis_date", .date, .notNull, "Analysis date")
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .nullable, "Team tricode")
        case .opponentTeamAbbr: ColumnDeclaration("opponent_team_abbr", .text, .nullable, "Opponent team tricode")
        case .fatigueScore: ColumnDeclaration("fatigue_score", .integer, .nullable, "Fatigue score")
        case .fatigueAdjustment: ColumnDeclaration("fatigue_adjustment", .real, .nullable, "Fatigue adjustment")
        case .shotZoneMismatchScore:
            ColumnDeclaration("shot_zone_mismatch_score", .real, .nullable, "Shot zone mismatch score")
        case .paceScore: ColumnDeclaration("pace_score", .real, .nullable, "Pace score")
        case .usageSpikeScore: ColumnDeclaration("usage_spike_score", .real, .nullable, "Usage spike score")
        case .refereeFavorabilityScore:
            ColumnDeclaration("referee_favorability_score", .real, .nullable, "Referee favorability score")
        case .lookAheadPressureScore:
            ColumnDeclaration("look_ahead_pressure_score", .real, .nullable, "Look ahead pressure score")
        case .travelImpactScore: ColumnDeclaration("travel_impact_score", .real, .nullable, "Travel impact score")
        case .opponentStrengthScore:
            ColumnDeclaration("opponent_strength_score", .real, .nullable, "Opponent strength score")
        case .totalCompositeAdjustment:
            ColumnDeclaration("total_composite_adjustment", .real, .nullable, "Total composite adjustment")
        case .fatigueContextJson: ColumnDeclaration("fatigue_context_json", .json, .nullable, "Fatigue context json")
        case .shotZoneContextJson:
            ColumnDeclaration("shot_zone_context_json", .json, .nullable, "Shot zone context json")
        case .paceContextJson: ColumnDeclaration("pace_context_json", .json, .nullable, "Pace context json")
        case .usageContextJson: ColumnDeclaration("usage_context_json", .json, .nullable, "Usage context json")
        case .calculationVersion: ColumnDeclaration("calculation_version", .text, .notNull, "Calculation version")
        case .dataCompletenessPct:
            ColumnDeclaration("data_completeness_pct", .real, .nullable, "Data completeness percent")
        case .missingDataFields: ColumnDeclaration("missing_data_fields", .textArray, .nullable, "Missing data fields")
        case .hasWarnings: ColumnDeclaration("has_warnings", .flag, .nullable, "Has warnings")
        case .warningDetails: ColumnDeclaration("warning_details", .textArray, .nullable, "Warning details")
        case .earlySeasonFlag: ColumnDeclaration("early_season_flag", .flag, .notNull, "Early season flag")
        case .contextOrigin:
            ColumnDeclaration(
                "context_origin", .text, .nullable,
                "observed (built from pre-game snapshots or imported) or synthetic (reconstructed afterwards)")
        case .syntheticInputs: ColumnDeclaration("synthetic_inputs", .textArray, .notNull, "Synthetic inputs")
        case .dataQualityTier: .dataQualityTier
        case .qualityScore: .qualityScore
        case .dataQualityIssues: .dataQualityIssues
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        }
    }
}
