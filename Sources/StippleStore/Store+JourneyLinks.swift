import FluentKit
import Foundation
import SQLKit

enum JourneyLinkStore {
    static let table = "journey_links"
}

extension Store {
    /// Stores a new link for `journey` and revokes every earlier one in the same transaction, so
    /// a journey has at most one working link.
    public func issueJourneyLink(journey: UUID, tokenHash: String, sealedToken: String? = nil, now: Date,
                                 expiresAt: Date) async throws -> JourneyLink {
        let id = UUID()
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.update(JourneyLinkStore.table)
                .set("revoked_at", to: SQLBind(now))
                .where("journey_id", .equal, journey).where("revoked_at", .is, SQLLiteral.null)
                .run()
            try await sql.insert(into: JourneyLinkStore.table)
                .columns("id", "journey_id", "token_hash", "sealed_token", "created_at", "expires_at")
                .values(SQLBind(id), SQLBind(journey), SQLBind(tokenHash), SQLBind(sealedToken), SQLBind(now), SQLBind(expiresAt))
                .run()
        }
        return JourneyLink(id: id, journeyID: journey, createdAt: now, expiresAt: expiresAt, revokedAt: nil)
    }

    /// Revokes the journey's working link, if any; returns how many were revoked.
    @discardableResult
    public func revokeJourneyLinks(journey: UUID, now: Date) async throws -> Int {
        let open = try await sql.select().column("id").from(JourneyLinkStore.table)
            .where("journey_id", .equal, journey).where("revoked_at", .is, SQLLiteral.null)
            .all().count
        guard open > 0 else { return 0 }
        try await sqlWriter.update(JourneyLinkStore.table)
            .set("revoked_at", to: SQLBind(now))
            .where("journey_id", .equal, journey).where("revoked_at", .is, SQLLiteral.null)
            .run()
        return open
    }

    /// The journey a link opens: unrevoked and not yet expired at `now`, or nil.
    public func journeyID(linkHash: String, now: Date) async throws -> UUID? {
        guard let row = try await sql.select().column("journey_id").column("expires_at").from(JourneyLinkStore.table)
            .where("token_hash", .equal, linkHash).where("revoked_at", .is, SQLLiteral.null)
            .limit(1).first()
        else { return nil }
        let expires = try row.decode(column: "expires_at", as: Date.self)
        guard expires > now else { return nil }
        return try row.decode(column: "journey_id", as: UUID.self)
    }

    /// The journey's links, newest first (staff see whether the client's link works).
    public func journeyLinks(journey: UUID) async throws -> [JourneyLink] {
        try await sql.select().column("*").from(JourneyLinkStore.table).where("journey_id", .equal, journey)
            .orderBy("created_at", .descending).all()
            .map { row in
                JourneyLink(id: try row.decode(column: "id", as: UUID.self),
                            journeyID: try row.decode(column: "journey_id", as: UUID.self),
                            createdAt: try row.decode(column: "created_at", as: Date.self),
                            expiresAt: try row.decode(column: "expires_at", as: Date.self),
                            revokedAt: try row.decode(column: "revoked_at", as: Date?.self))
            }
    }

    /// The client's most recent journey (the one a new link should open).
    public func latestJourney(client: UUID) async throws -> JourneyRecord? {
        try await journeys(client: client).last
    }
}
