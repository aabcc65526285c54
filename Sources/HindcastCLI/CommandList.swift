import ArgumentParser

/// Every subcommand of `hindcast`, in help order.
enum CommandList {
    static let all: [any ParsableCommand.Type] = [
        ImportCommand.self,
        BackfillCommand.self,
        PreflightCommand.self,
        StatusCommand.self,
        ExportCommand.self,
        ReportCommand.self,
        TrainCommand.self,
        ModelsCommand.self,
        ContextCommand.self,
        CoverageCommand.self,
        AuditCommand.self,
        AccuracyCommand.self,
        FidelityCommand.self,
        SQLCommand.self,
        ProfileCommand.self,
        ListCommand.self,
    ]
}
