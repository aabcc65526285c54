import ArgumentParser
import HindcastCore

/// `--profile NAME`: the pipeline profile (profiles/NAME.json, else built in).
struct ProfileOptions: ParsableArguments {
    @Option(name: .long, help: "Profile name (profiles/NAME.json or built in: default, historical-backfill).")
    var profile: String = "default"

    @Option(name: .long, help: "Folder holding NAME.json profiles.")
    var profilesDir: String = "profiles"

    func load() throws -> Profile {
        try ProfileLoader.load(profile, directory: profilesDir)
    }
}
