import Foundation
import SQLKit

/// A record read from one table's row: its columns are listed once, in its mapping, and both
/// the single reads and the journey read (`Store.journeyBundle`) go through it.
protocol StoredRecord {
    static var table: String { get }
    static var columns: [String] { get }
    init(_ r: StoredRow) throws
}

extension StoredRecord {
    /// The record in `row`, its columns named with `prefix` (see `StoredRow`).
    init(row: any SQLRow, prefix: String = "") throws {
        try self.init(StoredRow(row: row, table: Self.table, prefix: prefix))
    }

    /// `SELECT` of the record's columns from its table.
    static func select(on sql: any SQLDatabase) -> SQLSelectBuilder {
        sql.select().columns(columns.map { SQLIdentifier($0) }).from(table)
    }

    /// The record's columns of the table aliased `alias`, each named `alias_column`, for a join.
    static func prefixedColumns(_ alias: String) -> String {
        columns.map { "\(alias).\($0) AS \(alias)_\($0)" }.joined(separator: ", ")
    }
}
