import Foundation
import SQLiteKit
import SQLiteNIO
import SQLKit
import Synchronization
// The SQLite library that sqlite-nio compiles in. Reads must go through this same copy: two
// copies of SQLite in one process do not see each other's file locks, which corrupts a database.
import VaporCSQLite

/// Read-only SQLite connections that keep their prepared statements, for the reads behind every
/// client page.
///
/// The driver prepares each query anew and runs it on a thread pool: for the journey read that
/// was the largest single cost of a page (parsing and planning a join of up to eight tables,
/// about a sixth of the server's time), and the hop to the pool and back cost as much as the read.
/// Here a statement is prepared once per connection and run where the request already runs: a
/// read of an indexed row from a database in WAL mode never waits for a writer, and its pages
/// are mapped in memory (`mmap_size`), so it costs microseconds of CPU like the rest of the
/// request. Writes never come here.
public final class SQLiteReadConnections: Sendable {
    private let path: String
    private let idle = Mutex<[Connection]>([])
    private let closed = Atomic<Bool>(false)
    /// Connections kept open when idle; more are opened under a burst and closed after it.
    private let keep: Int

    /// `path` is a database file that exists and is in WAL mode (`DatabaseSetup.prepare`).
    public init(path: String, keep: Int = 8) {
        self.path = path
        self.keep = keep
    }

    /// Runs `sql` with `binds` and returns its rows. Binds are encoded as the driver encodes them,
    /// and rows decode as the driver's rows do, so callers read the same values either way.
    func rows(_ sql: String, _ binds: [any Encodable & Sendable]) throws -> [SQLiteReadRow] {
        let encoder = SQLiteDataEncoder()
        let data = try binds.map { try encoder.encode($0) }
        let connection = try take()
        defer { give(connection) }
        return try connection.run(sql, data)
    }

    /// Closes every idle connection; later reads fail.
    public func close() {
        closed.store(true, ordering: .sequentiallyConsistent)
        let all = idle.withLock { connections in
            defer { connections.removeAll() }
            return connections
        }
        for connection in all { connection.close() }
    }

    private func take() throws -> Connection {
        guard !closed.load(ordering: .sequentiallyConsistent) else {
            throw SQLiteReadError(message: "the read connections are closed")
        }
        if let connection = idle.withLock({ $0.popLast() }) { return connection }
        return try Connection(path: path)
    }

    private func give(_ connection: Connection) {
        let kept = idle.withLock { connections -> Bool in
            guard connections.count < keep, !closed.load(ordering: .sequentiallyConsistent) else { return false }
            connections.append(connection)
            return true
        }
        if !kept { connection.close() }
    }
}

struct SQLiteReadError: Error, CustomStringConvertible {
    var message: String
    var description: String { "SQLite read: \(message)" }
}

/// One connection and its statements. Used by one request at a time: the pool hands it out and
/// takes it back, which is what makes the unchecked `Sendable` hold.
private final class Connection: @unchecked Sendable {
    private var handle: OpaquePointer?
    private var statements: [String: Statement] = [:]

    init(path: String) throws {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        let opened = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard opened == SQLITE_OK, let handle else {
            let message = handle.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "open failed"
            sqlite_nio_sqlite3_close_v2(handle)
            throw SQLiteReadError(message: message)
        }
        self.handle = handle
        // A checkpoint can hold readers off for a moment; wait for it rather than fail.
        sqlite_nio_sqlite3_busy_timeout(handle, 5_000)
        for pragma in ["PRAGMA query_only = 1", "PRAGMA cache_size = -32768", "PRAGMA mmap_size = 1073741824"] {
            sqlite_nio_sqlite3_exec(handle, pragma, nil, nil, nil)
        }
    }

    func run(_ sql: String, _ binds: [SQLiteData]) throws -> [SQLiteReadRow] {
        let statement = try statement(sql)
        // Every parameter is bound again on each run, so old bindings are never cleared:
        // `sqlite3_clear_bindings` marks a statement whose plan looked at a parameter as expired,
        // and the next step would prepare it all over again.
        defer { sqlite_nio_sqlite3_reset(statement.handle) }
        for (index, value) in binds.enumerated() {
            try check(bind(value, at: Int32(index + 1), to: statement.handle))
        }
        var rows: [SQLiteReadRow] = []
        while true {
            let stepped = sqlite_nio_sqlite3_step(statement.handle)
            if stepped == SQLITE_DONE { break }
            guard stepped == SQLITE_ROW else { try check(stepped); break }
            if rows.isEmpty { statement.refreshColumnsIfReprepared() }
            rows.append(SQLiteReadRow(columns: statement.columns, values: (0..<Int32(statement.columns.names.count)).map {
                value(statement.handle, $0)
            }))
        }
        return rows
    }

