import ArgumentParser
import HindcastCore

/// `hindcast profile show [NAME]`: the effective profile, with every default filled in.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Show pipeline profiles.",
        subcommands: [Show.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the effective profile as JSON (from profiles/NAME.json, else built in).")

        @Argument(help: "Profile name or path to a JSON file.")
        var name: String = "default"

        @Option(name: .long, help: "Folder holding NAME.json profiles.")
        var profilesDir: String = "profiles"

        func run() throws {
            let profile = try ProfileLoader.load(name, directory: profilesDir)
            print(try ProfileLoader.encode(profile))
        }
    }
}
