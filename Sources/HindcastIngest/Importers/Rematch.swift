import GRDB
import HindcastStore

/// After new box scores or inactive lists arrive, resolves line, shot-zone and injury rows that
/// did not match a player before (files can be imported in any order).
enum Rematch {
    static let lineColumns = ColumnSelection<PropLinesColumn>([
        .playerName, .gameDate, .teamTricode, .matchStatus, .universalPlayerId, .gameCode,
    ])
    static let updateLine = ColumnUpdate<PropLinesColumn>(
        [.value(.playerLookup), .value(.universalPlayerId), .value(.matchStatus), .value(.gameCode)], where: .rowID)
    static let zoneColumns = ColumnSelection<ShotZonesColumn>([.playerName, .gameDate, .teamTricode])
    static let updateZone = ColumnUpdate<ShotZonesColumn>(
        [.value(.playerLookup), .value(.universalPlayerId), .value(.gameCode), .value(.matchStatus)], where: .rowID)
    static let injuryColumns = ColumnSelection<InjuryReportsColumn>([.playerName, .gameDate, .teamTricode])
    static let updateInjury = ColumnUpdate<InjuryReportsColumn>(
        [.value(.playerLookup), .value(.universalPlayerId)], where: .rowID)

    static func run(_ db: Database) throws {
        var matcher = PlayerMatcher(registry: try PlayerRegistry.load(db))
        let lines = try Row.fetchAll(
            db,
            sql: """
                SELECT \(lineColumns.sql), rowid AS row_id FROM \(PropLinesColumn.table.name)
                WHERE \(PropLinesColumn.matchStatus.name) <> 'boxscore'
                """)
        for row in lines {
            let columns = lineColumns
            let match = try matcher.match(
                name: row[columns.index(.playerName)], date: row[columns.index(.gameDate)],
                team: row[columns.index(.teamTricode)], db: db)
            if match.status.rawValue != (row[columns.index(.matchStatus)] as String)
                || match.universalID != (row[columns.index(.universalPlayerId)] as String?)
            {
                try updateLine.execute(
                    [
                        .playerLookup: match.lookup, .universalPlayerId: match.universalID,
                        .matchStatus: match.status.rawValue, .gameCode: match.gameCode,
                    ], rowID: row["row_id"], db)
            }
        }
        let zones = try Row.fetchAll(
            db,
            sql: """
                SELECT \(zoneColumns.sql), rowid AS row_id FROM \(ShotZonesColumn.table.name)
                WHERE \(ShotZonesColumn.matchStatus.name) = 'unmatched'
                """)
        for row in zones {
            let columns = zoneColumns
            let match = try matcher.match(
                name: row[columns.index(.playerName)], date: row[columns.index(.gameDate)],
                team: row[columns.index(.teamTricode)], db: db)
            if match.status == .boxscore {
                try updateZone.execute(
                    [
                        .playerLookup: match.lookup, .universalPlayerId: match.universalID, .gameCode: match.gameCode,
                        .matchStatus: "matched",
                    ], rowID: row["row_id"], db)
            }
        }
        let injuries = try Row.fetchAll(
            db,
            sql: """
                SELECT \(injuryColumns.sql), rowid AS row_id FROM \(InjuryReportsColumn.table.name)
                WHERE \(InjuryReportsColumn.universalPlayerId.name) IS NULL
                """)
        for row in injuries {
            let columns = injuryColumns
            let match = try matcher.match(
                name: row[columns.index(.playerName)], date: row[columns.index(.gameDate)],
                team: row[columns.index(.teamTricode)], db: db)
            if let id = match.universalID {
                try updateInjury.execute(
                    [.playerLookup: match.lookup, .universalPlayerId: id], rowID: row["row_id"], db)
            }
        }
    }
}
