import StippleCore

/// A stored value that cannot be read as what it should be: an unknown tier, a date that is not
/// a date, screening answers that do not decode. Reading on with a default would show health
/// data that is not there (a green tier, "nothing disclosed", day 0), so the read fails instead.
/// The description names the table and column, never the value: it may be health data.
public struct StoredDataError: Error, Equatable, CustomStringConvertible {
    public var table: String
    public var column: String

    public init(table: String, column: String) {
        self.table = table
        self.column = column
    }

    public var description: String { "stored \(table).\(column) cannot be read" }
}

/// `raw` read as `T`, or a `StoredDataError` naming where it was stored.
func storedValue<T: RawRepresentable>(_ raw: T.RawValue, _ table: String, _ column: String) throws -> T {
    guard let value = T(rawValue: raw) else { throw StoredDataError(table: table, column: column) }
    return value
}

/// `raw`, when not nil, read as `T`; a value that is there but unknown is an error, not nil.
func storedValue<T: RawRepresentable>(_ raw: T.RawValue?, _ table: String, _ column: String) throws -> T? {
    try raw.map { try storedValue($0, table, column) as T }
}

/// A stored ISO date (`2026-11-20`), or a `StoredDataError`.
func storedDate(_ iso: String, _ table: String, _ column: String) throws -> LocalDate {
    guard let date = LocalDate(iso: iso) else { throw StoredDataError(table: table, column: column) }
    return date
}
