import FluentKit
import SQLKit

/// Health data leaves `clients`, which reception reads, for tables only health access reads.
/// `screenings` keeps every completed questionnaire as answered (never edited); `client_health`
/// points at the client's current screening and holds the technician's skin assessment.
/// Screenings recorded before the questionnaire move as version "0", entered by staff (the
/// screening's id is the client's, which is unique in its own table).
struct CreateScreenings: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("screenings")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("version", .string, .required)
            .field("language", .string, .required)
            .field("answers", .string, .required)
            .field("hair_loss_condition", .string, .required)
            .field("sex", .string)
            .field("oily_skin", .bool, .required)
            .field("friction", .string, .required)
            .field("confirmed_name", .string)
            .field("channel", .string, .required)
            .field("completed_at", .datetime, .required)
            .field("recorded_by", .uuid, .references("staff", "id"))
            .field("remote_address", .string)
            .field("user_agent", .string)
            .create()
        try await db.schema("client_health")
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("screening_id", .uuid, .required, .references("screenings", "id"))
            .field("skin_type", .int)
            .field("thick_skin", .bool, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "client_id")
            .create()
        let sql = db as! any SQLDatabase
        try await sql.create(index: "screenings_client_idx").on("screenings").column("client_id").column("completed_at").run()
        try await sql.raw("""
            INSERT INTO screenings (id, client_id, version, language, answers, hair_loss_condition, sex, oily_skin, friction,
                                    channel, completed_at, recorded_by)
            SELECT k.id, k.id, '0', c.language, k.screening, k.hair_loss_condition, k.sex, k.oily_skin, k.friction,
                   'staff', k.created_at, k.id_checked_by
            FROM clients k JOIN clinics c ON c.id = k.clinic_id
            """).run()
        try await sql.raw("""
            INSERT INTO client_health (client_id, screening_id, skin_type, thick_skin, updated_at)
            SELECT id, id, skin_type, thick_skin, created_at FROM clients
            """).run()
        for column in Self.moved {
            try await sql.raw("ALTER TABLE clients DROP COLUMN \(unsafeRaw: column)").run()
        }
    }

    static let moved = ["hair_loss_condition", "sex", "skin_type", "oily_skin", "thick_skin", "friction", "screening"]

    func revert(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for (column, type) in [("hair_loss_condition", "TEXT"), ("sex", "TEXT"), ("skin_type", "INTEGER"), ("oily_skin", "BOOLEAN"),
                               ("thick_skin", "BOOLEAN"), ("friction", "TEXT"), ("screening", "TEXT")] {
            try await sql.raw("ALTER TABLE clients ADD COLUMN \(unsafeRaw: column) \(unsafeRaw: type)").run()
        }
        try await sql.raw("""
            UPDATE clients SET
              hair_loss_condition = (SELECT s.hair_loss_condition FROM client_health h JOIN screenings s ON s.id = h.screening_id WHERE h.client_id = clients.id),
              sex = (SELECT s.sex FROM client_health h JOIN screenings s ON s.id = h.screening_id WHERE h.client_id = clients.id),
              oily_skin = (SELECT s.oily_skin FROM client_health h JOIN screenings s ON s.id = h.screening_id WHERE h.client_id = clients.id),
              friction = (SELECT s.friction FROM client_health h JOIN screenings s ON s.id = h.screening_id WHERE h.client_id = clients.id),
              screening = (SELECT s.answers FROM client_health h JOIN screenings s ON s.id = h.screening_id WHERE h.client_id = clients.id),
              skin_type = (SELECT h.skin_type FROM client_health h WHERE h.client_id = clients.id),
              thick_skin = (SELECT h.thick_skin FROM client_health h WHERE h.client_id = clients.id)
            """).run()
        try await db.schema("client_health").delete()
        try await db.schema("screenings").delete()
    }
}
