import GRDB
import HindcastCore
import HindcastStore

/// `hindcast audit`: which predictions rested on synthetic context. Counts per date, per system
/// and per synthetic field, and the player-dates with their synthetic fields and quality.
public struct AuditReport: Sendable, Equatable {
    /// One date's predictions.
    public struct DateCount: Sendable, Equatable {
        public let date: String
        public let players: Int
        public let syntheticPlayers: Int
        public let observedPlayers: Int
        public let predictions: Int
        public let syntheticPredictions: Int
    }

    /// One system's predictions.
    public struct SystemCount: Sendable, Equatable {
        public let system: String
        public let predictions: Int
        public let syntheticPredictions: Int
        /// Mean confidence of its synthetic-context and observed-context predictions.
        public let syntheticConfidence: Double?
        public let observedConfidence: Double?
        /// Mean points the synthetic-share and low-quality penalties took off synthetic-context predictions.
        public let syntheticPenalty: Double?
        public let qualityPenalty: Double?
    }

    /// One synthetic field: on how many synthetic-context player-dates it was reconstructed.
    public struct FieldCount: Sendable, Equatable {
        public let field: String
        public let players: Int
        public let predictions: Int
    }

    /// One player-date whose predictions rested on synthetic context.
    public struct PlayerDate: Sendable, Equatable {
        public let date: String
        public let player: String
        public let team: String?
        public let opponent: String?
        public let syntheticFields: [String]
        public let qualityScore: Double?
        public let qualityTier: String?
        public let syntheticFeatureCount: Int?
        public let syntheticShare: Double?
        public let lineSource: String
        public let systems: [String]
        /// Mean confidence over its systems, and the mean penalty that synthetic share cost.
        public let confidence: Double
        public let syntheticPenalty: Double
    }

    /// One learned system: how far its predictions departed from the model's baseline, and how
    /// much of that departure rested on synthetic or estimated inputs (Saabas path contributions
    /// summed by source tag, stored in `key_factors`).
    public struct LearnedDeparture: Sendable, Equatable {
        public let system: String
        /// Predictions that carry contributions.
        public let predictions: Int
        /// Mean |prediction − baseline| in points.
        public let meanDeparture: Double
        /// Mean share of a prediction's departure resting on synthetic or estimated inputs.
        public let meanSyntheticEstimatedShare: Double
        /// The same share, weighted by each departure's size.
        public let weightedSyntheticEstimatedShare: Double
        /// Predictions whose departure rests at least half on synthetic or estimated inputs.
        public let mostlySynthetic: Int
    }

    public let start: String
    public let end: String
    public let dates: [DateCount]
    public let systems: [SystemCount]
    public let fields: [FieldCount]
    public let players: [PlayerDate]
    public var learned: [LearnedDeparture] = []

    /// The `player_prop_predictions` columns the audit reads.
    static let columns = ColumnSelection<PlayerPropPredictionsColumn>([
        .gameDate, .playerLookup, .systemId, .teamAbbr, .opponentTeamAbbr, .contextOrigin, .syntheticContextFields,
        .featureQualityScore, .qualityTier, .syntheticFeatureCount, .syntheticShare, .lineSource, .confidenceScore,
        .syntheticConfidencePenalty, .qualityConfidencePenalty,
    ])

