import GRDB

extension Fingerprint {
    /// Mixes in every value of a database row in column order, NULL distinct from text.
    public mutating func add(row: Row) {
        for value in row.databaseValues {
            add(value.isNull ? nil : value.description)
        }
    }
}
