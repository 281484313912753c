import FluentKit
import SQLKit

/// Applications to open a clinic as a partner, from the public site, and every move of one
/// through the pipeline with who moved it and when, numbered in order.
struct CreatePartnerApplications: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("partner_applications")
            .id()
            .field("full_name", .string, .required)
            .field("email", .string)
            .field("phone", .string)
            .field("country", .string, .required)
            .field("region", .string, .required)
            .field("experience", .string, .required)
            .field("motivation", .string, .required)
            .field("investment", .string, .required)
            .field("language", .string, .required)
            .field("stage", .string, .required)
            .field("created_at", .datetime, .required)
            .field("first_response_due", .datetime, .required)
            .field("first_response_at", .datetime)
            .field("disclosure_sent_at", .datetime)
            .field("agreement_signed_at", .datetime)
            .create()
        let sql = db as! any SQLDatabase
        try await sql.create(index: "partner_applications_stage_idx").on("partner_applications").column("stage").column("created_at").run()
        try await db.schema("partner_stage_changes")
            .id()
            .field("application_id", .uuid, .required, .references("partner_applications", "id"))
            .field("seq", .int, .required)
            .field("from_stage", .string)
            .field("to_stage", .string, .required)
            .field("note", .string)
            .field("staff_id", .uuid, .references("staff", "id"))
            .field("at", .datetime, .required)
            .unique(on: "application_id", "seq")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("partner_stage_changes").delete()
        try await db.schema("partner_applications").delete()
    }
}
