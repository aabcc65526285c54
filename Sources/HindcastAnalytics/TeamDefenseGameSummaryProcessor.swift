import GRDB
import HindcastCore
import HindcastStore

/// `team_defense_game_summary`: each team's game seen from its defence, i.e. the opponent's
/// offence row of the same game (points, shots and zones allowed, defensive rating, opponent pace
/// normalised by the game's actual length) plus the team's own defensive counts.
public struct TeamDefenseGameSummaryProcessor: Processor {
    public static let table = "team_defense_game_summary"

    public static let descriptor = ProcessorDescriptor(
        id: table, version: 1, phase: .phase3,
        reads: [TableRead(TeamOffenseGameSummaryProcessor.table, .sameDate)],
        writes: [table])

    /// The offence columns read, in this order.
    static let offenseColumns = ColumnSelection<TeamOffenseGameSummaryColumn>([
        .gameId, .gameCode, .teamAbbr, .opponentTeamAbbr, .seasonYear, .seasonType, .homeGame, .pointsScored,
        .fgAttempts, .fgMakes, .threePtAttempts, .threePtMakes, .ftAttempts, .ftMakes, .offensiveRebounds, .rebounds,
        .assists, .turnovers, .personalFouls, .teamPaintAttempts, .teamPaintMakes, .teamMidRangeAttempts,
        .teamMidRangeMakes, .steals, .blocks, .defensiveRebounds, .actualGameMinutes, .overtimePeriods, .winFlag,
        .marginOfVictory, .shotZonesAvailable, .shotZonesSource, .dataQualityIssues, .inputFingerprint,
    ])

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        var offense: [String: [TeamOffenseGameSummaryColumn: DatabaseValue]] = [:]
        var prints: [String: Fingerprint] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(Self.offenseColumns.sql) FROM \(TeamOffenseGameSummaryProcessor.table)
                WHERE game_date = ? ORDER BY game_code, team_abbr
                """, arguments: [request.date.description])
        while let row = try rows.next() {
            let gameCode: String = row[Self.offenseColumns.index(.gameCode)]
            let team: String = row[Self.offenseColumns.index(.teamAbbr)]
            prints[gameCode, default: Fingerprint()].add(row: row)
            offense[gameCode + "/" + team] = Dictionary(
                uniqueKeysWithValues: zip(Self.offenseColumns.columns, row.databaseValues))
        }
        guard !offense.isEmpty else {
            return ProcessorOutcome(
                rowsWritten: [Self.table: 0], inputFingerprint: Fingerprint().hex,
                skipReason: "no team offense rows for \(request.date)")
        }
        let inserter = try RowInserter(db, TeamDefenseGameSummaryColumn.self, sink: request.outputs)
        var outcomeFingerprint = Fingerprint()
        var written = 0
        var skipped = 0
        for key in offense.keys.sorted() {
            let own = offense[key]!
            let gameCode = String.fromDatabaseValue(own[.gameCode]!) ?? ""
            let opponentKey = gameCode + "/" + (String.fromDatabaseValue(own[.opponentTeamAbbr]!) ?? "")
            guard let opp = offense[opponentKey] else {
                skipped += 1
                continue
            }
            let fingerprint = prints[gameCode]!.hex
            outcomeFingerprint.add(fingerprint)
            try inserter.insert(
                Self.values(own: own, opp: opp, date: request.date, fingerprint: fingerprint, runID: request.runID))
            written += 1
        }
        return ProcessorOutcome(
            rowsWritten: [Self.table: written], rowsSkipped: skipped, inputFingerprint: outcomeFingerprint.hex,
            summary: skipped > 0 ? ["teams_without_opponent_row": String(skipped)] : [:])
    }

    static func values(
        own: [TeamOffenseGameSummaryColumn: DatabaseValue], opp: [TeamOffenseGameSummaryColumn: DatabaseValue],
        date: GameDate,
        fingerprint: String, runID: String
    ) -> TableRow<TeamDefenseGameSummaryColumn> {
        func int(_ row: [TeamOffenseGameSummaryColumn: DatabaseValue], _ column: TeamOffenseGameSummaryColumn) -> Int {
            Int.fromDatabaseValue(row[column]!) ?? 0
        }
        func optionalInt(
            _ row: [TeamOffenseGameSummaryColumn: DatabaseValue], _ column: TeamOffenseGameSummaryColumn
        ) -> Int? {
            Int.fromDatabaseValue(row[column]!)
        }
        let points = int(opp, .pointsScored)
        let fga = int(opp, .fgAttempts)
        let fta = int(opp, .ftAttempts)
        let possessions = BoxScoreMath.possessions(
            fga: fga, fta: fta, tov: int(opp, .turnovers), orb: int(opp, .offensiveRebounds))
        let overtimes = int(own, .overtimePeriods)
        let paintMakes = optionalInt(opp, .teamPaintMakes)
        let midMakes = optionalInt(opp, .teamMidRangeMakes)
        var quality = Phase3QualityNotes()
        quality.add(JSONText.strings(String.fromDatabaseValue(opp[.dataQualityIssues]!)))
        quality.add(JSONText.strings(String.fromDatabaseValue(own[.dataQualityIssues]!)))
        return [
            .gameId: own[.gameId], .gameCode: own[.gameCode], .gameDate: date.description,
            .defendingTeamAbbr: own[.teamAbbr], .opponentTeamAbbr: own[.opponentTeamAbbr],
            .seasonYear: own[.seasonYear], .seasonType: own[.seasonType], .homeGame: own[.homeGame],
            .pointsAllowed: points, .oppFgAttempts: fga, .oppFgMakes: opp[.fgMakes],
            .oppThreePtAttempts: opp[.threePtAttempts], .oppThreePtMakes: opp[.threePtMakes],
            .oppFtAttempts: fta, .oppFtMakes: opp[.ftMakes],
            .oppOffensiveRebounds: opp[.offensiveRebounds], .oppRebounds: opp[.rebounds],
            .oppAssists: opp[.assists], .turnoversForced: opp[.turnovers],
            .foulsCommitted: own[.personalFouls], .oppPaintAttempts: opp[.teamPaintAttempts],
            .oppPaintMakes: paintMakes, .oppMidRangeAttempts: opp[.teamMidRangeAttempts],
            .oppMidRangeMakes: midMakes, .pointsInPaintAllowed: paintMakes.map { 2 * $0 },
            .midRangePointsAllowed: midMakes.map { 2 * $0 },
            .threePtPointsAllowed: 3 * int(opp, .threePtMakes), .steals: own[.steals],
            .blocks: own[.blocks], .defensiveRebounds: own[.defensiveRebounds],
            .oppPossessions: Rounding.tenth(possessions),
            .defensiveRating: BoxScoreMath.rating(points: points, possessions: possessions).map(Rounding.hundredth),
            .opponentPace: Rounding.tenth(BoxScoreMath.pace(possessions: possessions, overtimes: overtimes)),
            .opponentTsPct: BoxScoreMath.trueShooting(points: points, fga: fga, fta: fta).map(Rounding.thousandth),
            .actualGameMinutes: own[.actualGameMinutes], .overtimePeriods: overtimes,
            .winFlag: own[.winFlag], .marginOfVictory: own[.marginOfVictory],
            .shotZonesAvailable: opp[.shotZonesAvailable], .shotZonesSource: opp[.shotZonesSource],
            .primarySourceUsed: TeamOffenseGameSummaryProcessor.table, .dataQualityTier: quality.tier.rawValue,
            .qualityScore: quality.finalScore, .dataQualityIssues: quality.json,
            .inputFingerprint: fingerprint, .runId: runID,
        ]
    }
}
