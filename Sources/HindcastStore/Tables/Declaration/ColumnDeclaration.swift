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
    /// For a generated column, the SQL expression SQLite computes it from the row's other columns
    /// when it is read (`GENERATED ALWAYS AS (...) VIRTUAL`): it takes no space on disk, every
    /// `SELECT` sees it like any other column, and inserts leave it out.
    public let generatedSQL: String?
    /// For a column that stores another column of the row in fewer bytes, how (that column is
    /// then generated from this one); writers never fill it, the insert does.
    public let encoding: ColumnEncoding?

    public init(
        _ name: String, _ type: ColumnType, _ nullability: Nullability, _ description: String,
        default defaultSQL: String? = nil, generated generatedSQL: String? = nil, encoding: ColumnEncoding? = nil
    ) {
        self.name = name
        self.type = type
        self.nullability = nullability
        self.description = description
        self.defaultSQL = defaultSQL
        self.generatedSQL = generatedSQL
        self.encoding = encoding
    }

    /// Whether the column is declared `NOT NULL`.
    public var isNotNull: Bool { nullability == .notNull }

    /// Whether SQLite computes the column from the others instead of storing it.
    public var isGenerated: Bool { generatedSQL != nil }

    /// Whether the column holds another column's value in a storage form (`encoding`).
    public var isEncoding: Bool { encoding != nil }
}

extension ColumnDeclaration {
    /// The provenance columns every processed table ends with, declared once.
    public static let dataQualityTier = ColumnDeclaration(
        "data_quality_tier", .text, .notNull, "Quality tier of the row's inputs")
    public static let qualityScore = ColumnDeclaration(
        "quality_score", .real, .notNull, "Quality score of the row's inputs, 0-100")
    public static let dataQualityIssues = ColumnDeclaration(
        "data_quality_issues", .textArray, .notNull,
        "Quality issues found in the row's inputs (an empty array when none)")
    public static let inputFingerprint = ColumnDeclaration(
        "input_fingerprint", .text, .notNull, "Fingerprint of the inputs the row was computed from")
    public static let runId = ColumnDeclaration(
        "run_id", .text, .notNull, "The processor run that wrote the row (processor_run_history.run_id)")
}
