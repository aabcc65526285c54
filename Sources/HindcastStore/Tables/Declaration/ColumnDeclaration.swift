/// One column of a declared table: its name, what it holds, whether it may be NULL and what it
/// means.
public struct ColumnDeclaration: Sendable, Hashable {
    /// Whether a column may hold NULL.
    public enum Nullability: Sendable, Hashable {
        case notNull
        case nullable
    }

    public let name: String
    public let type: ColumnType
    public let nullability: Nullability
    /// One line saying what the column holds.
    public let description: String
    /// The SQL default, for the few columns that have one.
    public let defaultSQL: String?

    public init(
        _ name: String, _ type: ColumnType, _ nullability: Nullability, _ description: String,
        default defaultSQL: String? = nil
    ) {
        self.name = name
        self.type = type
        self.nullability = nullability
        self.description = description
        self.defaultSQL = defaultSQL
    }

    /// Whether the column is declared `NOT NULL`.
    public var isNotNull: Bool { nullability == .notNull }
}
