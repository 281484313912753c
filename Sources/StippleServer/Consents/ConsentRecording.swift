import Foundation
import StippleCore
import StippleStore
import Vapor

/// Recording a consent given or withdrawn, for the API and the client record page alike. The
/// record and what it changes (reminders cancelled or restored, photos taken out of the record)
/// are one transaction; the photo files go after it, each only when no other row names it, with
/// an audit line saying how many and why.
enum ConsentRecording {
    static func record(client: ClientRecord, kind: ConsentKind, given: Bool, note: String?, by staff: StaffMember,
                       on req: Request) async throws -> UUID {
        let (id, effects) = try await req.store.recordConsent(client: client.id, kind: kind, given: given, note: note,
                                                              by: staff.id, at: req.now)
        var detail = "\(kind.rawValue): \(given ? "given" : "withdrawn")"
        if effects.remindersCancelled > 0 { detail += "; \(effects.remindersCancelled) reminders cancelled" }
        if effects.remindersRestored > 0 { detail += "; \(effects.remindersRestored) reminders scheduled again" }
        req.auditNote(subjectID: id, action: .create, subject: .consent, detail: detail)
        if !effects.photosRemoved.isEmpty {
            let files = PhotoFiles(directory: req.settings.photosDirectory, threadPool: req.application.threadPool)
            for photo in effects.photosRemoved where !photo.fileStillUsed {
                try await files.delete(sha256: photo.sha256, contentType: photo.contentType)
            }
            try await req.audit(.delete, .photo, clientID: client.id, clinicID: client.clinicID,
                                detail: "\(effects.photosRemoved.count) photos removed from the record: consent withdrawn")
        }
        return id
    }
}
