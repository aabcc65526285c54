import GRDB
import HindcastStore

/// What a processor gets for one run: the game day, the run's id, the profile, the seasons, and
/// the run's shared memory of earlier partitions.
public struct ProcessorRequest: Sendable {
    /// The game day being processed.
    public let date: GameDate
    /// Written into every row this run produces.
    public let runID: String
    public let profile: Profile
    public let seasons: SeasonCalendar
    /// Earlier game summaries, read once per run and shared by every processor and date.
    public let history: HistoryCache
    /// Where the step's inserted rows are hashed: pass it to every `RowInserter`.
    public let outputs: OutputDigest

    public init(
        date: GameDate, runID: String, profile: Profile, seasons: SeasonCalendar,
        history: HistoryCache = HistoryCache(),
        outputs: OutputDigest = OutputDigest()
    ) {
        self.date = date
        self.runID = runID
        self.profile = profile
        self.seasons = seasons
        self.history = history
        self.outputs = outputs
    }

    /// The opening day of the date's season (the date itself when the schedule has none).
    public var seasonStart: GameDate {
        seasons.openingDay(ofSeason: seasons.seasonYear(for: date)) ?? date
    }
}

/// What a processor reports back about one run.
public struct ProcessorOutcome: Sendable, Equatable {
    /// Rows written, per table.
    public var rowsWritten: [String: Int]
    /// Entities considered but not written (e.g. players below a minimum sample).
    public var rowsSkipped: Int
    /// Hash of the input rows used, for staleness checks and provenance.
    public var inputFingerprint: String
    /// Set when the processor deliberately wrote nothing for the date, with the reason.
    public var skipReason: String?
    /// Counters and notes worth keeping in the run history (JSON object values).
    public var summary: [String: String]

    public init(
        rowsWritten: [String: Int], rowsSkipped: Int = 0, inputFingerprint: String, skipReason: String? = nil,
        summary: [String: String] = [:]
    ) {
        self.rowsWritten = rowsWritten
        self.rowsSkipped = rowsSkipped
        self.inputFingerprint = inputFingerprint
        self.skipReason = skipReason
        self.summary = summary
    }
}

/// One step of the pipeline. It reads tables, computes one game day, and inserts rows into the
/// tables it declares. The runner has already emptied those partitions, inside the same
/// transaction, so a processor only inserts.
///
/// Processors never call each other; they meet only in tables.
public protocol Processor: Sendable {
    /// The processor's id, version, reads and writes.
    static var descriptor: ProcessorDescriptor { get }

    /// The descriptor of this instance; defaults to the static one.
    var descriptor: ProcessorDescriptor { get }

    /// Computes `request.date` and inserts its rows using `db`.
    func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome
}

extension Processor {
    /// The static descriptor, from an instance.
    public var descriptor: ProcessorDescriptor { Self.descriptor }
}
