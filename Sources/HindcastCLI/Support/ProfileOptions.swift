import ArgumentParser
import Foundation
import HindcastCore

/// `--profile NAME --profiles-dir DIR`: the pipeline profile, found as DIR/NAME.json, else built in.
struct ProfileOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "Profile name: PROFILES-DIR/NAME.json, else built in (default, historical-backfill, observed-only).")
    var profile: String = "default"

    @Option(name: .long, help: "Folder searched first for NAME.json profiles.")
    var profilesDir: String = "profiles"

    func validate() throws {
        try ProfileSearch.validate(profile, directory: profilesDir)
    }

    func load() throws -> Profile {
        try ProfileSearch.load(profile, directory: profilesDir)
    }
}

/// Where profiles are found: `DIRECTORY/NAME.json` (or NAME itself when it is a path to a JSON
/// file), then the profiles built into the binary. An unknown name is a usage error (exit 64)
/// that shows the search path; a file that exists but does not parse is an error (exit 1).
enum ProfileSearch {
    /// Throws a usage error when no profile is called `name`.
    static func validate(_ name: String, directory: String) throws {
        if let problem = missing(name, directory: directory) { throw ValidationError(problem) }
    }

    /// The profile called `name`; exit 64 when there is none, exit 1 when its file is malformed.
    static func load(_ name: String, directory: String) throws -> Profile {
        if let problem = missing(name, directory: directory) {
            throw ExitCodes.fail(problem, code: ExitCodes.usage)
        }
        return try ProfileLoader.load(name, directory: directory)
    }

    /// Why `name` cannot be found, or `nil` when it can.
    static func missing(_ name: String, directory: String) -> String? {
        if name.hasSuffix(".json") {
            return FileManager.default.fileExists(atPath: name) ? nil : "no profile file \(name)"
        }
        let path = (directory as NSString).appendingPathComponent("\(name).json")
        if FileManager.default.fileExists(atPath: path) || Profile.builtIn[name] != nil { return nil }
        let available = listing(directory: directory).map(\.name)
        return "unknown profile \(name): searched \(path) (--profiles-dir \(directory)), then the built-in "
            + "profiles; available: \(available.joined(separator: ", "))"
    }

    /// One profile as `profile list` shows it.
    struct Entry: Encodable {
        let name: String
        /// `DIR/NAME.json`, or `built-in`.
        let source: String
        let description: String
        /// A file of the same name hides the built-in profile.
        let overridesBuiltIn: Bool

        enum CodingKeys: String, CodingKey {
            case name, source, description
            case overridesBuiltIn = "overrides_built_in"
        }
    }

    /// Every profile a name can select: the directory's `*.json` files, then the built-ins they
    /// do not hide, by name.
    static func listing(directory: String) -> [Entry] {
        var entries: [String: Entry] = [:]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for file in files.sorted() where file.hasSuffix(".json") {
            let name = String(file.dropLast(5))
            let path = (directory as NSString).appendingPathComponent(file)
            let description =
                (try? ProfileLoader.load(name, directory: directory)).map(\.description) ?? "(does not load)"
            entries[name] = Entry(
                name: name, source: path, description: description, overridesBuiltIn: Profile.builtIn[name] != nil)
        }
        for (name, profile) in Profile.builtIn where entries[name] == nil {
            entries[name] = Entry(
                name: name, source: "built-in", description: profile.description, overridesBuiltIn: false)
        }
        return entries.values.sorted { $0.name < $1.name }
    }
}
