import FluentKit
import SQLKit
import StippleCore

/// Red check-ins route to an emergency call or to same-day urgent care. A clinic gets its
/// urgent-care advice (where its clients go for a fever or fast-spreading redness; existing
/// clinics get their country's default, and `journey_bundles` is rebuilt to carry it), and an
/// alert keeps the route its check-in was given.
struct AddUrgentCareRouting: AsyncMigration {
    func prepare(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await db.schema(AlertRows.table).field("route", .string).update()
        try await db.schema(ClinicModel.schema).field("urgent_care_advice", .string).update()
        struct Row: Decodable { var id: UUID; var country: String; var language: String }
        for row in try await sql.select().columns("id", "country", "language").from(ClinicModel.schema).all(decoding: Row.self) {
            guard let language = Language(rawValue: row.language) else {
                throw StoredDataError(table: ClinicModel.schema, column: "language")
            }
            try await sql.update(ClinicModel.schema)
                .set("urgent_care_advice", to: UrgentCareAdvice.forCountry(row.country, language: language))
                .where("id", .equal, row.id).run()
        }
        try await sql.raw("DROP VIEW journey_bundles").run()
        try await sql.raw("""
            CREATE VIEW journey_bundles AS
            SELECT j.id AS j_id, j.session_id AS j_session_id, j.client_id AS j_client_id, j.clinic_id AS j_clinic_id,
                   j.session_date AS j_session_date, j.time_zone AS j_time_zone, j.protocol_version AS j_protocol_version,
                   c.name AS c_name, c.address AS c_address, c.country AS c_country, c.time_zone AS c_time_zone,
                   c.language AS c_language, c.emergency_number AS c_emergency_number,
                   c.urgent_care_advice AS c_urgent_care_advice,
                   c.protocol_version AS c_protocol_version, c.phone AS c_phone, c.email AS c_email,
                   c.reminder_hour AS c_reminder_hour, c.missed_check_in_hour AS c_missed_check_in_hour,
                   c.quiet_from AS c_quiet_from, c.quiet_until AS c_quiet_until,
                   k.id_checked_by AS k_id_checked_by, k.full_name AS k_full_name, k.date_of_birth AS k_date_of_birth,
                   k.id_checked_on AS k_id_checked_on, k.email AS k_email, k.phone AS k_phone,
                   k.hair_loss_condition AS k_hair_loss_condition, k.sex AS k_sex, k.skin_type AS k_skin_type,
                   k.oily_skin AS k_oily_skin, k.thick_skin AS k_thick_skin, k.friction AS k_friction,
                   k.screening AS k_screening, k.funding AS k_funding, k.referral AS k_referral,
                   k.created_at AS k_created_at,
                   s.technician_id AS s_technician_id, s.session_number AS s_session_number,
                   s.started_at AS s_started_at, s.ended_at AS s_ended_at, s.zones AS s_zones,
                   s.needle_type AS s_needle_type, s.needle_size AS s_needle_size, s.depth AS s_depth,
                   s.dot_density AS s_dot_density, s.pigment_product AS s_pigment_product,
                   s.pigment_batch AS s_pigment_batch, s.anaesthetic AS s_anaesthetic, s.pain_relief AS s_pain_relief,
                   s.breaks AS s_breaks, s.pain_reported AS s_pain_reported, s.bleeding AS s_bleeding, s.notes AS s_notes
            FROM journeys j
            JOIN clinics c ON c.id = j.clinic_id
            JOIN clients k ON k.id = j.client_id
            JOIN treatment_sessions s ON s.id = j.session_id
            """).run()
    }

    func revert(on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("DROP VIEW journey_bundles").run()
        try await CreateJourneyBundleView().prepare(on: db)
        try await db.schema(ClinicModel.schema).deleteField("urgent_care_advice").update()
        try await db.schema(AlertRows.table).deleteField("route").update()
    }
}