    /// Predictions whose context origin is anything but observed count as synthetic-context
    /// predictions (a missing context row is reported as origin `none`).
    public static func measure(_ db: Database, start: String, end: String) throws -> AuditReport {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(columns.sql)
                FROM player_prop_predictions WHERE game_date >= ? AND game_date <= ?
                ORDER BY game_date, player_lookup, system_id
                """, arguments: [start, end])
        var dates:
            [String: (players: Set<String>, synthetic: Set<String>, predictions: Int, syntheticPredictions: Int)] =
                [:]
        var systems: [String: SystemTotals] = [:]
        var fields: [String: (players: Set<String>, predictions: Int)] = [:]
        var players: [String: PlayerDateTotals] = [:]
        var playerOrder: [String] = []
        for fetched in rows {
            let row = SelectedRow(fetched, columns)
            let date: String = row[.gameDate]
            let player: String = row[.playerLookup]
            let system: String = row[.systemId]
            let origin: String = row[.contextOrigin] ?? "none"
            let synthetic = origin != "observed"
            let key = date + "|" + player
            var day = dates[date] ?? ([], [], 0, 0)
            day.players.insert(player)
            day.predictions += 1
            if synthetic {
                day.synthetic.insert(player)
                day.syntheticPredictions += 1
            }
            dates[date] = day
            systems[system, default: SystemTotals()].add(
                synthetic: synthetic, confidence: row[.confidenceScore],
                syntheticPenalty: row[.syntheticConfidencePenalty],
                qualityPenalty: row[.qualityConfidencePenalty])
            guard synthetic else { continue }
            let syntheticFields = JSONText.strings(row[.syntheticContextFields])
            for field in syntheticFields.isEmpty && origin == "none" ? ["no_context_row"] : syntheticFields {
                var count = fields[field] ?? ([], 0)
                count.players.insert(key)
                count.predictions += 1
                fields[field] = count
            }
            if players[key] == nil {
                playerOrder.append(key)
                players[key] = PlayerDateTotals(
                    date: date, player: player, team: row[.teamAbbr], opponent: row[.opponentTeamAbbr],
                    fields: syntheticFields, quality: row[.featureQualityScore], tier: row[.qualityTier],
                    syntheticCount: row[.syntheticFeatureCount], share: row[.syntheticShare],
                    lineSource: row[.lineSource])
            }
            players[key]!.add(
                system: system, confidence: row[.confidenceScore], penalty: row[.syntheticConfidencePenalty])
        }
        var report = AuditReport(
            start: start, end: end,
            dates: dates.keys.sorted().map { date in
                let day = dates[date]!
                return DateCount(
                    date: date, players: day.players.count, syntheticPlayers: day.synthetic.count,
                    observedPlayers: day.players.count - day.synthetic.count, predictions: day.predictions,
                    syntheticPredictions: day.syntheticPredictions)
            },
            systems: systems.keys.sorted().map { systems[$0]!.count(system: $0) },
            fields: fields.keys.sorted { lhs, rhs in
                let (l, r) = (fields[lhs]!.players.count, fields[rhs]!.players.count)
                return l != r ? l > r : lhs < rhs
            }.map { FieldCount(field: $0, players: fields[$0]!.players.count, predictions: fields[$0]!.predictions) },
            players: playerOrder.map { players[$0]!.playerDate })
        report.learned = try learnedDepartures(db, start: start, end: end)
        return report
    }

    /// Per learned system, the departures from the baseline and their synthetic or estimated share.
    static func learnedDepartures(_ db: Database, start: String, end: String) throws -> [LearnedDeparture] {
        try Row.fetchAll(
            db,
            sql: """
                WITH c AS (
                    SELECT system_id,
                        ABS(predicted_points - CAST(json_extract(key_factors, '$.model_baseline') AS REAL)) AS departure,
                        CAST(json_extract(key_factors, '$.synthetic_estimated_share') AS REAL) AS share
                    FROM player_prop_predictions
                    WHERE game_date >= ? AND game_date <= ? AND key_factors IS NOT NULL
                        AND json_valid(key_factors) AND json_extract(key_factors, '$.model_baseline') IS NOT NULL)
                SELECT system_id, COUNT(*) AS predictions, COALESCE(AVG(departure), 0) AS mean_departure,
                    COALESCE(AVG(share), 0) AS mean_share,
                    COALESCE(SUM(share * departure) / NULLIF(SUM(departure), 0), 0) AS weighted_share,
                    COALESCE(SUM(share >= 0.5), 0) AS mostly_synthetic
                FROM c GROUP BY system_id ORDER BY system_id
                """, arguments: [start, end]
        ).map { row in
            LearnedDeparture(
                system: row["system_id"], predictions: row["predictions"],
                meanDeparture: Rounding.thousandth(row["mean_departure"]),
                meanSyntheticEstimatedShare: Rounding.thousandth(row["mean_share"]),
                weightedSyntheticEstimatedShare: Rounding.thousandth(row["weighted_share"]),
                mostlySynthetic: row["mostly_synthetic"])
        }
    }

    /// Predictions in the range.
    public var predictions: Int { dates.map(\.predictions).reduce(0, +) }
    /// Predictions that rested on synthetic context.
    public var syntheticPredictions: Int { dates.map(\.syntheticPredictions).reduce(0, +) }
}

struct SystemTotals {
    var predictions = 0
    var synthetic = 0
    var syntheticConfidence = 0.0
    var observedConfidence = 0.0
    var syntheticPenalty = 0.0
    var qualityPenalty = 0.0

    mutating func add(synthetic isSynthetic: Bool, confidence: Double, syntheticPenalty: Double, qualityPenalty: Double)
    {
        predictions += 1
        if isSynthetic {
            synthetic += 1
            syntheticConfidence += confidence
            self.syntheticPenalty += syntheticPenalty
            self.qualityPenalty += qualityPenalty
        } else {
            observedConfidence += confidence
        }
    }

    func count(system: String) -> AuditReport.SystemCount {
        let observed = predictions - synthetic
        func mean(_ sum: Double, _ n: Int) -> Double? { n == 0 ? nil : Rounding.hundredth(sum / Double(n)) }
        return AuditReport.SystemCount(
            system: system, predictions: predictions, syntheticPredictions: synthetic,
            syntheticConfidence: mean(syntheticConfidence, synthetic),
            observedConfidence: mean(observedConfidence, observed),
            syntheticPenalty: mean(syntheticPenalty, synthetic), qualityPenalty: mean(qualityPenalty, synthetic))
    }
}

struct PlayerDateTotals {
    let date: String
    let player: String
    let team: String?
    let opponent: String?
    let fields: [String]
    let quality: Double?
    let tier: String?
    let syntheticCount: Int?
    let share: Double?
    let lineSource: String
    var systems: [String] = []
    var confidence = 0.0
    var penalty = 0.0

    mutating func add(system: String, confidence: Double, penalty: Double) {
        systems.append(system)
        self.confidence += confidence
        self.penalty += penalty
    }

    var playerDate: AuditReport.PlayerDate {
        let n = Double(max(1, systems.count))
        return AuditReport.PlayerDate(
            date: date, player: player, team: team, opponent: opponent, syntheticFields: fields, qualityScore: quality,
            qualityTier: tier, syntheticFeatureCount: syntheticCount, syntheticShare: share, lineSource: lineSource,
            systems: systems, confidence: Rounding.hundredth(confidence / n),
            syntheticPenalty: Rounding.hundredth(penalty / n))
    }
}
