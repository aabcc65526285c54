import Foundation

/// What one run consumed, stored as JSON in `processor_run_history.upstream_dependencies`: the
/// processor's version, the profile's fingerprint, and per table read a digest of the signatures
/// of the dates in its read window (pipeline partitions by their output fingerprint, raw tables by
/// their rows). Recomputing the digests later and finding a difference makes the partition stale.
public struct UpstreamDependencies: Sendable, Codable, Equatable {
    public var processorVersion: Int
    public var profileName: String
    public var profileFingerprint: String
    /// Digest per table read.
    public var reads: [String: String]

    public init(processorVersion: Int, profileName: String, profileFingerprint: String, reads: [String: String]) {
        self.processorVersion = processorVersion
        self.profileName = profileName
        self.profileFingerprint = profileFingerprint
        self.reads = reads
    }

    enum CodingKeys: String, CodingKey {
        case processorVersion = "processor_version"
        case profileName = "profile"
        case profileFingerprint = "profile_fingerprint"
        case reads
    }

    /// The JSON text stored in the run history (sorted keys).
    public var json: String { JSONText.encode(self) }

    /// Decodes stored JSON; `nil` for NULL or text written by something else.
    public static func decode(_ text: String?) -> UpstreamDependencies? {
        guard let data = text?.data(using: .utf8) else { return nil }
        return try? JSONDecoder().decode(UpstreamDependencies.self, from: data)
    }

    /// Why a partition recorded with `self` is stale against `current`, or `nil` when it is not.
    public func staleness(against current: UpstreamDependencies, isRaw: (String) -> Bool) -> String? {
        if processorVersion != current.processorVersion {
            return "processor version changed (\(processorVersion) -> \(current.processorVersion))"
        }
        if profileFingerprint != current.profileFingerprint {
            return profileName == current.profileName
                ? "profile \(profileName) settings changed since the run"
                : "profile settings changed (\(profileName) -> \(current.profileName))"
        }
        let added = current.reads.keys.filter { reads[$0] == nil }.sorted()
        let dropped = reads.keys.filter { current.reads[$0] == nil }.sorted()
        if !added.isEmpty || !dropped.isEmpty {
            let parts =
                (added.isEmpty ? [] : ["now reads \(added.joined(separator: ", "))"])
                + (dropped.isEmpty ? [] : ["no longer reads \(dropped.joined(separator: ", "))"])
            return "the processor's declared reads changed since the run: " + parts.joined(separator: "; ")
        }
        let changed = reads.keys.filter { reads[$0] != current.reads[$0] }.sorted()
        guard !changed.isEmpty else { return nil }
        let named = changed.map { isRaw($0) ? "raw \($0)" : $0 }
        return "input changed since the run: \(named.joined(separator: ", "))"
    }
}

extension Profile {
    /// A hash of the settings a processor of `phase` can depend on (sorted-key JSON, without name
    /// and description, so two profiles with the same settings match whatever they are called):
    /// the prediction and training sections only matter to Phase 5, so changing them never makes
    /// context or features stale.
    public func fingerprint(forPhase phase: ProcessorPhase) -> String {
        var hash = Fingerprint()
        var copy = self
        copy.name = ""
        copy.description = ""
        if phase != .phase5 {
            copy.predictions = PredictionSettings()
            copy.training = TrainingSettings()
        }
        hash.add(JSONText.encode(copy))
        return hash.hex
    }
}

/// A profile's name and its fingerprint for each processor of a graph, encoding the profile once
/// per phase: planning and running judge every partition against the profile.
struct ProfileFingerprints {
    let name: String
    private let byProcessor: [String: String]

    init(_ profile: Profile, graph: ProcessorGraph) {
        var byPhase: [ProcessorPhase: String] = [:]
        var byProcessor: [String: String] = [:]
        for processor in graph.ordered {
            let phase = processor.descriptor.phase
            let fingerprint = byPhase[phase] ?? profile.fingerprint(forPhase: phase)
            byPhase[phase] = fingerprint
            byProcessor[processor.descriptor.id] = fingerprint
        }
        name = profile.name
        self.byProcessor = byProcessor
    }

    /// The fingerprint a run of `processorID` records (empty for a processor not in the graph).
    func of(_ processorID: String) -> String { byProcessor[processorID] ?? "" }
}
