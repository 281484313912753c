import Foundation
import StippleCore
import StippleStore
import Vapor

// The clinic's day (`ClinicDayPage`): the first page after sign-in.
extension StaffPagesController {
    func day(req: Request) async throws -> Response {
        let staff = try req.staff
        let store = req.store
        let all = try await store.clinics()
        let clinics = staff.role == .admin ? all : all.filter { $0.id == staff.clinicID }
        var chosen = clinics.first { $0.id == staff.clinicID } ?? clinics.first
        if let text = req.query[String.self, at: "clinic"], !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw Self.badFilter("clinic", "must be a clinic of the list") }
            if staff.role == .admin { chosen = clinics.first { $0.id == id } ?? chosen }
        }
        guard let clinic = chosen else { throw APIError.notFound("clinic") }
        let zone = try clinic.zone()
        let today = LocalDate(req.now, in: zone)
        let from = today.start(in: zone), until = today.adding(days: 1).start(in: zone)
        req.auditNote(clinicID: clinic.id, detail: "the day's bookings and what each client still needs")
        var bookings: [ClinicDayPage.Booking] = []
        for entry in try await store.calendar(clinics: [clinic.id], technician: nil, from: from, until: until) {
            guard let client = try await store.client(entry.clientID) else { continue }
            let screening = try await ClientScreening.load(client, on: today, store: store)
            let consents = try await store.consentsCurrent(client: client.id, kinds: ConsentKind.neededToTreat)
            bookings.append(.init(entry: entry, missing: ChairReadiness.missing(
                identityChecked: client.idDocument != nil, assessment: screening.assessment, consentsCurrent: consents)))
        }
        let names = Dictionary(uniqueKeysWithValues: try await store.staff(clinic: nil).map { ($0.id, $0.name) })
        let consultations = try await store.bookings(clinics: [clinic.id], from: from, until: until)
        let flash = StaffFlash.take(req)
        let page = ClinicDayPage.render(staff: staff, csrf: req.csrfToken, clinic: clinic, clinics: clinics, day: today,
                                        bookings: bookings, consultations: consultations, now: req.now, notice: flash?.notice,
                                        charted: try await store.chartedSessions(clinic: clinic.id, from: from, until: until),
                                        names: names)
        return flash == nil ? page : StaffFlash.clear(page, req)
    }
}
