import ArgumentParser
import Foundation
import HindcastCore
import HindcastReports
import HindcastStore

/// `hindcast profile show [NAME]` and `hindcast profile list`.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "List and show pipeline profiles.",
        subcommands: [List.self, Show.self]
    )

    /// `hindcast profile list`: every profile a `--profile NAME` can select, and where it comes from.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the profiles: PROFILES-DIR/*.json first, then the built-in ones they do not hide.")

        @Option(name: .long, help: "Folder searched first for NAME.json profiles.")
        var profilesDir: String = "profiles"

        @OptionGroup var output: FormatOptions

        func run() throws {
            let entries = ProfileSearch.listing(directory: profilesDir)
            if output.format == .json {
                print(JSONOutput.encode(entries))
                return
            }
            let result = QueryResult(
                columns: ["name", "source", "description"],
                rows: entries.map { entry in
                    [
                        .text(entry.name), .text(entry.source),
                        .text(entry.description),
                    ]
                })
            print(TableRenderer.render(result, as: output.format, width: output.width), terminator: "")
        }
    }

    /// `hindcast profile show [NAME]`: the effective profile, with every default filled in.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the effective profile as JSON (from PROFILES-DIR/NAME.json, else built in).")

        @Argument(help: "Profile name or path to a JSON file.")
        var name: String = "default"

        @Option(name: .long, help: "Folder searched first for NAME.json profiles.")
        var profilesDir: String = "profiles"

        func validate() throws {
            try ProfileSearch.validate(name, directory: profilesDir)
        }

        func run() throws {
            let profile = try ProfileSearch.load(name, directory: profilesDir)
            print(try ProfileLoader.encode(profile))
        }
    }
}
