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
    /// The client's health as it stands; a journey is only charted for a screened client.
    public var health: ClientHealth
    public var session: TreatmentSession
    /// Read only as deep as asked for (`Depth`): the check-ins oldest first, and their photos.
    public var checkIns: [StoredCheckIn] = []
    public var photos: [StoredPhoto] = []
}

extension Store {
    /// The journey and its clinic, client and session, and as deep as `depth` asks its check-ins
    /// and their photos, in one query (`JourneyRead`): the read behind every journey page and
    /// check-in. Each record is read from its prefixed columns by its own mapping (`Records/`).
    public func journeyBundle(_ id: UUID, depth: JourneyBundle.Depth = .journey) async throws -> JourneyBundle? {
        try Self.bundle(try await journeyRows(.id(id), depth), depth: depth)
    }

    /// The same for the journey a client's link opens: unrevoked and unexpired at `now`.
    public func journeyBundle(linkHash: String, now: Date, depth: JourneyBundle.Depth = .journey) async throws -> JourneyBundle? {
        try Self.bundle(try await journeyRows(.link(hash: linkHash, at: now), depth), depth: depth)
    }

    static func bundle(_ rows: [any SQLRow], depth: JourneyBundle.Depth) throws -> JourneyBundle? {
        guard let first = rows.first else { return nil }
        guard let health = try ClientHealth(row: first, healthPrefix: "h_", screeningPrefix: "sc_") else {
            throw StoredDataError(table: ClientHealth.table, column: "client_id")
        }
        var bundle = JourneyBundle(
            journey: try JourneyRecord(row: first, prefix: "j_"), clinic: try Clinic(row: first, prefix: "c_"),
            client: try ClientRecord(row: first, prefix: "k_"), health: health, session: try TreatmentSession(row: first, prefix: "s_"))
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
