import Dispatch
import Foundation

/// Maps an array on every core, keeping the order: for the pure, per-player part of a processor
/// (database reads happen before, inserts after, on the writer's thread). `transform` must only
/// read shared state (value types, immutable classes, locked caches): the elements and the
/// closure cross threads without the compiler checking them.
public enum ParallelMap {
    /// `transform` applied to each element, computed in parallel chunks; the first error thrown
    /// (by position) is rethrown.
    public static func map<Element, Result>(
        _ elements: [Element], minimumChunk: Int = 16, _ transform: (Element) throws -> Result
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

    /// What the chunks share; each chunk writes only its own slots.
    private struct Shared<Element, Result>: @unchecked Sendable {
        let elements: [Element]
        let transform: (Element) throws -> Result
        let results: UnsafeMutableBufferPointer<Result?>
        let errors: UnsafeMutableBufferPointer<(any Error)?>
    }
}
