import Dispatch
import Foundation

/// Maps an array on every core, keeping the order: for the pure, per-player part of a processor
/// (database reads happen before, inserts after, on the writer's thread). The elements, the
/// results and `transform` are `Sendable`, so the compiler checks what crosses threads: rows are
/// prepared with a `RowLayout`, never with the `RowInserter` that owns the statement.
public enum ParallelMap {
    /// `transform` applied to each element, computed in parallel chunks; the first error thrown
    /// (by position) is rethrown.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], minimumChunk: Int = 16, _ transform: @Sendable (Element) throws -> Result
    ) throws -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, elements.count >= minimumChunk * 2 else { return try elements.map(transform) }
        let chunks = min(cores * 4, (elements.count + minimumChunk - 1) / minimumChunk)
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: elements.count)
        results.initialize(repeating: nil)
        let errors = UnsafeMutableBufferPointer<(any Error)?>.allocate(capacity: chunks)
        errors.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
            errors.deinitialize()
            errors.deallocate()
        }
        withoutActuallyEscaping(transform) { transform in
            let shared = Shared(elements: elements, transform: transform, results: results, errors: errors)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = shared.elements.count * chunk / chunks
                let end = shared.elements.count * (chunk + 1) / chunks
                do {
                    for index in start..<end { shared.results[index] = try shared.transform(shared.elements[index]) }
                } catch {
                    shared.errors[chunk] = error
                }
            }
        }
        if let error = errors.first(where: { $0 != nil }) { throw error! }
        return results.map { $0! }
    }

    /// What the chunks share. Unchecked only for the two result buffers, which are safe to share:
    /// each chunk writes only its own slots (disjoint index ranges), and the buffers are read after
    /// `concurrentPerform` has returned, which orders every chunk's writes before the reads.
    private struct Shared<Element: Sendable, Result: Sendable>: @unchecked Sendable {
        let elements: [Element]
        let transform: @Sendable (Element) throws -> Result
        let results: UnsafeMutableBufferPointer<Result?>
        let errors: UnsafeMutableBufferPointer<(any Error)?>
    }
}