    func close() {
        for statement in statements.values { sqlite_nio_sqlite3_finalize(statement.handle) }
        statements.removeAll()
        sqlite_nio_sqlite3_close_v2(handle)
        handle = nil
    }

    private func statement(_ sql: String) throws -> Statement {
        if let statement = statements[sql] { return statement }
        var prepared: OpaquePointer?
        try check(sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil))
        guard let prepared else { throw SQLiteReadError(message: "empty statement") }
        let statement = Statement(handle: prepared)
        statements[sql] = statement
        return statement
    }

    private func bind(_ value: SQLiteData, at index: Int32, to statement: OpaquePointer) -> Int32 {
        switch value {
        case let .integer(v): sqlite_nio_sqlite3_bind_int64(statement, index, Int64(v))
        case let .float(v): sqlite_nio_sqlite3_bind_double(statement, index, v)
        case let .text(v): sqlite_nio_sqlite3_bind_text64(statement, index, v, UInt64(v.utf8.count), transient, UInt8(SQLITE_UTF8))
        case let .blob(v): v.withUnsafeReadableBytes {
            sqlite_nio_sqlite3_bind_blob64(statement, index, $0.baseAddress, UInt64($0.count), transient)
        }
        case .null: sqlite_nio_sqlite3_bind_null(statement, index)
        }
    }

    private func value(_ statement: OpaquePointer, _ index: Int32) -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .integer(SQLiteInt64(sqlite_nio_sqlite3_column_int64(statement, index)))
        case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(statement, index))
        case SQLITE_TEXT:
            guard let text = sqlite_nio_sqlite3_column_text(statement, index) else { return .null }
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite_nio_sqlite3_column_bytes(statement, index))
            guard let bytes = sqlite_nio_sqlite3_column_blob(statement, index) else { return .blob(ByteBuffer()) }
            return .blob(ByteBuffer(bytes: UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }

    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK else { return }
        let message = sqlite_nio_sqlite3_errmsg(handle).map { String(cString: $0) } ?? "error \(code)"
        throw SQLiteReadError(message: message)
    }
}

private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

private final class Statement {
    let handle: OpaquePointer
    private(set) var columns: ReadColumns
    private var reprepared: Int32

    init(handle: OpaquePointer) {
        self.handle = handle
        self.columns = Statement.columns(of: handle)
        self.reprepared = Statement.reprepareCount(handle)
    }

    /// SQLite prepares a statement again by itself when the schema changed since (a migration, or
    /// a schema this connection had not read yet), and its columns may change with it.
    func refreshColumnsIfReprepared() {
        let count = Statement.reprepareCount(handle)
        guard count != reprepared else { return }
        reprepared = count
        columns = Statement.columns(of: handle)
    }

    private static func columns(of handle: OpaquePointer) -> ReadColumns {
        ReadColumns(names: (0..<sqlite_nio_sqlite3_column_count(handle)).map {
            String(cString: sqlite_nio_sqlite3_column_name(handle, $0))
        })
    }

    private static func reprepareCount(_ handle: OpaquePointer) -> Int32 {
        sqlite_nio_sqlite3_stmt_status(handle, Int32(SQLITE_STMTSTATUS_REPREPARE), 0)
    }
}

/// A statement's column names, shared by all its rows.
final class ReadColumns: Sendable {
    let names: [String]
    let index: [String: Int]

    init(names: [String]) {
        self.names = names
        self.index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A row as `SQLRow`, decoded as the driver decodes its rows (`SQLiteRowValues` reads it faster).
struct SQLiteReadRow: SQLRow {
    let columns: ReadColumns
    let values: [SQLiteData]

    var allColumns: [String] { columns.names }
    func contains(column: String) -> Bool { columns.index[column] != nil }
    func decodeNil(column: String) throws -> Bool {
        guard let i = columns.index[column] else { return true }
        return values[i] == .null
    }
    func decode<D: Decodable>(column: String, as: D.Type) throws -> D {
        guard let i = columns.index[column] else { throw SQLiteReadError(message: "no column \(column)") }
        return try SQLiteDataDecoder().decode(D.self, from: values[i])
    }
}
