import Foundation
import GRDB
import HindcastCore

/// A date's `ml_feature_store` rows, loaded with one query (decoded on every core).
enum FeatureStoreDay {
    /// One row as the cursor yields it, in plain values: read on the writer's thread, its JSON
    /// text decoded on every core.
    private struct Stored: Sendable {
        let playerLookup: String
        let universalPlayerID: String?
        let gameID: String
        let teamAbbr: String?
        let opponentTeamAbbr: String?
        let isHome: Bool?
        let daysRest: Int?
        let features: String?
        let qualityScore: Double?
        let qualityTier: String?
        let syntheticFeatureCount: Int?
        let syntheticShare: Double?
        let defaultFeatureIndices: String?
        let contextOrigin: String?
        let syntheticContextFields: String?
        let earlySeason: Bool?
        let inputFingerprint: String?
        let sources: String?
        let observed: [Double?]
    }

    /// Every feature-store row of `date`, by player.
    static func load(_ db: Database, date: GameDate) throws -> [FeatureRow] {
        let count = FeatureCatalog.all.count
        let slots = (0..<count).map { "feature_\($0)_value" }.joined(separator: ", ")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT player_lookup, universal_player_id, game_id, team_abbr, opponent_team_abbr, is_home, days_rest,
                    features, feature_quality_score, quality_tier, synthetic_feature_count, synthetic_share,
                    default_feature_indices, context_origin, synthetic_context_fields, early_season_flag,
                    input_fingerprint, feature_sources, \(slots)
                FROM ml_feature_store WHERE game_date = ? ORDER BY player_lookup
                """, arguments: [date.description])
        let first = 18
        var stored: [Stored] = []
        while let row = try rows.next() {
            var observed: [Double?] = []
            observed.reserveCapacity(count)
            for index in 0..<count { observed.append(row[first + index] as Double?) }
            stored.append(
                Stored(
                    playerLookup: row[0], universalPlayerID: row[1], gameID: row[2], teamAbbr: row[3],
                    opponentTeamAbbr: row[4], isHome: row[5], daysRest: row[6], features: row[7], qualityScore: row[8],
                    qualityTier: row[9], syntheticFeatureCount: row[10], syntheticShare: row[11],
                    defaultFeatureIndices: row[12], contextOrigin: row[13], syntheticContextFields: row[14],
                    earlySeason: row[15], inputFingerprint: row[16], sources: row[17], observed: observed))
        }
        return try ParallelMap.map(stored) { item in
            let sources = JSONText.strings(item.sources).map(FeatureSource.init(rawValue:))
            let vector = FeatureVector(
                filled: numbers(item.features), observed: item.observed,
                sources: sources.count == count ? sources : Array(repeating: nil, count: count))
            return FeatureRow(
                playerLookup: item.playerLookup, universalPlayerID: item.universalPlayerID, gameID: item.gameID,
                teamAbbr: item.teamAbbr, opponentTeamAbbr: item.opponentTeamAbbr, isHome: item.isHome,
                daysRest: item.daysRest, features: vector, qualityScore: item.qualityScore ?? 0,
                qualityTier: item.qualityTier ?? QualityTier.critical.rawValue,
                syntheticFeatureCount: item.syntheticFeatureCount ?? 0, syntheticShare: item.syntheticShare ?? 0,
                defaultFeatureIndices: item.defaultFeatureIndices ?? "[]", contextOrigin: item.contextOrigin,
                syntheticContextFields: JSONText.strings(item.syntheticContextFields),
                earlySeason: item.earlySeason ?? false, inputFingerprint: item.inputFingerprint ?? "")
        }
    }

    /// Decodes the `features` JSON array; nulls (and anything unreadable) become `nil`.
    static func numbers(_ text: String?) -> [Double?] {
        guard let text, text.hasPrefix("["), text.hasSuffix("]") else { return [] }
        let body = text.dropFirst().dropLast()
        if body.isEmpty { return [] }
        return body.split(separator: ",", omittingEmptySubsequences: false).map { item in
            Double(item) ?? Double(item.trimmingCharacters(in: .whitespaces))
        }
    }
}
