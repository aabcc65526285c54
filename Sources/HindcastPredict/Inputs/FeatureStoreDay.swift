import Foundation
import GRDB
import HindcastCore
import HindcastStore

/// A date's `ml_feature_store` rows, loaded with one query (decoded on every core).
enum FeatureStoreDay {
    /// What the cursor yields before decoding: read on the writer's thread, decoded in parallel.
    private struct Stored: Sendable {
        let row: SelectedRow<MlFeatureStoreColumn>
        let observed: [Double?]
    }

    /// The columns read: the row's scalars, then every feature slot's value.
    static let selection = ColumnSelection<MlFeatureStoreColumn>(
        [
            .playerLookup, .universalPlayerId, .gameId, .teamAbbr, .opponentTeamAbbr, .isHome, .daysRest, .features,
            .featureQualityScore, .qualityTier, .syntheticFeatureCount, .syntheticShare, .defaultFeatureIndices,
            .contextOrigin, .syntheticContextFields, .earlySeasonFlag, .inputFingerprint, .featureSources,
        ] + FeatureCatalog.all.map { MlFeatureStoreColumn.slot($0.index, .value) })

    /// Where each feature slot's value sits in a selected row, by feature index.
    static let valueIndices = FeatureCatalog.all.indices.map { selection.index(.slot($0, .value)) }

    /// Every feature-store row of `date`, by player.
    static func load(_ db: Database, date: GameDate) throws -> [FeatureRow] {
        let count = FeatureCatalog.all.count
        let selection = Self.selection
        let valueIndices = Self.valueIndices
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(selection.sql)
                FROM ml_feature_store WHERE game_date = ? ORDER BY player_lookup
                """, arguments: [date.description])
        var stored: [Stored] = []
        while let row = try rows.next() {
            var observed: [Double?] = []
            observed.reserveCapacity(count)
            for index in valueIndices { observed.append(row[index] as Double?) }
            stored.append(Stored(row: SelectedRow(row, selection), observed: observed))
        }
        return try ParallelMap.map(stored) { item in
            let row = item.row
            let sources = JSONText.strings(row[.featureSources] as String?).map(
                FeatureSource.init(rawValue:))
            let vector = FeatureVector(
                filled: numbers(row[.features]), observed: item.observed,
                sources: sources.count == count ? sources : Array(repeating: nil, count: count))
            return FeatureRow(
                playerLookup: row[.playerLookup],
                universalPlayerID: row[.universalPlayerId], gameID: row[.gameId],
                teamAbbr: row[.teamAbbr],
                opponentTeamAbbr: row[.opponentTeamAbbr], isHome: row[.isHome],
                daysRest: row[.daysRest], features: vector,
                qualityScore: row[.featureQualityScore] ?? 0,
                qualityTier: row[.qualityTier] ?? QualityTier.critical.rawValue,
                syntheticFeatureCount: row[.syntheticFeatureCount] ?? 0,
                syntheticShare: row[.syntheticShare] ?? 0,
                defaultFeatureIndices: row[.defaultFeatureIndices] ?? "[]",
                contextOrigin: row[.contextOrigin],
                syntheticContextFields: JSONText.strings(row[.syntheticContextFields]),
                earlySeason: row[.earlySeasonFlag] ?? false,
                inputFingerprint: row[.inputFingerprint] ?? "")
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
