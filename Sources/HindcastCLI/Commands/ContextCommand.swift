import ArgumentParser
import HindcastContext
import HindcastCore

/// `hindcast context fill`: runs only the context module (and the game summaries it reads).
struct ContextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "context",
        abstract: "Build pre-game context: observed rows from snapshots, synthetic rows for every gap.",
        subcommands: [Fill.self]
    )

    struct Fill: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fill upcoming_player_game_context and upcoming_team_game_context over a date range.")

        @OptionGroup var warehouse: WarehouseOptions
        @OptionGroup var dates: DateRangeOptions
        @OptionGroup var profileOptions: ProfileOptions
        @OptionGroup var log: LogOptions

        func run() throws {
            let session = try PipelineSession(store: try warehouse.openForWriting(), profile: try profileOptions.load())
            let targets = HindcastContextProcessors.all.map(\.descriptor.id)
            try session.run(
                session.plan(targets, range: dates.range), label: "context fill", range: dates.range,
                triggeredBy: "context fill", verbosity: log.verbosity)
        }
    }
}
