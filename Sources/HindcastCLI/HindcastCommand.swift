import ArgumentParser
import HindcastCore

/// `hindcast`: the root command.
public struct HindcastCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hindcast",
        abstract:
            "Run the NBA player-points props pipeline over historical dates, with synthetic context that says so.",
        version: HindcastVersion.description,
        subcommands: CommandList.all
    )

    public init() {}
}
