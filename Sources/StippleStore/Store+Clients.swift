import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Registers a client and, when staff entered their answers with them, their first
    /// screening and the skin assessment, in one transaction.
    public func createClient(_ c: NewClient, screening: NewScreening? = nil, skin: (type: Int?, thick: Bool)? = nil,
                             now: Date = Date()) async throws -> ClientRecord {
        let id = UUID()
        return try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.insert(into: ClientRecord.table)
                .columns("id", "created_at", "clinic_id", "id_checked_by", "full_name", "date_of_birth", "id_checked_on",
                         "id_document", "email", "phone", "preferred_language", "preferred_channel", "funding", "referral")
                .values(SQLBind(id), SQLBind(now), SQLBind(c.clinicID), SQLBind(c.idCheckedBy), SQLBind(c.fullName),
                        SQLBind(c.dateOfBirth.iso), SQLBind(c.idCheckedOn.iso), SQLBind(c.idDocument?.rawValue),
                        SQLBind(c.email), SQLBind(c.phone), SQLBind(c.preferredLanguage.rawValue),
                        SQLBind(c.preferredChannel.rawValue), SQLBind(c.funding.rawValue), SQLBind(c.referral))
                .run()
            if var screening {
                screening.clientID = id
                _ = try await Self.insertScreening(screening, now: now, on: sql)
                if let skin { try await Self.updateSkin(client: id, skin, on: sql) }
            }
            return try await written(Store(db).client(id))
        }
    }

    /// Clients of the clinic (every clinic for nil) with this name (any case) and date of
    /// birth: a registration's possible duplicates, oldest first.
    public func clients(named name: String, born: LocalDate, clinic: UUID?) async throws -> [ClientSummary] {
        var select = ClientSummary.select(on: sql)
            .where(SQLFunction("LOWER", args: SQLIdentifier("full_name")), .equal, SQLBind(name.lowercased()))
            .where("date_of_birth", .equal, born.iso)
        if let clinic { select = select.where("clinic_id", .equal, clinic) }
        return try await select.orderBy("created_at").limit(10).all().map { try ClientSummary(row: $0) }
    }
}
