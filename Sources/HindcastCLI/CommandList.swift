import ArgumentParser

/// Every subcommand of `hindcast`, in help order.
enum CommandList {
    static let all: [any ParsableCommand.Type] = [
        ImportCommand.self,
        BackfillCommand.self,
        CoverageCommand.self,
        SQLCommand.self,
        ProfileCommand.self,
    ]
}
