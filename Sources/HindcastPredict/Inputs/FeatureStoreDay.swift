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
        let sources: [FeatureSource?]
    }

    /// The columns read: the row's scalars, then every feature slot's value and source (the
    /// `features` and `feature_sources` arrays are generated from these, so reading the slots
    /// spares SQLite spelling the arrays and Swift parsing them back).
    static let selection = ColumnSelection<MlFeatureStoreColumn>(
        [
            .playerLookup, .universalPlayerId, .gameId, .teamAbbr, .opponentTeamAbbr, .isHome, .daysRest,
            .featureQualityScore, .qualityTier, .syntheticFeatureCount, .syntheticShare, .defaultFeatureIndices,
            .contextOrigin, .syntheticContextFields, .earlySeasonFlag, .inputFingerprint,
        ] + FeatureCatalog.all.flatMap { [MlFeatureStoreColumn.slot($0.index, .value), .slot($0.index, .source)] })

    /// Where each feature slot's value sits in a selected row, by feature index.
    static let valueIndices = FeatureCatalog.all.indices.map { selection.index(.slot($0, .value)) }
    /// Where each feature slot's source tag sits in a selected row, by feature index.
    static let sourceIndices = FeatureCatalog.all.indices.map { selection.index(.slot($0, .source)) }

    /// Every feature-store row of `date`, by player.
    static func load(_ db: Database, date: GameDate) throws -> [FeatureRow] {
        let count = FeatureCatalog.all.count
        let selection = Self.selection
        let valueIndices = Self.valueIndices
        let sourceIndices = Self.sourceIndices
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
            var sources: [FeatureSource?] = []
            sources.reserveCapacity(count)
            for index in sourceIndices {
                sources.append((row[index] as String?).flatMap(FeatureSource.init(rawValue:)))
            }
            stored.append(Stored(row: SelectedRow(row, selection), observed: observed, sources: sources))
        }
        return try ParallelMap.map(stored) { item in
            let row = item.row
            let vector = FeatureVector(
                filled: filled(observed: item.observed, sources: item.sources), observed: item.observed,
                sources: item.sources)
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

    /// The `features` array as the generated column spells it, from the slots: `nil` for a missing
    /// feature, the catalog's default for a defaulted one that has a default, else the slot's
    /// value; each rounded to the thousandth, as the writer rounds it.
    static func filled(observed: [Double?], sources: [FeatureSource?]) -> [Double?] {
        FeatureCatalog.all.indices.map { index in
            switch sources[index] {
            case .missing: return nil
            case .default? where FeatureCatalog.all[index].defaultValue != nil:
                return FeatureCatalog.all[index].defaultValue.map(Rounding.thousandth)
            default: return observed[index].map(Rounding.thousandth)
            }
        }
    }

    /// Decodes a `features` JSON array; nulls (and anything unreadable) become `nil`.
    static func numbers(_ text: String?) -> [Double?] {
        guard let text, text.hasPrefix("["), text.hasSuffix("]") else { return [] }
        let body = text.dropFirst().dropLast()
        if body.isEmpty { return [] }
        return body.split(separator: ",", omittingEmptySubsequences: false).map { item in
            Double(item) ?? Double(item.trimmingCharacters(in: .whitespaces))
        }
    }
}
