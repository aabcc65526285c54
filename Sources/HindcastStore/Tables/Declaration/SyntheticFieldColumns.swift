/// The three columns of a synthetic-field list (migration `v5-synthetic-field-bits`): the JSON
/// column readers see, generated from the two stored ones that come last in the table.
extension ColumnDeclaration {
    /// The list `name` (JSON text of names), generated from `name_bits` and `name_text`.
    public static func syntheticFieldList(_ name: String, description: String) -> ColumnDeclaration {
        ColumnDeclaration(
            name, .textArray, .notNull, description,
            generated: SyntheticFieldList.generatedSQL(bits: "\(name)_bits", text: "\(name)_text"))
    }

    /// `name_bits`: the list's bits over `SyntheticFieldList.vocabulary`.
    public static func syntheticFieldBits(of name: String) -> ColumnDeclaration {
        ColumnDeclaration(
            "\(name)_bits", .integer, .notNull,
            "Storage of \(name): bit i set when the list holds the i-th name of the frozen vocabulary",
            default: "0", encoding: .syntheticFieldBits(of: name))
    }

    /// `name_text`: the list's JSON text when the bits cannot spell it.
    public static func syntheticFieldText(of name: String) -> ColumnDeclaration {
        ColumnDeclaration(
            "\(name)_text", .json, .nullable,
            "Storage of \(name) when its bits cannot spell it (another order or name): the JSON text; else NULL",
            encoding: .syntheticFieldText(of: name))
    }
}
