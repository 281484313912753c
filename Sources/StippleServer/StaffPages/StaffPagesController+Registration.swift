import Foundation
import StippleCore
import StippleStore
import Vapor

// Registering a client from the workspace (`RegistrationPage`, `ClientRegistration`).
extension StaffPagesController {
    struct RegistrationInput: Content {
        var clinic: String?
        var fullName: String?
        var dateOfBirth: String?
        var idDocument: String?
        var idCheckedOn: String?
        var email: String?
        var phone: String?
        var channel: String?
        var language: String?
        var notADuplicate: String?
        /// The consultation the client is registered at.
        var booking: String?
    }

    func registerForm(req: Request) async throws -> Response {
        let staff = try req.staff
        let clinics = try await registrationClinics(req, staff)
        guard let clinic = clinics.first(where: { $0.id == staff.clinicID }) ?? clinics.first else {
            throw APIError.notFound("clinic")
        }
        let today = LocalDate(req.now, in: try clinic.zone())
        var form = RegistrationPage.Form(clinic: clinic.id, idCheckedOn: today.iso, language: clinic.language.rawValue,
                                         channel: ContactChannel.email.rawValue)
        // From a consultation: what the booker gave, to check against their document.
        if let text = req.query[String.self, at: "booking"], !text.isEmpty {
            guard let id = UUID(uuidString: text), let b = try await req.store.booking(id), b.status != .held, b.clientID == nil,
                  staff.canSee(clinic: b.clinicID)
            else { throw Self.badFilter("booking", "must be a consultation of your clinic not yet on a record") }
            form.booking = b.id; form.clinic = b.clinicID; form.fullName = b.fullName ?? ""
            form.dateOfBirth = b.dateOfBirth?.iso ?? ""; form.email = b.email ?? ""; form.phone = b.phone ?? ""
            form.language = b.language.rawValue; form.channel = b.channel.rawValue
        }
        return RegistrationPage.render(staff: staff, csrf: req.csrfToken, form: form, clinics: clinics)
    }

    func register(req: Request) async throws -> Response {
        let staff = try req.staff
        let input = (try? req.content.decode(RegistrationInput.self)) ?? RegistrationInput()
        let clinics = try await registrationClinics(req, staff)
        var form = RegistrationPage.Form(
            clinic: input.clinic.flatMap(UUID.init(uuidString:)), fullName: input.fullName ?? "",
            dateOfBirth: input.dateOfBirth ?? "", idDocument: input.idDocument ?? "", idCheckedOn: input.idCheckedOn ?? "",
            email: input.email ?? "", phone: input.phone ?? "", language: input.language ?? "", channel: input.channel ?? "",
            notADuplicate: input.notADuplicate == "yes", booking: input.booking.flatMap(UUID.init(uuidString:)))
        let registration = ClientRegistration(store: req.store, now: req.now)
        do {
            guard let id = form.clinic else { throw APIError.invalid("clinic", "choose the clinic") }
            let (clinic, today) = try await registration.clinicToday(id, for: staff)
            req.auditNote(clinicID: clinic.id)
            let client = try Self.newClient(form, checkedBy: staff.id, clinic: clinic, today: today)
            if !form.notADuplicate {
                form.duplicates = try await req.store.clients(named: client.fullName, born: client.dateOfBirth,
                                                              clinic: staff.role == .admin ? nil : clinic.id)
                if !form.duplicates.isEmpty {
                    req.auditNote(detail: "possible duplicate shown")
                    return RegistrationPage.render(staff: staff, csrf: req.csrfToken, form: form, clinics: clinics, status: .conflict)
                }
            }
            let record = try await registration.register(client)
            req.auditNote(clientID: record.id, subjectID: record.id, detail: "registered")
            if let id = form.booking, let booking = try await req.store.booking(id), booking.clinicID == clinic.id, booking.clientID == nil {
                try await Self.attach(booking, to: record.id, by: staff, req: req)
            }
            return StaffFlash(notice: "\(record.fullName) is registered. Next: the screening.")
                .redirect(req, to: StaffRoute.client.path(record.id))
        } catch {
            let api = APIErrorMiddleware.apiError(for: error)
            guard api.status.code < 500 else { throw error }
            form.problem = api.message.prefix(1).uppercased() + api.message.dropFirst() + "."
            form.field = Self.registrationField(api.field)
            req.auditNote(detail: "refused: \(api.field ?? api.code)")
            return RegistrationPage.render(staff: staff, csrf: req.csrfToken, form: form, clinics: clinics, status: api.status)
        }
    }

    /// The client the form describes, checked as the API checks it.
    static func newClient(_ f: RegistrationPage.Form, checkedBy: UUID, clinic: Clinic, today: LocalDate) throws -> NewClient {
        let name = try PlainText.line(f.fullName, field: "fullName")
        guard let born = LocalDate(iso: f.dateOfBirth) else { throw APIError.invalid("dateOfBirth", "give the date of birth") }
        guard let checked = LocalDate(iso: f.idCheckedOn) else { throw APIError.invalid("idCheckedOn", "give the day the document was checked") }
        guard let document = IdentityDocument(rawValue: f.idDocument) else {
            throw APIError.invalid("idDocument", "choose the identity document you checked")
        }
        try RegistrationCheck.identity(born: born, checkedOn: checked, today: today)
        let email = try f.email.isEmpty ? nil : EmailAddress(f.email, field: "email").text
        let phone = try f.phone.isEmpty ? nil : PlainText.phone(f.phone, field: "phone")
        guard let channel = ContactChannel(rawValue: f.channel) else { throw APIError.invalid("channel", "choose email or SMS") }
        guard let language = Language(rawValue: f.language) else { throw APIError.invalid("language", "choose the language") }
        try RegistrationCheck.contact(email: email, phone: phone, channel: channel)
        return NewClient(clinicID: clinic.id, fullName: name, dateOfBirth: born, idCheckedBy: checkedBy, idCheckedOn: checked,
                         idDocument: document, email: email, phone: phone, preferredLanguage: language,
                         preferredChannel: channel)
    }

    /// The API names the contact preference `preferredChannel`; the form, `channel`.
    private static func registrationField(_ field: String?) -> String? {
        field == "preferredChannel" ? "channel" : field
    }

    /// The clinics the person registers clients at: their own, or any for an admin.
    private func registrationClinics(_ req: Request, _ staff: StaffMember) async throws -> [Clinic] {
        let all = try await req.store.clinics()
        return staff.role == .admin ? all : all.filter { $0.id == staff.clinicID }
    }
}
