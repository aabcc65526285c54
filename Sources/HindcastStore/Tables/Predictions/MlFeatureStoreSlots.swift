extension MlFeatureStoreColumn {
    /// The three columns of a feature slot, in table order.
    public enum SlotPart: Int, Sendable {
        case value, source, quality
    }

    /// `feature_<index>_<part>`: the table holds a value, source and quality column per feature
    /// slot, in that order from `feature_0_value`.
    public static func slot(_ index: Int, _ part: SlotPart) -> Self {
        let column = Self(rawValue: feature0Value.rawValue + 3 * index + part.rawValue)!
        precondition(column.name == "feature_\(index)_\(part)", "no column feature_\(index)_\(part)")
        return column
    }
}
