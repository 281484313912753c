import FluentKit

/// The health questions a booker answered from their manage link before the consultation, as
/// `screenings` keeps them (one a booking). Health data: only staff with health access read it,
/// and it becomes the client's screening when the booking is put on a client record.
struct CreateBookingScreenings: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("booking_screenings")
            .id()
            .field("booking_id", .uuid, .required, .references("bookings", "id"))
            .field("version", .string, .required)
            .field("language", .string, .required)
            .field("answers", .string, .required)
            .field("hair_loss_condition", .string, .required)
            .field("sex", .string)
            .field("oily_skin", .bool, .required)
            .field("friction", .string, .required)
            .field("confirmed_name", .string, .required)
            .field("completed_at", .datetime, .required)
            .field("remote_address", .string)
            .field("user_agent", .string)
            .unique(on: "booking_id")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("booking_screenings").delete()
    }
}
