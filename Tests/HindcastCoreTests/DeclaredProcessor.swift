import GRDB
import HindcastCore

/// A processor known by its instance descriptor: one declared from reads and writes alone (for
/// graph and planning tests; it writes nothing), or a real processor under another version.
struct DeclaredProcessor: Processor {
    static var descriptor: ProcessorDescriptor { fatalError("use the instance descriptor") }
    let descriptor: ProcessorDescriptor
    private let body: @Sendable (ProcessorRequest, Database) throws -> ProcessorOutcome

    init(_ id: String, reads: [TableRead], writes: [String]) {
        descriptor = ProcessorDescriptor(id: id, version: 1, phase: .phase3, reads: reads, writes: writes)
        body = { _, _ in ProcessorOutcome(rowsWritten: [:], inputFingerprint: "") }
    }

    /// `inner` under version `version`.
    init(_ inner: any Processor, version: Int) {
        let d = inner.descriptor
        descriptor = ProcessorDescriptor(id: d.id, version: version, phase: d.phase, reads: d.reads, writes: d.writes)
        body = { request, db in try inner.run(request, db: db) }
    }

    func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome { try body(request, db) }
}
