import Foundation
import StippleCore
import StippleStore

/// Recording a session at the chair, for the API today and the charting page next: the client
/// and the technician must be of one clinic the person may see; the session and its healing
/// journey are written together, with the journey's reminders planned in the clinic's time zone.
/// A batch from the register must be of the clinic, unexpired on the session's day and not
/// recalled (a recall landing meanwhile is refused in the write itself). The client's screening
/// must be complete, rule nothing out and have every clearance it asks for.
struct SessionRecording {
    let store: Store
    let now: Date
    let aftercareProtocol: AftercareProtocol
    /// How the client's link is made: it is written with the journey, so every reminder carries it.
    let linkDays: Int
    let sealer: LinkSealer

    struct Outcome {
        var client: ClientRecord
        var screening: ClientScreening
        var clinic: Clinic
        var session: TreatmentSession
        var journey: JourneyRecord
        /// The client's link, to hand over now: its token is shown once and stored hashed.
        var linkToken: String
        var linkExpiresAt: Date
        /// How the link was sent to the client, if it was.
        var linkSentBy: ContactChannel?
    }

    /// Throws an `APIError` naming the field that stops it, before anything is written.
    /// `photos` are the before and after photos, already cleaned and written.
    func record(_ input: SessionInput, photos: [NewSessionPhoto] = [], by staff: StaffMember) async throws -> Outcome {
        try staff.requireHealthAccess()
        guard let client = try await store.client(input.clientID), staff.canSee(clinic: client.clinicID),
              let clinic = try await store.clinic(client.clinicID)
        else { throw APIError.invalid("clientID", "no such client") }
        guard let technician = try await store.staffMember(input.technicianID), technician.role.isTechnician,
              technician.clinicID == clinic.id
        else { throw APIError.invalid("technicianID", "must be a technician of the client's clinic") }
        var batch: PigmentBatch?
        if let id = input.pigmentBatchID {
            guard let found = try await store.pigmentBatch(id), found.clinicID == clinic.id else {
                throw APIError.invalid("pigmentBatchID", "must be a batch of the client's clinic's register")
            }
            batch = found
        }
        var session = try input.validated(clinicID: clinic.id, batch: batch, now: now)
        session.photos = photos
        let zone = try clinic.zone()
        let sessionDate = LocalDate(session.startedAt, in: zone)
        if let refusal = batch?.refusal(on: sessionDate) {
            throw APIError.invalid("pigmentBatchID", "the batch \(refusal.message)")
        }
        let screening = try await ClientScreening.load(client, on: sessionDate, store: store)
        try screening.requireClearToTreat()
        let reminders = ReminderPlan.plan(sessionDate: sessionDate, timeZone: zone, protocol: aftercareProtocol,
                                          settings: clinic.reminders, now: now)
        let (token, link) = JourneyLinks.make(now: now, days: linkDays, sealer: sealer)
        // Sent only to a client who agreed to messages while healing; otherwise handed over on screen.
        let messages = try await store.consentGiven(client: client.id, kind: .healingMessages)
        let message = messages ? JourneyLinkMessage.make(client: client, clinic: clinic, sealedToken: link.sealedToken) : nil
        // The top-up invitation goes in only if this session completes the plan (counted in the write).
        let plan = try await store.treatmentPlan(client: client.id)?.plan ?? .standard(aftercareProtocol.plan)
        let topUp = messages
            ? try TopUpMessage.make(client: client, clinic: clinic, sessionDate: sessionDate, plan: plan, protocol: aftercareProtocol)
            : nil
        let (recorded, journey) = try await store.recordSession(
            session, sessionDate: sessionDate, timeZone: clinic.timeZone, protocolVersion: aftercareProtocol.version,
            reminders: reminders, link: link, message: message, topUp: topUp, now: now)
        return Outcome(client: client, screening: screening, clinic: clinic, session: recorded, journey: journey, linkToken: token,
                       linkExpiresAt: link.expiresAt, linkSentBy: message?.channel)
    }
}
