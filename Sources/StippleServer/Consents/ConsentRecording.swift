import Foundation
import StippleCore
import StippleStore

/// Recording a consent given or withdrawn, for the API and the client record page alike. The
/// record and what it changes (reminders cancelled or restored, photos taken out of the record)
/// are one transaction; the photo files go after it, each only when no other row names it.
struct ConsentRecording {
    let store: Store
    let photoFiles: PhotoFiles
    let now: Date

    /// What was recorded, in the words of the audit line.
    struct Outcome {
        var consentID: UUID
        var detail: String
        /// Photos taken out of the client's record.
        var photosRemoved: Int
    }

    /// `staff` is nil when the client acts alone on their phone; a `signature` keeps the
    /// document as it was signed.
    func record(client: ClientRecord, kind: ConsentKind, given: Bool, note: String?, by staff: StaffMember?,
                signature: ConsentSignature? = nil, channel: ConsentChannel? = nil) async throws -> Outcome {
        let (id, effects) = try await store.recordConsent(client: client.id, kind: kind, given: given, note: note,
                                                          by: staff?.id, signature: signature, channel: channel, at: now)
        var detail = "\(kind.rawValue): \(given ? "given" : "withdrawn")"
        if let signature { detail += " (version \(signature.document.version), \(signature.channel.rawValue))" }
        if effects.remindersCancelled > 0 { detail += "; \(effects.remindersCancelled) reminders cancelled" }
        if effects.remindersRestored > 0 { detail += "; \(effects.remindersRestored) reminders scheduled again" }
        for photo in effects.photosRemoved where !photo.fileStillUsed {
            try await photoFiles.delete(sha256: photo.sha256, contentType: photo.contentType)
        }
        return Outcome(consentID: id, detail: detail, photosRemoved: effects.photosRemoved.count)
    }
}
