import ArgumentParser

/// Every subcommand of `hindcast`, in help order.
enum CommandList {
    static let all: [any ParsableCommand.Type] = [
        SQLCommand.self,
        ProfileCommand.self,
    ]
}
