import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Clients matching `query` (every client when nil), at `clinic` or the whole chain, by name.
    /// Names and parts of an email match anywhere, in any case (SQLite folds ASCII letters only),
    /// a whole email address exactly; a phone
    /// number matches its digits anywhere in the stored number, whatever its spacing.
    public func searchClients(_ query: ClientSearchQuery?, clinic: UUID?, limit: Int, offset: Int) async throws -> [ClientSummary] {
        var q = ClientSummary.select(on: sql)
        if let clinic { q = q.where("clinic_id", .equal, clinic) }
        switch query {
        case nil:
            break
        case let .name(words):
            for word in words { q = q.where(Self.contains(SQLFunction("LOWER", args: SQLIdentifier("full_name")), word)) }
        case let .emailAddress(text):
            // An index lookup (`clients_email_idx`, on the same expression): scanning every
            // client's address for a whole one cost the chain's admin 30 ms.
            q = q.where(SQLBinaryExpression(left: SQLFunction("LOWER", args: SQLIdentifier("email")), op: SQLBinaryOperator.equal,
                                            right: SQLBind(text)))
        case let .email(text):
            q = q.where(Self.contains(SQLFunction("LOWER", args: SQLIdentifier("email")), text))
        case let .phone(digits):
            // The same expression as PostgreSQL's `clients_phone_trgm_idx` (AddClientSearchIndexes).
            var phone: any SQLExpression = SQLIdentifier("phone")
            for mark in [" ", "+", "-", "(", ")", "."] {
                phone = SQLFunction("REPLACE", args: phone, SQLLiteral.string(mark), SQLLiteral.string(""))
            }
            q = q.where(Self.contains(phone, digits))
        case let .dateOfBirth(day):
            q = q.where("date_of_birth", .equal, day.iso)
        }
        return try await q.orderBy("full_name").orderBy("id").limit(limit).offset(offset).all()
            .map { try ClientSummary(row: $0) }
    }

    /// `expression LIKE '%text%'`, with the pattern's own wildcards in `text` taken literally.
    private static func contains(_ expression: any SQLExpression, _ text: String) -> any SQLExpression {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        return SQLBinaryExpression(left: expression, op: SQLRaw("LIKE"),
                                   right: SQLList([SQLBind("%" + escaped + "%"), SQLRaw("ESCAPE '\\'")], separator: SQLRaw(" ")))
    }
}
