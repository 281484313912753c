import Foundation
import StippleCore
import StippleStore

/// A clinic's consent documents: everyone at the clinic reads them; a lead technician or an
/// admin adds a new version, which asks every client for consent again at their next visit.
struct ConsentDocuments {
    let store: Store
    let now: Date

    func clinic(_ id: UUID, for staff: StaffMember) async throws -> Clinic {
        try await store.clinic(id, seenBy: staff)
    }

    static func mayEdit(_ staff: StaffMember) -> Bool {
        staff.role == .leadTechnician || staff.role == .admin
    }

    static func requireEditor(_ staff: StaffMember) throws {
        guard mayEdit(staff) else {
            throw APIError.forbidden("only a lead technician or an admin changes consent documents")
        }
    }

    struct Input: Decodable {
        var kind: String
        var language: String
        var title: String
        var body: String
    }

    func addVersion(_ input: Input, to clinic: Clinic, by staff: StaffMember) async throws -> ConsentDocument {
        try Self.requireEditor(staff)
        let kind = try ConsentKind.parse(input.kind, field: "kind")
        let language = try Language.parse(input.language, field: "language")
        let title = try PlainText.line(input.title, field: "title", maximum: 200)
        guard let body = try PlainText.note(input.body, field: "body", maximum: 10_000) else {
            throw APIError.invalid("body", "must hold the document's text")
        }
        do {
            return try await store.addConsentDocumentVersion(clinic: clinic.id, kind: kind, language: language, title: title,
                                                             body: body, by: staff.id, now: now)
        } catch is ConsentDocumentChanged {
            throw APIError(status: .conflict, code: "conflict", message: "another version was added at the same moment; read it and try again")
        }
    }
}
