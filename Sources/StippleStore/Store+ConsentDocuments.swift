import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// The latest version of each of the clinic's documents in `language`, in the order of `ConsentKind`.
    public func currentConsentDocuments(clinic: UUID, language: Language) async throws -> [ConsentDocument] {
        let all = try await ConsentDocument.select(on: sql).where("clinic_id", .equal, clinic)
            .where("language", .equal, language.rawValue).orderBy("version", .descending)
            .all().map { try ConsentDocument(row: $0) }
        return ConsentKind.allCases.compactMap { kind in all.first { $0.kind == kind } }
    }

    /// Every version of the clinic's documents, newest first.
    public func consentDocuments(clinic: UUID) async throws -> [ConsentDocument] {
        try await ConsentDocument.select(on: sql).where("clinic_id", .equal, clinic)
            .orderBy("kind").orderBy("language").orderBy("version", .descending)
            .all().map { try ConsentDocument(row: $0) }
    }

    public func consentDocument(_ id: UUID) async throws -> ConsentDocument? {
        try await ConsentDocument.select(on: sql).where("id", .equal, id).first().map { try ConsentDocument(row: $0) }
    }

    /// Adds the next version of a document. Two versions at once: the unique index takes one, and
    /// the other is `ConsentDocumentChanged`, to be sent again over the new version.
    public func addConsentDocumentVersion(clinic: UUID, kind: ConsentKind, language: Language, title: String, body: String,
                                          by staff: UUID, now: Date = Date()) async throws -> ConsentDocument {
        do {
            return try await writer.transaction { db in
                let sql = db as! any SQLDatabase
                let latest = try await sql.raw("""
                    SELECT MAX(version) AS v FROM consent_documents
                    WHERE clinic_id = \(bind: clinic) AND kind = \(bind: kind.rawValue) AND language = \(bind: language.rawValue)
                    """).first()?.decode(column: "v", as: Int?.self) ?? 0
                let id = UUID()
                try await sql.insert(into: ConsentDocument.table)
                    .columns("id", "clinic_id", "kind", "language", "version", "title", "body", "sha256", "created_at", "created_by")
                    .values(SQLBind(id), SQLBind(clinic), SQLBind(kind.rawValue), SQLBind(language.rawValue), SQLBind(latest + 1),
                            SQLBind(title), SQLBind(body), SQLBind(ConsentDocument.sha256(of: body)), SQLBind(now), SQLBind(staff))
                    .run()
                return try await written(Store(db).consentDocument(id))
            }
        } catch let error where ConstraintViolation(error) == .unique {
            throw ConsentDocumentChanged()
        }
    }
}
