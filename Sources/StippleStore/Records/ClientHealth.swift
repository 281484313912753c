import Foundation
import SQLKit
import StippleCore

/// A client's health data as it stands: the current screening and the technician's assessment
/// of the skin. Only staff with health access read it (never reception).
public struct ClientHealth: Sendable, Equatable, Codable {
    public var screening: ScreeningRecord
    /// Fitzpatrick type 1–6, when assessed.
    public var skinType: Int?
    public var thickSkin: Bool
    public var updatedAt: Date
}

extension ClientHealth {
    static let table = "client_health"

    /// The columns of `client_health` beside the screening's.
    static let columns = ["skin_type", "thick_skin", "updated_at"]

    /// The columns of both tables for a join, `h` and `sc` the aliases of `client_health` and
    /// `screenings`, named `h_…` and `sc_…`.
    static let joinedColumns = columns.map { "h.\($0) AS h_\($0)" }.joined(separator: ", ") + ", "
        + ScreeningRecord.prefixedColumns("sc")

    /// The joins that bring them, beside a client aliased `k`.
    static let joins = "LEFT JOIN client_health h ON h.client_id = k.id LEFT JOIN screenings sc ON sc.id = h.screening_id"

    /// The health in a row that joined `client_health` (prefix `healthPrefix`) and its screening
    /// (prefix `screeningPrefix`); nil where the client has not been screened.
    init?(row: any SQLRow, healthPrefix: String, screeningPrefix: String) throws {
        guard try !row.decodeNil(column: screeningPrefix + "id") else { return nil }
        let r = StoredRow(row: row, table: Self.table, prefix: healthPrefix)
        self.init(screening: try ScreeningRecord(row: row, prefix: screeningPrefix), skinType: try r.value("skin_type"),
                  thickSkin: try r.value("thick_skin"), updatedAt: try r.value("updated_at"))
    }
}
