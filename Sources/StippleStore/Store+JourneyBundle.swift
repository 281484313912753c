import Foundation
import SQLKit
import StippleCore

/// A journey with the clinic, client and session it belongs to: what every journey request needs.
public struct JourneyBundle: Sendable, Equatable {
    /// How much of a journey a read brings: the photos are for the pages that show them.
    public enum Depth: String, Sendable, CaseIterable {
        case journey, checkIns, checkInsAndPhotos
    }

    public var journey: JourneyRecord
    public var clinic: Clinic
    public var client: ClientRecord
    public var session: TreatmentSession
    /// Read only as deep as asked for (`Depth`): the check-ins oldest first, and their photos.
    public var checkIns: [StoredCheckIn] = []
    public var photos: [StoredPhoto] = []
}

extension Store {
    /// The journey and its clinic, client and session, and as deep as `depth` asks its check-ins
    /// and their photos, in one query: the read behind every journey page and check-in. Each
    /// record is read from its prefixed columns by its own mapping (`Rows/`).
    public func journeyBundle(_ id: UUID, depth: JourneyBundle.Depth = .journey) async throws -> JourneyBundle? {
        let rows = try await sql.raw(Self.bundleQuery(depth, from: "FROM journeys j", where: "WHERE j.id = \(bind: id)")).all()
        return try Self.bundle(rows, depth: depth)
    }

    /// The same for the journey a client's link opens: unrevoked and unexpired at `now`.
    public func journeyBundle(linkHash: String, now: Date, depth: JourneyBundle.Depth = .journey) async throws -> JourneyBundle? {
        let rows = try await sql.raw(Self.bundleQuery(
            depth, from: "FROM journey_links l JOIN journeys j ON j.id = l.journey_id",
            where: "WHERE l.token_hash = \(bind: linkHash) AND l.revoked_at IS NULL AND l.expires_at > \(bind: now)")).all()
        return try Self.bundle(rows, depth: depth)
    }

    /// The journey's row joined with its clinic (`c_`), client (`k_`) and session (`s_`), and as
    /// deep as asked a row per check-in (`ci_`) and photo (`p_`), oldest first.
    static func bundleQuery(_ depth: JourneyBundle.Depth, from: SQLQueryString, where filter: SQLQueryString) -> SQLQueryString {
        let checkIns = depth != .journey, photos = depth == .checkInsAndPhotos
        var columns = [JourneyRecord.prefixedColumns("j"), Clinic.prefixedColumns("c"), ClientRecord.prefixedColumns("k"),
                       TreatmentSession.prefixedColumns("s")]
        if checkIns { columns += [StoredCheckIn.prefixedColumns("ci"), "a.acknowledged_at AS ci_seen_at"] }
        if photos { columns.append(StoredPhoto.prefixedColumns("p")) }
        var query: SQLQueryString = "SELECT \(unsafeRaw: columns.joined(separator: ", ")) "
        query += from
        query += " JOIN clinics c ON c.id = j.clinic_id JOIN clients k ON k.id = j.client_id"
        query += " JOIN treatment_sessions s ON s.id = j.session_id"
        if checkIns { query += " LEFT JOIN check_ins ci ON ci.journey_id = j.id LEFT JOIN alerts a ON a.check_in_id = ci.id" }
        if photos { query += " LEFT JOIN check_in_photos p ON p.check_in_id = ci.id" }
        query += " "
        query += filter
        if checkIns { query += " ORDER BY ci.day, ci.recorded_at, ci.id" }
        if photos { query += ", p.view" }
        return query
    }

    static func bundle(_ rows: [any SQLRow], depth: JourneyBundle.Depth) throws -> JourneyBundle? {
        guard let first = rows.first else { return nil }
        var bundle = JourneyBundle(
            journey: try JourneyRecord(row: first, prefix: "j_"), clinic: try Clinic(row: first, prefix: "c_"),
            client: try ClientRecord(row: first, prefix: "k_"), session: try TreatmentSession(row: first, prefix: "s_"))
        guard depth != .journey else { return bundle }
        for row in rows {
            // A journey without check-ins has one row with NULLs there; so has a check-in without
            // photos, and a check-in with several photos has a row for each.
            if try !row.decodeNil(column: "ci_id") {
                let checkIn = try StoredCheckIn(row: row, prefix: "ci_")
                if bundle.checkIns.last?.id != checkIn.id { bundle.checkIns.append(checkIn) }
            }
            if depth == .checkInsAndPhotos, try !row.decodeNil(column: "p_id") {
                bundle.photos.append(try StoredPhoto(row: row, prefix: "p_"))
            }
        }
        return bundle
    }
}
