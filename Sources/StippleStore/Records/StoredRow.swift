import Foundation
import SQLKit
import StippleCore

/// One table's columns in a row of a read, decoded through SQLKit. The single reads select a
/// table's own columns; the journey read (`Store.journeyBundle`) names each joined table's
/// columns with a prefix (`c_name` for the clinic's `name`), which `prefix` adds.
///
/// A value that cannot be read as what it should be (an unknown tier, a date that is not one,
/// answers that do not decode) is a `StoredDataError` naming the table and column, never a
/// default: reading on would show health data that is not there.
struct StoredRow {
    let row: any SQLRow
    let table: String
    var prefix = ""

    /// The column's value, as the driver decodes it (optionals read NULL as nil).
    func value<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        do { return try row.decode(column: prefix + column, as: T.self) }
        catch { throw StoredDataError(table: table, column: column) }
    }

    /// A stored code (`"lead-technician"`) as the enum it names.
    func code<T: RawRepresentable>(_ column: String, as type: T.Type = T.self) throws -> T where T.RawValue == String {
        try storedValue(try value(column, as: String.self), table, column)
    }

    /// An optional code: NULL is nil, an unknown code an error.
    func optionalCode<T: RawRepresentable>(_ column: String, as type: T.Type = T.self) throws -> T? where T.RawValue == String {
        try storedValue(try value(column, as: String?.self), table, column)
    }

    /// A day stored as ISO text (`2026-11-20`).
    func day(_ column: String) throws -> LocalDate {
        try storedDate(try value(column, as: String.self), table, column)
    }

    /// Codes stored comma-separated (`crown,hairline`).
    func codes<T: RawRepresentable>(_ column: String, as type: T.Type = T.self) throws -> [T] where T.RawValue == String {
        try value(column, as: String.self).split(separator: ",").map { try storedValue(String($0), table, column) }
    }

    /// Free texts stored comma-separated.
    func texts(_ column: String) throws -> [String] {
        try value(column, as: String.self).split(separator: ",").map(String.init)
    }

    /// A JSON object stored as text (check-in answers, screening).
    func json<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        do { return try JSONDecoder().decode(T.self, from: Data(try value(column, as: String.self).utf8)) }
        catch { throw StoredDataError(table: table, column: column) }
    }
}
