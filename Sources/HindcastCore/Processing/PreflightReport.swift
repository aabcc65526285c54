/// Which context rows a context processor is expected to write on a date, by origin.
public struct ContextForecast: Sendable, Codable, Equatable {
    /// Rows from pre-game snapshots (prop lines, game lines) or imported as observed.
    public let observed: Int
    /// Rows imported from an export that already marked them synthetic.
    public let importedSynthetic: Int
    /// Rows the context module will synthesise; `nil` when the player set cannot be counted
    /// before running (the `pregame_roster` policy): every other rostered player.
    public let synthetic: Int?

    public init(observed: Int, importedSynthetic: Int, synthetic: Int?) {
        self.observed = observed
        self.importedSynthetic = importedSynthetic
        self.synthetic = synthetic
    }

    enum CodingKeys: String, CodingKey {
        case observed, synthetic
        case importedSynthetic = "imported_synthetic"
    }
}

/// What the raw tables hold for one calendar day of the requested range.
public struct DayInputs: Sendable, Codable, Equatable {
    public let date: GameDate
    /// Games on the schedule; 0 means the day is not a game day.
    public let scheduledGames: Int
    /// Scheduled games with at least one imported box-score line.
    public let gamesWithBoxScores: Int
    /// Expected player and team context rows; `nil` when no context step is planned that day.
    public let playerContext: ContextForecast?
    public let teamContext: ContextForecast?

    /// Whether any game is scheduled.
    public var isGameDay: Bool { scheduledGames > 0 }
}

/// A real gap: something a planned step needs that the warehouse does not have.
public struct PreflightGap: Sendable, Codable, Equatable {
    public let date: GameDate
    /// What is missing, in one line.
    public let problem: String
    /// Planned processors on that date that would fail or write nothing because of it.
    public let processors: [String]
}

/// The preflight of a backfill: per day what exists in the raw tables, which context rows will be
/// observed and which synthetic, and the gaps that make it refuse. Unlike the reference's
/// preflight, sparse context is no gap when the profile synthesises it.
public struct PreflightReport: Sendable, Codable, Equatable {
    public let range: DateRange
    public let profileName: String
    public let synthesize: Bool
    public let playerSet: String
    /// Every calendar day of the range, game day or not.
    public let days: [DayInputs]
    /// Real gaps, by date; the backfill refuses when there is any.
    public let gaps: [PreflightGap]
    /// Things worth knowing that do not stop the backfill.
    public let warnings: [String]

    /// Whether the backfill may proceed.
    public var passes: Bool { gaps.isEmpty }

    /// Why planned steps would fail, by partition (from the gaps).
    public var failing: [PartitionKey: String] {
        var result: [PartitionKey: String] = [:]
        for gap in gaps {
            for processor in gap.processors where result[PartitionKey(processor, gap.date)] == nil {
                result[PartitionKey(processor, gap.date)] = gap.problem
            }
        }
        return result
    }

    /// The refusal message: what is missing and what would proceed anyway.
    public var refusal: String {
        let dates = Array(Set(gaps.map(\.date))).sorted()
        let listed = dates.prefix(5).map(\.description).joined(separator: ", ") + (dates.count > 5 ? ", ..." : "")
        var text = "preflight refused \(range): \(gaps.count) gap\(gaps.count == 1 ? "" : "s") on "
        text += "\(dates.count) date\(dates.count == 1 ? "" : "s") (\(listed)): \(gaps[0].problem)"
        let contextOnly = gaps.allSatisfy { $0.problem.contains("does not synthesise") }
        text +=
            contextOnly
            ? "; a profile with synthesize: true (e.g. default) or --skip-preflight would proceed"
            : "; import the missing data, or pass --skip-preflight to run the other dates anyway"
        return text
    }
}
