import GRDB

/// `ml_feature_store` (`nba_predictions`): one player's feature vector for one game, with each feature's value, source and quality.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum MlFeatureStoreColumn: Int, TableColumn {
    case playerLookup
    case universalPlayerId
    case gameDate
    case gameId
    case teamAbbr
    case opponentTeamAbbr
    case isHome
    case daysRest
    case features
    case featureNames
    case featureSources
    case featureCount
    case featureVersion
    case feature0Value
    case feature0Source
    case feature0Quality
    case feature1Value
    case feature1Source
    case feature1Quality
    case feature2Value
    case feature2Source
    case feature2Quality
    case feature3Value
    case feature3Source
    case feature3Quality
    case feature4Value
    case feature4Source
    case feature4Quality
    case feature5Value
    case feature5Source
    case feature5Quality
    case feature6Value
    case feature6Source
    case feature6Quality
    case feature7Value
    case feature7Source
    case feature7Quality
    case feature8Value
    case feature8Source
    case feature8Quality
    case feature9Value
    case feature9Source
    case feature9Quality
    case feature10Value
    case feature10Source
    case feature10Quality
    case feature11Value
    case feature11Source
    case feature11Quality
    case feature12Value
    case feature12Source
    case feature12Quality
    case feature13Value
    case feature13Source
    case feature13Quality
    case feature14Value
    case feature14Source
    case feature14Quality
    case feature15Value
    case feature15Source
    case feature15Quality
    case feature16Value
    case feature16Source
    case feature16Quality
    case feature17Value
    case feature17Source
    case feature17Quality
    case feature18Value
    case feature18Source
    case feature18Quality
    case feature19Value
    case feature19Source
    case feature19Quality
    case feature20Value
    case feature20Source
    case feature20Quality
    case feature21Value
    case feature21Source
    case feature21Quality
    case feature22Value
    case feature22Source
    case feature22Quality
    case feature23Value
    case feature23Source
    case feature23Quality
    case feature24Value
    case feature24Source
    case feature24Quality
    case feature25Value
    case feature25Source
    case feature25Quality
    case feature26Value
    case feature26Source
    case feature26Quality
    case feature27Value
    case feature27Source
    case feature27Quality
    case feature28Value
    case feature28Source
    case feature28Quality
    case feature29Value
    case feature29Source
    case feature29Quality
    case feature30Value
    case feature30Source
    case feature30Quality
    case feature31Value
    case feature31Source
    case feature31Quality
    case feature32Value
    case feature32Source
    case feature32Quality
    case feature33Value
    case feature33Source
    case feature33Quality
    case feature34Value
    case feature34Source
    case feature34Quality
    case feature35Value
    case feature35Source
    case feature35Quality
    case feature36Value
    case feature36Source
    case feature36Quality
    case feature37Value
    case feature37Source
    case feature37Quality
    case feature38Value
    case feature38Source
    case feature38Quality
    case feature39Value
    case feature39Source
    case feature39Quality
    case feature40Value
    case feature40Source
    case feature40Quality
    case feature41Value
    case feature41Source
    case feature41Quality
    case feature42Value
    case feature42Source
    case feature42Quality
    case feature43Value
    case feature43Source
    case feature43Quality
    case feature44Value
    case feature44Source
    case feature44Quality
    case feature45Value
    case feature45Source
    case feature45Quality
    case feature46Value
    case feature46Source
    case feature46Quality
    case feature47Value
    case feature47Source
    case feature47Quality
    case feature48Value
    case feature48Source
    case feature48Quality
    case feature49Value
    case feature49Source
    case feature49Quality
    case feature50Value
    case feature50Source
    case feature50Quality
    case feature51Value
    case feature51Source
    case feature51Quality
    case feature52Value
    case feature52Source
    case feature52Quality
    case feature53Value
    case feature53Source
    case feature53Quality
    case feature54Value
    case feature54Source
    case feature54Quality
    case feature55Value
    case feature55Source
    case feature55Quality
    case feature56Value
    case feature56Source
    case feature56Quality
    case feature57Value
    case feature57Source
    case feature57Quality
    case feature58Value
    case feature58Source
    case feature58Quality
    case feature59Value
    case feature59Source
    case feature59Quality
    case featureQualityScore
    case qualityTier
    case qualityAlertLevel
    case defaultFeatureCount
    case requiredDefaultCount
    case defaultFeatureIndices
    case syntheticFeatureCount
    case syntheticShare
    case syntheticFeatureIndices
    case phase4FeatureCount
    case phase3FeatureCount
    case calculatedFeatureCount
    case matchupQualityPct
    case playerHistoryQualityPct
    case teamContextQualityPct
    case vegasQualityPct
    case gameContextQualityPct
    case hasVegasLine
    case vegasLineSource
    case isQualityReady
    case isTrainingReady
    case dataSource
    case earlySeasonFlag
    case insufficientDataReason
    case contextOrigin
    case syntheticContextFields
    case dataQualityIssues
    case inputFingerprint
    case runId
    case syntheticContextFieldsBits
    case syntheticContextFieldsText

    public static let table = TableDeclaration(
        Self.self, name: "ml_feature_store", dataset: .nbaPredictions, kind: .pipeline,
        summary: "One player's feature vector for one game, with each feature's value, source and quality.",
        key: [.gameDate, .playerLookup], partition: .gameDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .nullable, "Stable player id from the player registry")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .nullable, "Team tricode")
        case .opponentTeamAbbr: ColumnDeclaration("opponent_team_abbr", .text, .nullable, "Opponent team tricode")
        case .isHome: ColumnDeclaration("is_home", .flag, .nullable, "Is home")
        case .daysRest: ColumnDeclaration("days_rest", .integer, .nullable, "Days rest")
        case .features:
            ColumnDeclaration(
                "features", .json, .notNull,
                "The feature values in slot order, rounded to the thousandth (defaults included, null where missing; JSON, not an array column, because of those nulls)",
                generated: CompactStorageV4.featuresSQL)
        case .featureNames:
            ColumnDeclaration(
                "feature_names", .textArray, .notNull, "The feature names in slot order (fixed by feature_version)",
                generated: CompactStorageV4.featureNamesSQL)
        case .featureSources:
            ColumnDeclaration(
                "feature_sources", .textArray, .notNull, "Each feature's source tag in slot order",
                generated: CompactStorageV4.featureSourcesSQL)
        case .featureCount: ColumnDeclaration("feature_count", .integer, .notNull, "Feature count")
        case .featureVersion: ColumnDeclaration("feature_version", .text, .notNull, "Feature version")
        case .feature0Value: ColumnDeclaration("feature_0_value", .real, .nullable, "Feature 0 value")
        case .feature0Source: ColumnDeclaration("feature_0_source", .text, .nullable, "Feature 0 source")
        case .feature0Quality: ColumnDeclaration("feature_0_quality", .real, .nullable, "Feature 0 quality")
        case .feature1Value: ColumnDeclaration("feature_1_value", .real, .nullable, "Feature 1 value")
        case .feature1Source: ColumnDeclaration("feature_1_source", .text, .nullable, "Feature 1 source")
        case .feature1Quality: ColumnDeclaration("feature_1_quality", .real, .nullable, "Feature 1 quality")
        case .feature2Value: ColumnDeclaration("feature_2_value", .real, .nullable, "Feature 2 value")
        case .feature2Source: ColumnDeclaration("feature_2_source", .text, .nullable, "Feature 2 source")
        case .feature2Quality: ColumnDeclaration("feature_2_quality", .real, .nullable, "Feature 2 quality")
        case .feature3Value: ColumnDeclaration("feature_3_value", .real, .nullable, "Feature 3 value")
        case .feature3Source: ColumnDeclaration("feature_3_source", .text, .nullable, "Feature 3 source")
        case .feature3Quality: ColumnDeclaration("feature_3_quality", .real, .nullable, "Feature 3 quality")
        case .feature4Value: ColumnDeclaration("feature_4_value", .real, .nullable, "Feature 4 value")
        case .feature4Source: ColumnDeclaration("feature_4_source", .text, .nullable, "Feature 4 source")
        case .feature4Quality: ColumnDeclaration("feature_4_quality", .real, .nullable, "Feature 4 quality")
        case .feature5Value: ColumnDeclaration("feature_5_value", .real, .nullable, "Feature 5 value")
        case .feature5Source: ColumnDeclaration("feature_5_source", .text, .nullable, "Feature 5 source")
        case .feature5Quality: ColumnDeclaration("feature_5_quality", .real, .nullable, "Feature 5 quality")
        case .feature6Value: ColumnDeclaration("feature_6_value", .real, .nullable, "Feature 6 value")
        case .feature6Source: ColumnDeclaration("feature_6_source", .text, .nullable, "Feature 6 source")
        case .feature6Quality: ColumnDeclaration("feature_6_quality", .real, .nullable, "Feature 6 quality")
        case .feature7Value: ColumnDeclaration("feature_7_value", .real, .nullable, "Feature 7 value")
        case .feature7Source: ColumnDeclaration("feature_7_source", .text, .nullable, "Feature 7 source")
        case .feature7Quality: ColumnDeclaration("feature_7_quality", .real, .nullable, "Feature 7 quality")
        case .feature8Value: ColumnDeclaration("feature_8_value", .real, .nullable, "Feature 8 value")
        case .feature8Source: ColumnDeclaration("feature_8_source", .text, .nullable, "Feature 8 source")
        case .feature8Quality: ColumnDeclaration("feature_8_quality", .real, .nullable, "Feature 8 quality")
        case .feature9Value: ColumnDeclaration("feature_9_value", .real, .nullable, "Feature 9 value")
        case .feature9Source: ColumnDeclaration("feature_9_source", .text, .nullable, "Feature 9 source")
        case .feature9Quality: ColumnDeclaration("feature_9_quality", .real, .nullable, "Feature 9 quality")
        case .feature10Value: ColumnDeclaration("feature_10_value", .real, .nullable, "Feature 10 value")
        case .feature10Source: ColumnDeclaration("feature_10_source", .text, .nullable, "Feature 10 source")
        case .feature10Quality: ColumnDeclaration("feature_10_quality", .real, .nullable, "Feature 10 quality")
        case .feature11Value: ColumnDeclaration("feature_11_value", .real, .nullable, "Feature 11 value")
        case .feature11Source: ColumnDeclaration("feature_11_source", .text, .nullable, "Feature 11 source")
        case .feature11Quality: ColumnDeclaration("feature_11_quality", .real, .nullable, "Feature 11 quality")
        case .feature12Value: ColumnDeclaration("feature_12_value", .real, .nullable, "Feature 12 value")
        case .feature12Source: ColumnDeclaration("feature_12_source", .text, .nullable, "Feature 12 source")
        case .feature12Quality: ColumnDeclaration("feature_12_quality", .real, .nullable, "Feature 12 quality")
        case .feature13Value: ColumnDeclaration("feature_13_value", .real, .nullable, "Feature 13 value")
        case .feature13Source: ColumnDeclaration("feature_13_source", .text, .nullable, "Feature 13 source")
        case .feature13Quality: ColumnDeclaration("feature_13_quality", .real, .nullable, "Feature 13 quality")
        case .feature14Value: ColumnDeclaration("feature_14_value", .real, .nullable, "Feature 14 value")
        case .feature14Source: ColumnDeclaration("feature_14_source", .text, .nullable, "Feature 14 source")
        case .feature14Quality: ColumnDeclaration("feature_14_quality", .real, .nullable, "Feature 14 quality")
        case .feature15Value: ColumnDeclaration("feature_15_value", .real, .nullable, "Feature 15 value")
        case .feature15Source: ColumnDeclaration("feature_15_source", .text, .nullable, "Feature 15 source")
        case .feature15Quality: ColumnDeclaration("feature_15_quality", .real, .nullable, "Feature 15 quality")
        case .feature16Value: ColumnDeclaration("feature_16_value", .real, .nullable, "Feature 16 value")
        case .feature16Source: ColumnDeclaration("feature_16_source", .text, .nullable, "Feature 16 source")
        case .feature16Quality: ColumnDeclaration("feature_16_quality", .real, .nullable, "Feature 16 quality")
        case .feature17Value: ColumnDeclaration("feature_17_value", .real, .nullable, "Feature 17 value")
        case .feature17Source: ColumnDeclaration("feature_17_source", .text, .nullable, "Feature 17 source")
        case .feature17Quality: ColumnDeclaration("feature_17_quality", .real, .nullable, "Feature 17 quality")
        case .feature18Value: ColumnDeclaration("feature_18_value", .real, .nullable, "Feature 18 value")
        case .feature18Source: ColumnDeclaration("feature_18_source", .text, .nullable, "Feature 18 source")
        case .feature18Quality: ColumnDeclaration("feature_18_quality", .real, .nullable, "Feature 18 quality")
        case .feature19Value: ColumnDeclaration("feature_19_value", .real, .nullable, "Feature 19 value")
        case .feature19Source: ColumnDeclaration("feature_19_source", .text, .nullable, "Feature 19 source")
        case .feature19Quality: ColumnDeclaration("feature_19_quality", .real, .nullable, "Feature 19 quality")
        case .feature20Value: ColumnDeclaration("feature_20_value", .real, .nullable, "Feature 20 value")
        case .feature20Source: ColumnDeclaration("feature_20_source", .text, .nullable, "Feature 20 source")
        case .feature20Quality: ColumnDeclaration("feature_20_quality", .real, .nullable, "Feature 20 quality")
        case .feature21Value: ColumnDeclaration("feature_21_value", .real, .nullable, "Feature 21 value")
        case .feature21Source: ColumnDeclaration("feature_21_source", .text, .nullable, "Feature 21 source")
        case .feature21Quality: ColumnDeclaration("feature_21_quality", .real, .nullable, "Feature 21 quality")
        case .feature22Value: ColumnDeclaration("feature_22_value", .real, .nullable, "Feature 22 value")
        case .feature22Source: ColumnDeclaration("feature_22_source", .text, .nullable, "Feature 22 source")
        case .feature22Quality: ColumnDeclaration("feature_22_quality", .real, .nullable, "Feature 22 quality")
        case .feature23Value: ColumnDeclaration("feature_23_value", .real, .nullable, "Feature 23 value")
        case .feature23Source: ColumnDeclaration("feature_23_source", .text, .nullable, "Feature 23 source")
        case .feature23Quality: ColumnDeclaration("feature_23_quality", .real, .nullable, "Feature 23 quality")
        case .feature24Value: ColumnDeclaration("feature_24_value", .real, .nullable, "Feature 24 value")
        case .feature24Source: ColumnDeclaration("feature_24_source", .text, .nullable, "Feature 24 source")
        case .feature24Quality: ColumnDeclaration("feature_24_quality", .real, .nullable, "Feature 24 quality")
        case .feature25Value: ColumnDeclaration("feature_25_value", .real, .nullable, "Feature 25 value")
        case .feature25Source: ColumnDeclaration("feature_25_source", .text, .nullable, "Feature 25 source")
        case .feature25Quality: ColumnDeclaration("feature_25_quality", .real, .nullable, "Feature 25 quality")
        case .feature26Value: ColumnDeclaration("feature_26_value", .real, .nullable, "Feature 26 value")
        case .feature26Source: ColumnDeclaration("feature_26_source", .text, .nullable, "Feature 26 source")
        case .feature26Quality: ColumnDeclaration("feature_26_quality", .real, .nullable, "Feature 26 quality")
        case .feature27Value: ColumnDeclaration("feature_27_value", .real, .nullable, "Feature 27 value")
        case .feature27Source: ColumnDeclaration("feature_27_source", .text, .nullable, "Feature 27 source")
        case .feature27Quality: ColumnDeclaration("feature_27_quality", .real, .nullable, "Feature 27 quality")
        case .feature28Value: ColumnDeclaration("feature_28_value", .real, .nullable, "Feature 28 value")
        case .feature28Source: ColumnDeclaration("feature_28_source", .text, .nullable, "Feature 28 source")
        case .feature28Quality: ColumnDeclaration("feature_28_quality", .real, .nullable, "Feature 28 quality")
        case .feature29Value: ColumnDeclaration("feature_29_value", .real, .nullable, "Feature 29 value")
        case .feature29Source: ColumnDeclaration("feature_29_source", .text, .nullable, "Feature 29 source")
        case .feature29Quality: ColumnDeclaration("feature_29_quality", .real, .nullable, "Feature 29 quality")
        case .feature30Value: ColumnDeclaration("feature_30_value", .real, .nullable, "Feature 30 value")
        case .feature30Source: ColumnDeclaration("feature_30_source", .text, .nullable, "Feature 30 source")
        case .feature30Quality: ColumnDeclaration("feature_30_quality", .real, .nullable, "Feature 30 quality")
        case .feature31Value: ColumnDeclaration("feature_31_value", .real, .nullable, "Feature 31 value")
        case .feature31Source: ColumnDeclaration("feature_31_source", .text, .nullable, "Feature 31 source")
        case .feature31Quality: ColumnDeclaration("feature_31_quality", .real, .nullable, "Feature 31 quality")
        case .feature32Value: ColumnDeclaration("feature_32_value", .real, .nullable, "Feature 32 value")
        case .feature32Source: ColumnDeclaration("feature_32_source", .text, .nullable, "Feature 32 source")
        case .feature32Quality: ColumnDeclaration("feature_32_quality", .real, .nullable, "Feature 32 quality")
        case .feature33Value: ColumnDeclaration("feature_33_value", .real, .nullable, "Feature 33 value")
        case .feature33Source: ColumnDeclaration("feature_33_source", .text, .nullable, "Feature 33 source")
        case .feature33Quality: ColumnDeclaration("feature_33_quality", .real, .nullable, "Feature 33 quality")
        case .feature34Value: ColumnDeclaration("feature_34_value", .real, .nullable, "Feature 34 value")
        case .feature34Source: ColumnDeclaration("feature_34_source", .text, .nullable, "Feature 34 source")
        case .feature34Quality: ColumnDeclaration("feature_34_quality", .real, .nullable, "Feature 34 quality")
        case .feature35Value: ColumnDeclaration("feature_35_value", .real, .nullable, "Feature 35 value")
        case .feature35Source: ColumnDeclaration("feature_35_source", .text, .nullable, "Feature 35 source")
        case .feature35Quality: ColumnDeclaration("feature_35_quality", .real, .nullable, "Feature 35 quality")
        case .feature36Value: ColumnDeclaration("feature_36_value", .real, .nullable, "Feature 36 value")
        case .feature36Source: ColumnDeclaration("feature_36_source", .text, .nullable, "Feature 36 source")
        case .feature36Quality: ColumnDeclaration("feature_36_quality", .real, .nullable, "Feature 36 quality")
        case .feature37Value: ColumnDeclaration("feature_37_value", .real, .nullable, "Feature 37 value")
        case .feature37Source: ColumnDeclaration("feature_37_source", .text, .nullable, "Feature 37 source")
        case .feature37Quality: ColumnDeclaration("feature_37_quality", .real, .nullable, "Feature 37 quality")
        case .feature38Value: ColumnDeclaration("feature_38_value", .real, .nullable, "Feature 38 value")
        case .feature38Source: ColumnDeclaration("feature_38_source", .text, .nullable, "Feature 38 source")
        case .feature38Quality: ColumnDeclaration("feature_38_quality", .real, .nullable, "Feature 38 quality")
        case .feature39Value: ColumnDeclaration("feature_39_value", .real, .nullable, "Feature 39 value")
        case .feature39Source: ColumnDeclaration("feature_39_source", .text, .nullable, "Feature 39 source")
        case .feature39Quality: ColumnDeclaration("feature_39_quality", .real, .nullable, "Feature 39 quality")
        case .feature40Value: ColumnDeclaration("feature_40_value", .real, .nullable, "Feature 40 value")
        case .feature40Source: ColumnDeclaration("feature_40_source", .text, .nullable, "Feature 40 source")
        case .feature40Quality: ColumnDeclaration("feature_40_quality", .real, .nullable, "Feature 40 quality")
        case .feature41Value: ColumnDeclaration("feature_41_value", .real, .nullable, "Feature 41 value")
        case .feature41Source: ColumnDeclaration("feature_41_source", .text, .nullable, "Feature 41 source")
        case .feature41Quality: ColumnDeclaration("feature_41_quality", .real, .nullable, "Feature 41 quality")
        case .feature42Value: ColumnDeclaration("feature_42_value", .real, .nullable, "Feature 42 value")
        case .feature42Source: ColumnDeclaration("feature_42_source", .text, .nullable, "Feature 42 source")
        case .feature42Quality: ColumnDeclaration("feature_42_quality", .real, .nullable, "Feature 42 quality")
        case .feature43Value: ColumnDeclaration("feature_43_value", .real, .nullable, "Feature 43 value")
        case .feature43Source: ColumnDeclaration("feature_43_source", .text, .nullable, "Feature 43 source")
        case .feature43Quality: ColumnDeclaration("feature_43_quality", .real, .nullable, "Feature 43 quality")
        case .feature44Value: ColumnDeclaration("feature_44_value", .real, .nullable, "Feature 44 value")
        case .feature44Source: ColumnDeclaration("feature_44_source", .text, .nullable, "Feature 44 source")
        case .feature44Quality: ColumnDeclaration("feature_44_quality", .real, .nullable, "Feature 44 quality")
        case .feature45Value: ColumnDeclaration("feature_45_value", .real, .nullable, "Feature 45 value")
        case .feature45Source: ColumnDeclaration("feature_45_source", .text, .nullable, "Feature 45 source")
        case .feature45Quality: ColumnDeclaration("feature_45_quality", .real, .nullable, "Feature 45 quality")
        case .feature46Value: ColumnDeclaration("feature_46_value", .real, .nullable, "Feature 46 value")
        case .feature46Source: ColumnDeclaration("feature_46_source", .text, .nullable, "Feature 46 source")
        case .feature46Quality: ColumnDeclaration("feature_46_quality", .real, .nullable, "Feature 46 quality")
        case .feature47Value: ColumnDeclaration("feature_47_value", .real, .nullable, "Feature 47 value")
        case .feature47Source: ColumnDeclaration("feature_47_source", .text, .nullable, "Feature 47 source")
        case .feature47Quality: ColumnDeclaration("feature_47_quality", .real, .nullable, "Feature 47 quality")
        case .feature48Value: ColumnDeclaration("feature_48_value", .real, .nullable, "Feature 48 value")
        case .feature48Source: ColumnDeclaration("feature_48_source", .text, .nullable, "Feature 48 source")
        case .feature48Quality: ColumnDeclaration("feature_48_quality", .real, .nullable, "Feature 48 quality")
        case .feature49Value: ColumnDeclaration("feature_49_value", .real, .nullable, "Feature 49 value")
        case .feature49Source: ColumnDeclaration("feature_49_source", .text, .nullable, "Feature 49 source")
        case .feature49Quality: ColumnDeclaration("feature_49_quality", .real, .nullable, "Feature 49 quality")
        case .feature50Value: ColumnDeclaration("feature_50_value", .real, .nullable, "Feature 50 value")
        case .feature50Source: ColumnDeclaration("feature_50_source", .text, .nullable, "Feature 50 source")
        case .feature50Quality: ColumnDeclaration("feature_50_quality", .real, .nullable, "Feature 50 quality")
        case .feature51Value: ColumnDeclaration("feature_51_value", .real, .nullable, "Feature 51 value")
        case .feature51Source: ColumnDeclaration("feature_51_source", .text, .nullable, "Feature 51 source")
        case .feature51Quality: ColumnDeclaration("feature_51_quality", .real, .nullable, "Feature 51 quality")
        case .feature52Value: ColumnDeclaration("feature_52_value", .real, .nullable, "Feature 52 value")
        case .feature52Source: ColumnDeclaration("feature_52_source", .text, .nullable, "Feature 52 source")
        case .feature52Quality: ColumnDeclaration("feature_52_quality", .real, .nullable, "Feature 52 quality")
        case .feature53Value: ColumnDeclaration("feature_53_value", .real, .nullable, "Feature 53 value")
        case .feature53Source: ColumnDeclaration("feature_53_source", .text, .nullable, "Feature 53 source")
        case .feature53Quality: ColumnDeclaration("feature_53_quality", .real, .nullable, "Feature 53 quality")
        case .feature54Value: ColumnDeclaration("feature_54_value", .real, .nullable, "Feature 54 value")
        case .feature54Source: ColumnDeclaration("feature_54_source", .text, .nullable, "Feature 54 source")
        case .feature54Quality: ColumnDeclaration("feature_54_quality", .real, .nullable, "Feature 54 quality")
        case .feature55Value: ColumnDeclaration("feature_55_value", .real, .nullable, "Feature 55 value")
        case .feature55Source: ColumnDeclaration("feature_55_source", .text, .nullable, "Feature 55 source")
        case .feature55Quality: ColumnDeclaration("feature_55_quality", .real, .nullable, "Feature 55 quality")
        case .feature56Value: ColumnDeclaration("feature_56_value", .real, .nullable, "Feature 56 value")
        case .feature56Source: ColumnDeclaration("feature_56_source", .text, .nullable, "Feature 56 source")
        case .feature56Quality: ColumnDeclaration("feature_56_quality", .real, .nullable, "Feature 56 quality")
        case .feature57Value: ColumnDeclaration("feature_57_value", .real, .nullable, "Feature 57 value")
        case .feature57Source: ColumnDeclaration("feature_57_source", .text, .nullable, "Feature 57 source")
        case .feature57Quality: ColumnDeclaration("feature_57_quality", .real, .nullable, "Feature 57 quality")
        case .feature58Value: ColumnDeclaration("feature_58_value", .real, .nullable, "Feature 58 value")
        case .feature58Source: ColumnDeclaration("feature_58_source", .text, .nullable, "Feature 58 source")
        case .feature58Quality: ColumnDeclaration("feature_58_quality", .real, .nullable, "Feature 58 quality")
        case .feature59Value: ColumnDeclaration("feature_59_value", .real, .nullable, "Feature 59 value")
        case .feature59Source: ColumnDeclaration("feature_59_source", .text, .nullable, "Feature 59 source")
        case .feature59Quality: ColumnDeclaration("feature_59_quality", .real, .nullable, "Feature 59 quality")
        case .featureQualityScore: ColumnDeclaration("feature_quality_score", .real, .notNull, "Feature quality score")
        case .qualityTier: ColumnDeclaration("quality_tier", .text, .notNull, "Quality tier")
        case .qualityAlertLevel: ColumnDeclaration("quality_alert_level", .text, .nullable, "Quality alert level")
        case .defaultFeatureCount:
            ColumnDeclaration("default_feature_count", .integer, .notNull, "Default feature count")
        case .requiredDefaultCount:
            ColumnDeclaration("required_default_count", .integer, .notNull, "Required default count")
        case .defaultFeatureIndices:
            ColumnDeclaration("default_feature_indices", .integerArray, .notNull, "Default feature indices")
        case .syntheticFeatureCount:
            ColumnDeclaration("synthetic_feature_count", .integer, .notNull, "Synthetic feature count")
        case .syntheticShare: ColumnDeclaration("synthetic_share", .real, .notNull, "Synthetic share")
        case .syntheticFeatureIndices:
            ColumnDeclaration("synthetic_feature_indices", .integerArray, .notNull, "Synthetic feature indices")
        case .phase4FeatureCount: ColumnDeclaration("phase4_feature_count", .integer, .notNull, "Phase4 feature count")
        case .phase3FeatureCount: ColumnDeclaration("phase3_feature_count", .integer, .notNull, "Phase3 feature count")
        case .calculatedFeatureCount:
            ColumnDeclaration("calculated_feature_count", .integer, .notNull, "Calculated feature count")
        case .matchupQualityPct: ColumnDeclaration("matchup_quality_pct", .real, .nullable, "Matchup quality percent")
        case .playerHistoryQualityPct:
            ColumnDeclaration("player_history_quality_pct", .real, .nullable, "Player history quality percent")
        case .teamContextQualityPct:
            ColumnDeclaration("team_context_quality_pct", .real, .nullable, "Team context quality percent")
        case .vegasQualityPct: ColumnDeclaration("vegas_quality_pct", .real, .nullable, "Vegas quality percent")
        case .gameContextQualityPct:
            ColumnDeclaration("game_context_quality_pct", .real, .nullable, "Game context quality percent")
        case .hasVegasLine: ColumnDeclaration("has_vegas_line", .flag, .notNull, "Has vegas line")
        case .vegasLineSource: ColumnDeclaration("vegas_line_source", .text, .nullable, "Vegas line source")
        case .isQualityReady: ColumnDeclaration("is_quality_ready", .flag, .notNull, "Is quality ready")
        case .isTrainingReady: ColumnDeclaration("is_training_ready", .flag, .notNull, "Is training ready")
        case .dataSource: ColumnDeclaration("data_source", .text, .nullable, "Data source")
        case .earlySeasonFlag: ColumnDeclaration("early_season_flag", .flag, .notNull, "Early season flag")
        case .insufficientDataReason:
            ColumnDeclaration("insufficient_data_reason", .text, .nullable, "Insufficient data reason")
        case .contextOrigin:
            ColumnDeclaration(
                "context_origin", .text, .nullable,
                "observed (built from pre-game snapshots or imported) or synthetic (reconstructed afterwards)")
        case .syntheticContextFields:
            .syntheticFieldList(
                "synthetic_context_fields", description: "Context fields the row rests on that were synthetic, by name")
        case .dataQualityIssues: .dataQualityIssues
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        case .syntheticContextFieldsBits: .syntheticFieldBits(of: "synthetic_context_fields")
        case .syntheticContextFieldsText: .syntheticFieldText(of: "synthetic_context_fields")
        }
    }
}
