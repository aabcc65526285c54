import Foundation

/// Why a profile could not be loaded.
public struct ProfileError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// Finds profiles by name: `profiles/NAME.json` under the given directory when present, else the
/// built-in profile of that name.
public enum ProfileLoader {
    /// Loads the profile called `name` (or a path to a JSON file).
    public static func load(_ name: String, directory: String = "profiles") throws -> Profile {
        let path: String
        if name.hasSuffix(".json") {
            path = name
        } else {
            path = (directory as NSString).appendingPathComponent("\(name).json")
        }
        if FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ProfileError(description: "\(path): cannot read the profile")
            }
            return try decode(data, path: path)
        }
        if let profile = Profile.builtIn[name] { return profile }
        let known = Profile.builtIn.keys.sorted().joined(separator: ", ")
        throw ProfileError(description: "no profile \(name): \(path) does not exist and built-in profiles are \(known)")
    }

    /// Decodes profile JSON, naming the file and the offending key on error.
    public static func decode(_ data: Data, path: String) throws -> Profile {
        do {
            let profile = try JSONDecoder().decode(Profile.self, from: data)
            guard profile.version <= Profile.formatVersion else {
                throw ProfileError(
                    description:
                        "\(path): profile format version \(profile.version) is newer than this hindcast reads (\(Profile.formatVersion))"
                )
            }
            return profile
        } catch let error as DecodingError {
            throw ProfileError(description: "\(path): \(describe(error))")
        }
    }

    /// The profile as pretty JSON with sorted keys, as `profile show` prints and files store it.
    public static func encode(_ profile: Profile) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(profile), as: UTF8.self)
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map(\.stringValue).joined(separator: ".")
            return keys.isEmpty ? "" : "at \(keys): "
        }
        switch error {
        case .dataCorrupted(let context): return path(context) + context.debugDescription
        case .keyNotFound(let key, let context): return path(context) + "missing key \"\(key.stringValue)\""
        case .typeMismatch(_, let context): return path(context) + context.debugDescription
        case .valueNotFound(_, let context): return path(context) + context.debugDescription
        @unknown default: return "\(error)"
        }
    }
}
