import GRDB
import HindcastStore

/// The players the warehouse knows, keyed by basketball-reference id (the universal id), with
/// their `player_lookup` and the aliases that resolve names books and feeds spell differently.
struct PlayerRegistry {
    struct Player {
        let universalID: String
        let lookup: String
        let name: String
    }

    private(set) var players: [String: Player] = [:]
    private var byLookup: [String: [String]] = [:]
    private var byLookupWithoutSuffix: [String: [String]] = [:]
    private var byAlias: [String: [String]] = [:]

    /// Widens a known player's first and last game dates to take in a game's date (and writes
    /// nothing when the date is already inside them).
    private static let widenDates = ColumnUpdate<PlayerRegistryColumn>(
        [.earliest(.firstGameDate), .latest(.lastGameDate)], where: .columns([.universalPlayerId]))
    private static let insertPlayer = ColumnInsert<PlayerRegistryColumn>(PlayerRegistryColumn.allCases)
    private static let insertAlias = ColumnInsert<PlayerAliasesColumn>(
        PlayerAliasesColumn.allCases, onConflict: .ignore)

    /// Loads the registry and aliases from the warehouse.
    static func load(_ db: Database) throws -> PlayerRegistry {
        var registry = PlayerRegistry()
        let players = ColumnSelection<PlayerRegistryColumn>([.universalPlayerId, .playerLookup, .playerName])
        for row in try Row.fetchAll(db, sql: "SELECT \(players.sql) FROM \(PlayerRegistryColumn.table.name)") {
            registry.remember(
                Player(
                    universalID: row[players.index(.universalPlayerId)], lookup: row[players.index(.playerLookup)],
                    name: row[players.index(.playerName)]))
        }
        let aliases = ColumnSelection<PlayerAliasesColumn>([.aliasLookup, .universalPlayerId])
        for row in try Row.fetchAll(db, sql: "SELECT \(aliases.sql) FROM \(PlayerAliasesColumn.table.name)") {
            registry.byAlias[row[aliases.index(.aliasLookup)], default: []].append(
                row[aliases.index(.universalPlayerId)])
        }
        for alias in KnownAliases.entries {
            let folded = PlayerLookup.fold(alias.name)
            if !(registry.byAlias[folded] ?? []).contains(alias.universalID) {
                registry.byAlias[folded, default: []].append(alias.universalID)
            }
        }
        return registry
    }

    private mutating func remember(_ player: Player) {
        players[player.universalID] = player
        byLookup[player.lookup, default: []].append(player.universalID)
        let folded = PlayerLookup.fold(player.name)
        if folded != player.lookup { byLookup[folded, default: []].append(player.universalID) }
        byLookupWithoutSuffix[PlayerLookup.foldWithoutSuffix(player.name), default: []].append(player.universalID)
    }

    /// The lookup for a box-score player: the existing one, or the folded name, disambiguated
    /// with the id's number when another player already holds that lookup. Records new players.
    mutating func register(universalID: String, name: String, date: String, db: Database) throws -> String {
        if let known = players[universalID] {
            // Cached statements: a season's box scores register about 26,000 player-games.
            try Self.widenDates.execute(
                [.universalPlayerId: universalID, .firstGameDate: date, .lastGameDate: date], db)
            // The same spelling as the registry's folds the same: no alias to consider.
            if name != known.name {
                let folded = PlayerLookup.fold(name)
                if folded != known.lookup && folded != PlayerLookup.fold(known.name) {
                    try addAlias(name, universalID: universalID, source: "boxscore", db: db)
                }
            }
            return known.lookup
        }
        var lookup = PlayerLookup.fold(name)
        if !(byLookup[lookup] ?? []).isEmpty {
            lookup += String(universalID.filter(\.isNumber))
        }
        try Self.insertPlayer.execute(
            [
                .universalPlayerId: universalID, .playerLookup: lookup, .playerName: name, .firstGameDate: date,
                .lastGameDate: date,
            ], db)
        remember(Player(universalID: universalID, lookup: lookup, name: name))
        return lookup
    }

    /// Records that `name` means the player `universalID`.
    mutating func addAlias(_ name: String, universalID: String, source: String, db: Database) throws {
        let alias = PlayerLookup.fold(name)
        guard !(byAlias[alias] ?? []).contains(universalID) else { return }
        try Self.insertAlias.execute(
            [.aliasLookup: alias, .universalPlayerId: universalID, .aliasName: name, .source: source], db)
        byAlias[alias, default: []].append(universalID)
    }

    /// Players a name may mean: exact lookup, then aliases, then the name without a generational
    /// suffix ("Jr.", "III") on either side.
    func candidates(forName name: String) -> [String] {
        let folded = PlayerLookup.fold(name)
        var result = byLookup[folded] ?? []
        for id in byAlias[folded] ?? [] where !result.contains(id) { result.append(id) }
        if result.isEmpty {
            let stripped = PlayerLookup.foldWithoutSuffix(name)
            result = (byLookup[stripped] ?? []) + (byLookupWithoutSuffix[stripped] ?? [])
            result = result.reduce(into: []) { unique, id in if !unique.contains(id) { unique.append(id) } }
        }
        return result
    }
}
