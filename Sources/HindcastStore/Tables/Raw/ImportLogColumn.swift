import GRDB

/// `import_log` (`nba_raw`): one import of one file: what it was and what it changed.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum ImportLogColumn: Int, TableColumn {
    case importId
    case kind
    case sourceFile
    case contentFingerprint
    case rowsRead
    case rowsInserted
    case rowsUpdated
    case rowsUnchanged
    case warnings
    case importedAt

    public static let table = TableDeclaration(
        Self.self, name: "import_log", dataset: .nbaRaw, kind: .raw,
        summary: "One import of one file: what it was and what it changed.", key: [.importId], autoincrementKey: true,
        partition: nil)

    public var declaration: ColumnDeclaration {
        switch self {
        case .importId: ColumnDeclaration("import_id", .integer, .nullable, "Import id")
        case .kind: ColumnDeclaration("kind", .text, .notNull, "Kind")
        case .sourceFile: ColumnDeclaration("source_file", .text, .notNull, "Source file")
        case .contentFingerprint: ColumnDeclaration("content_fingerprint", .text, .notNull, "Content fingerprint")
        case .rowsRead: ColumnDeclaration("rows_read", .integer, .notNull, "Rows read")
        case .rowsInserted: ColumnDeclaration("rows_inserted", .integer, .notNull, "Rows inserted")
        case .rowsUpdated: ColumnDeclaration("rows_updated", .integer, .notNull, "Rows updated")
        case .rowsUnchanged: ColumnDeclaration("rows_unchanged", .integer, .notNull, "Rows unchanged")
        case .warnings: ColumnDeclaration("warnings", .textArray, .notNull, "Warnings")
        case .importedAt: ColumnDeclaration("imported_at", .timestamp, .notNull, "When the row was imported (UTC)")
        }
    }
}
