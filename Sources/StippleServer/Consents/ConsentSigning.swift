import Foundation
import StippleCore
import StippleStore

/// A client signing the clinic's consent documents, on the clinic's tablet or their own phone:
/// each document they tick is recorded as given, with the version and the SHA-256 of the text
/// they were shown, the name they typed, the time, the address and the browser. Unticked
/// documents are simply not given. What is current needs no signing again; a new version does.
struct ConsentSigning {
    let store: Store
    let photoFiles: PhotoFiles
    let now: Date

    /// The documents the client has no current consent for, in their language.
    func pending(for client: ClientRecord) async throws -> [ConsentDocument] {
        let current = try await store.consentsCurrent(client: client.id)
        return try await store.currentConsentDocuments(clinic: client.clinicID, language: client.preferredLanguage)
            .filter { current[$0.kind] != true }
    }

    /// What a signing form sent: the ticked documents' ids, and the typed name.
    struct Form {
        var agreed: Set<UUID>
        var typedName: String
        var problem: String?
        var field: String?
    }

    /// Records every ticked document as given; throws an `APIError` naming the field before
    /// anything is written when the name or the ticks are wrong.
    func sign(_ form: Form, client: ClientRecord, channel: ConsentChannel, by staff: StaffMember?,
              remoteAddress: String?, userAgent: String?) async throws -> [ConsentKind] {
        let documents = try await pending(for: client)
        let chosen = documents.filter { form.agreed.contains($0.id) }
        let language = client.preferredLanguage
        guard !chosen.isEmpty, chosen.count == form.agreed.count else {
            throw APIError.invalid("agree", ScreeningText.text(language, "Tick each document you agree to.",
                                                                "Vink elk document aan waarmee je akkoord gaat."))
        }
        guard TypedName.matches(form.typedName, client.fullName) else {
            throw APIError.invalid("signerName", ScreeningText.text(
                language, "Type your full name as the clinic registered it: \(client.fullName).",
                "Typ je volledige naam zoals de kliniek die registreerde: \(client.fullName)."))
        }
        let recording = ConsentRecording(store: store, photoFiles: photoFiles, now: now)
        let name = form.typedName.trimmingCharacters(in: .whitespacesAndNewlines)
        for document in chosen {
            _ = try await recording.record(
                client: client, kind: document.kind, given: true, note: nil, by: staff,
                signature: ConsentSignature(document: document, signerName: name, channel: channel,
                                            remoteAddress: remoteAddress, userAgent: userAgent))
        }
        return chosen.map(\.kind)
    }
}
