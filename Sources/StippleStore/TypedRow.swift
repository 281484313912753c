import Foundation
import PostgresNIO
import SQLiteNIO
import SQLKit

/// A row read by column name into plain types, without `Decodable`.
///
/// SQLKit's `decode(column:as:)` goes through the `Decodable` machinery for every column, which
/// was a tenth of a client page's time for the sixty columns of a journey read. The hot reads
/// (`Store.journeyBundle`) use this instead; each store's rows implement it directly, and
/// `SQLRowValues` falls back to SQLKit for any other row.
protocol TypedRow {
    func has(_ column: String) -> Bool
    func isNull(_ column: String) throws -> Bool
    func string(_ column: String) throws -> String
    func int(_ column: String) throws -> Int
    func double(_ column: String) throws -> Double
    func bool(_ column: String) throws -> Bool
    func date(_ column: String) throws -> Date
    func uuid(_ column: String) throws -> UUID
}

extension TypedRow {
    func optionalString(_ column: String) throws -> String? { try isNull(column) ? nil : string(column) }
    func optionalInt(_ column: String) throws -> Int? { try isNull(column) ? nil : int(column) }
    func optionalDate(_ column: String) throws -> Date? { try isNull(column) ? nil : date(column) }
}

struct RowReadError: Error, CustomStringConvertible {
    var column: String
    var expected: String
    var description: String { "column \(column): not \(expected)" }
}

/// Any SQLKit row, through its `Decodable` reads (the in-memory SQLite of the tests).
struct SQLRowValues: TypedRow {
    let row: any SQLRow
    func has(_ column: String) -> Bool { row.contains(column: column) }
    func isNull(_ column: String) throws -> Bool { try row.decodeNil(column: column) }
    func string(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
    func int(_ column: String) throws -> Int { try row.decode(column: column, as: Int.self) }
    func double(_ column: String) throws -> Double { try row.decode(column: column, as: Double.self) }
    func bool(_ column: String) throws -> Bool { try row.decode(column: column, as: Bool.self) }
    func date(_ column: String) throws -> Date { try row.decode(column: column, as: Date.self) }
    func uuid(_ column: String) throws -> UUID { try row.decode(column: column, as: UUID.self) }
}

/// A PostgreSQL row, decoded cell by cell with PostgresNIO's own decoders. The rows of one result
/// share one index of their columns: looking a name up in each row's own table took twice the
/// hashing (`contains`, then the subscript).
struct PostgresRowValues: TypedRow {
    let row: PostgresRandomAccessRow
    let columns: PostgresColumnIndex

    init(_ row: PostgresRow, columns: PostgresColumnIndex) {
        self.row = row.makeRandomAccess()
        self.columns = columns
    }

    /// Every row of a result, with one index.
    static func all(_ rows: [PostgresRow]) -> [PostgresRowValues] {
        guard let first = rows.first else { return [] }
        let columns = PostgresColumnIndex(first)
        return rows.map { PostgresRowValues($0, columns: columns) }
    }

    private func cell(_ column: String) throws -> PostgresCell {
        guard let index = columns.positions[column] else { throw RowReadError(column: column, expected: "in the result") }
        return row[index]
    }
    func has(_ column: String) -> Bool { columns.positions[column] != nil }
    func isNull(_ column: String) throws -> Bool { try cell(column).bytes == nil }
    func string(_ column: String) throws -> String { try cell(column).decode(String.self) }
    func int(_ column: String) throws -> Int { try cell(column).decode(Int.self) }
    func double(_ column: String) throws -> Double { try cell(column).decode(Double.self) }
    func bool(_ column: String) throws -> Bool { try cell(column).decode(Bool.self) }
    func date(_ column: String) throws -> Date { try cell(column).decode(Date.self) }
    func uuid(_ column: String) throws -> UUID { try cell(column).decode(UUID.self) }
}

/// Where each column of a result is; of equal names the last wins, as in PostgresNIO.
final class PostgresColumnIndex: Sendable {
    let positions: [String: Int]

    init(_ row: PostgresRow) {
        var positions: [String: Int] = [:]
        for (position, cell) in row.enumerated() { positions[cell.columnName] = position }
        self.positions = positions
    }
}

/// A row of `SQLiteReadConnections`, converted as sqlite-nio converts its values: booleans are
/// integers, dates seconds since 1970 as a real (or ISO 8601 text), UUIDs text.
struct SQLiteRowValues: TypedRow {
    let row: SQLiteReadRow

    private func value(_ column: String) throws -> SQLiteData {
        guard let index = row.columns.index[column] else { throw RowReadError(column: column, expected: "in the result") }
        return row.values[index]
    }
    func has(_ column: String) -> Bool { row.columns.index[column] != nil }
    func isNull(_ column: String) throws -> Bool { try value(column) == .null }
    func string(_ column: String) throws -> String {
        guard case let .text(text) = try value(column) else { throw RowReadError(column: column, expected: "text") }
        return text
    }
    func int(_ column: String) throws -> Int {
        guard case let .integer(number) = try value(column) else { throw RowReadError(column: column, expected: "an integer") }
        return Int(number)
    }
    func double(_ column: String) throws -> Double {
        switch try value(column) {
        case let .float(number): return number
        case let .integer(number): return Double(number)
        default: throw RowReadError(column: column, expected: "a number")
        }
    }
    func bool(_ column: String) throws -> Bool {
        guard case let .integer(number) = try value(column) else { throw RowReadError(column: column, expected: "a boolean") }
        return number != 0
    }
    func date(_ column: String) throws -> Date {
        let data = try value(column)
        guard let date = Date(sqliteData: data) else { throw RowReadError(column: column, expected: "a date") }
        return date
    }
    func uuid(_ column: String) throws -> UUID {
        let text = try string(column)
        guard let uuid = UUIDText.parse(text) ?? UUID(uuidString: text) else {
            throw RowReadError(column: column, expected: "a UUID")
        }
        return uuid
    }
}

/// The fastest typed view of a row this store knows.
func typed(_ row: any SQLRow) -> any TypedRow {
    if let row = row as? SQLiteReadRow { return SQLiteRowValues(row: row) }
    return SQLRowValues(row: row)
}
