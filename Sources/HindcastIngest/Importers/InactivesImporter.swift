import GRDB
import HindcastCore
import HindcastStore

/// Imports the official inactive lists printed on each box score (known before tip-off).
enum InactivesImporter {
    static let columns: [InactivesColumn] = [
        .season, .seasonType, .gameDate, .gameCode, .team, .teamTricode, .playerIdBbref, .playerName,
    ]

    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        try file.require(columns.map(\.name))
        var games: [String: (away: String, home: String, id: String)] = [:]
        for row in try GRDB.Row.fetchAll(db, sql: "SELECT game_code, away_tricode, home_tricode, game_id FROM schedule")
        {
            games[row["game_code"]] = (row["away_tricode"], row["home_tricode"], row["game_id"])
        }
        var rows: [TableRow<InactivesColumn>] = []
        var seen: [String: Int] = [:]
        var unnamed: [String] = []
        try file.forEachRecord { fields in
            let seasonYear = try RowChecks.seasonYear(fields)
            let date = try fields.date("game_date")
            try RowChecks.dateInSeason(date, seasonYear: seasonYear, fields: fields)
            let seasonType = try RowChecks.seasonType(fields)
            let team = try RowChecks.team(fields, code: "team", tricode: "team_tricode")
            let code = fields.text("game_code")
            guard let game = games[code] else {
                throw fields.error("game \(code) is not in the schedule; import the schedule first")
            }
            guard code.hasPrefix(date.replacingOccurrences(of: "-", with: "")) else {
                throw fields.error("game_code \(code) does not match game_date \(date)")
            }
            guard team.tricode == game.away || team.tricode == game.home else {
                throw fields.error("\(team.tricode) does not play in \(code) (\(game.away) at \(game.home))")
            }
            let playerID = try fields.requiredText("player_id_bbref")
            if let earlier = seen["\(code)/\(playerID)"] {
                throw fields.error("duplicate inactive player \(playerID) in \(code) (also on line \(earlier))")
            }
            seen["\(code)/\(playerID)"] = fields.line
            rows.append([
                .gameCode: code, .gameId: game.id, .gameDate: date, .season: fields.text("season"),
                .seasonType: seasonType, .team: team.bbrefCode, .teamTricode: team.tricode,
                .playerIdBbref: playerID, .playerName: fields.text("player_name"),
            ])
            if fields.text("player_name").isEmpty {
                guard playerID.hasPrefix("tmp-") else {
                    throw fields.error("player_name is empty for \(playerID)")
                }
                unnamed.append(playerID)
            }
        }
        var registry = try PlayerRegistry.load(db)
        let writeColumns = columns + [.gameId, .playerLookup]
        var upsert = try Upsert(db, columns: writeColumns, key: [.gameCode, .playerIdBbref])
        for var row in rows.sorted(by: { Self.text($0, .gameDate) < Self.text($1, .gameDate) }) {
            guard !Self.text(row, .playerName).isEmpty else {
                // The box score printed a placeholder id without a name: keep the row, register nobody.
                row[.playerLookup] = PlayerLookup.fold(Self.text(row, .playerIdBbref))
                try upsert.write(row, db: db)
                continue
            }
            row[.playerLookup] = try registry.register(
                universalID: Self.text(row, .playerIdBbref), name: Self.text(row, .playerName),
                date: Self.text(row, .gameDate), db: db)
            try upsert.write(row, db: db)
        }
        let delta = try upsert.delta(db)
        if let conflict = try PlayedWhileInactive.first(db, games: Set(rows.map { Self.text($0, .gameCode) })) {
            throw IngestError(
                file: file.path, line: seen["\(conflict.gameCode)/\(conflict.playerID)"] ?? 0,
                problem: conflict.description(listedIn: .inactives))
        }
        try Rematch.run(db)
        return ImportReport(
            kind: .inactives, file: file.path, rowsRead: rows.count, inserted: delta.inserted, updated: delta.updated,
            notes: unnamed.isEmpty
                ? []
                : [
                    "\(unnamed.count) row\(unnamed.count == 1 ? "" : "s") name no player (placeholder ids such as \(unnamed[0])): kept, not registered"
                ],
            dates: Array(Set(rows.map { Self.text($0, .gameDate) })).sorted())
    }

    /// A text column every inactive row has.
    static func text(_ row: TableRow<InactivesColumn>, _ column: InactivesColumn) -> String {
        String.fromDatabaseValue(row.value(column))!
    }
}
