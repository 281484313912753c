import Foundation
import StippleCore
import StippleStore
import Vapor

extension Request {
    /// Records a consent for the signed-in `staff` (`ConsentRecording`) with this request's store
    /// and clock, and its audit lines: the consent, and how many photos left the record and why.
    func recordConsent(client: ClientRecord, kind: ConsentKind, given: Bool, note: String?,
                       by staff: StaffMember, signature: ConsentSignature? = nil) async throws -> UUID {
        let recording = ConsentRecording(store: store, photoFiles: PhotoFiles(directory: settings.photosDirectory,
                                                                             threadPool: application.threadPool), now: now)
        let outcome = try await recording.record(client: client, kind: kind, given: given, note: note, by: staff,
                                                 signature: signature)
        auditNote(subjectID: outcome.consentID, action: .create, subject: .consent, detail: outcome.detail)
        if outcome.photosRemoved > 0 {
            try await audit(.delete, .photo, clientID: client.id, clinicID: client.clinicID,
                            detail: "\(outcome.photosRemoved) photos removed from the record: consent withdrawn")
        }
        return outcome.consentID
    }
}
