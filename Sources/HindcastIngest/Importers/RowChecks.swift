import HindcastCore

/// Checks shared by the importers, each throwing a file:line error that says what is wrong.
enum RowChecks {
    /// `2021-22` → 2021, refusing other shapes.
    static func seasonYear(_ fields: CSVFields, column: String = "season") throws -> Int {
        let text = fields.text(column)
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let next = Int(parts[1]),
            next == (year + 1) % 100
        else { throw fields.error("bad season \"\(text)\" (expected e.g. 2021-22)") }
        return year
    }

    /// Refuses a date outside August of the season's first year through July of its second.
    static func dateInSeason(_ date: String, seasonYear: Int, fields: CSVFields) throws {
        guard let day = GameDate(date) else { throw fields.error("bad date \"\(date)\"") }
        let first = GameDate(year: seasonYear, month: 8, day: 1)!
        let last = GameDate(year: seasonYear + 1, month: 7, day: 31)!
        guard first <= day && day <= last else {
            throw fields.error("date \(date) is outside season \(SeasonCalendar.seasonLabel(seasonYear))")
        }
    }

    /// The stored `season_type` (see `SeasonType`): NBA Cup final labels such as
    /// "IST Championship (not RS stats)" become "NBA Cup Final".
    static func seasonType(_ fields: CSVFields) throws -> String {
        let value = fields.text("season_type")
        guard let type = SeasonType(label: value) else {
            throw fields.error(
                "unknown season_type \"\(value)\" (expected Regular Season, Play-In, Playoffs or an NBA Cup final)")
        }
        return type.rawValue
    }

    /// A basketball-reference team code whose NBA tricode column agrees.
    static func team(_ fields: CSVFields, code codeColumn: String, tricode tricodeColumn: String) throws -> Team {
        let code = fields.text(codeColumn)
        guard let team = TeamDirectory.team(bbrefCode: code) ?? TeamDirectory.team(tricode: code) else {
            throw fields.error("unknown team code \"\(code)\" in \(codeColumn)")
        }
        let tricode = fields.text(tricodeColumn)
        guard tricode == team.tricode else {
            if TeamDirectory.team(tricode: tricode) == nil {
                throw fields.error("unknown team code \"\(tricode)\" in \(tricodeColumn)")
            }
            throw fields.error("\(codeColumn) \(code) is \(team.tricode), but \(tricodeColumn) says \(tricode)")
        }
        return team
    }

    /// An NBA tricode, or `nil` when the column is empty.
    static func optionalTricode(_ fields: CSVFields, _ column: String) throws -> String? {
        guard let value = fields.optionalText(column) else { return nil }
        guard TeamDirectory.team(tricode: value) != nil else {
            throw fields.error("unknown team code \"\(value)\" in \(column)")
        }
        return value
    }

    /// A basketball-reference game code (`202201150DAL`) agreeing with the date and home team.
    static func gameCode(_ fields: CSVFields, date: String, home: Team) throws -> String {
        let code = fields.text("game_code")
        let expectedPrefix = date.replacingOccurrences(of: "-", with: "") + "0"
        guard code.count == 12, code.hasPrefix(expectedPrefix) else {
            throw fields.error("game_code \"\(code)\" does not match game_date \(date) (expected \(expectedPrefix)XXX)")
        }
        let homeCode = String(code.suffix(3))
        guard homeCode == home.bbrefCode else {
            throw fields.error(
                "game_code \(code) names home team \(homeCode), but the row's home team is \(home.bbrefCode)")
        }
        return code
    }

    /// The pipeline's game id: `YYYYMMDD_AWAY_HOME` with NBA tricodes.
    static func gameID(date: String, away: Team, home: Team) -> String {
        "\(date.replacingOccurrences(of: "-", with: ""))_\(away.tricode)_\(home.tricode)"
    }

    /// `"OT"` → 1, `"2OT"` → 2, `""` → 0.
    static func overtimes(_ fields: CSVFields, _ column: String) throws -> Int {
        let text = fields.text(column).uppercased()
        if text.isEmpty { return 0 }
        if text == "OT" { return 1 }
        if text.hasSuffix("OT"), let count = Int(text.dropLast(2)), count >= 1 { return count }
        throw fields.error("bad \(column) \"\(fields.text(column))\" (expected empty, OT, 2OT, ...)")
    }

    /// "MM:SS" → seconds.
    static func seconds(_ fields: CSVFields, _ column: String) throws -> Int {
        let text = fields.text(column)
        let parts = text.split(separator: ":")
        guard parts.count == 2, let minutes = Int(parts[0]), let seconds = Int(parts[1]), minutes >= 0,
            (0..<60).contains(seconds)
        else { throw fields.error("bad \(column) \"\(text)\" (expected MM:SS)") }
        return minutes * 60 + seconds
    }

    /// A required `YYYY-MM-DDTHH:MM:SSZ` timestamp (optionally with fractional seconds).
    static func utcTimestamp(_ fields: CSVFields, _ column: String) throws -> String {
        let text = try fields.requiredText(column)
        guard isUTCTimestamp(text) else {
            throw fields.error("bad \(column) \"\(text)\" (expected YYYY-MM-DDTHH:MM:SSZ)")
        }
        return text
    }

    private static func isUTCTimestamp(_ text: String) -> Bool {
        guard text.hasSuffix("Z"), text.count >= 20 else { return false }
        let date = String(text.prefix(10))
        let time = text.dropFirst(11).dropLast().split(separator: ".")[0]
        let parts = time.split(separator: ":")
        guard GameDate(date) != nil, text[text.index(text.startIndex, offsetBy: 10)] == "T", parts.count == 3,
            let hour = Int(parts[0]), let minute = Int(parts[1]), let second = Int(parts[2])
        else { return false }
        return (0..<24).contains(hour) && (0..<60).contains(minute) && (0..<61).contains(second)
    }

    /// American odds: empty, or a whole number at least 100 in size.
    static func price(_ fields: CSVFields, _ column: String) throws -> Int? {
        guard let value = try fields.optionalInt(column) else { return nil }
        guard abs(value) >= 100 else { throw fields.error("impossible American odds \(value) in \(column)") }
        return value
    }
}
