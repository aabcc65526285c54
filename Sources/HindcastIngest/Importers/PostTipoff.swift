/// What an import says about snapshots captured at or after their game's tip-off: they are stored
/// (the file is kept whole) but never used as pre-game context.
enum PostTipoff {
    static func notes(_ count: Int) -> [String] {
        guard count > 0 else { return [] }
        return [
            "\(ImportReport.grouped(count)) row\(count == 1 ? " was" : "s were") captured at or after tip-off: stored as post-tip-off, never used as pre-game context"
        ]
    }
}
