import Foundation
import StippleCore
import StippleStore

/// The invitation to book a top-up, written with the session that completes a client's plan and
/// sent years later (the protocol's `topUpFromYears`) at the clinic's reminder hour.
enum TopUpMessage {
    /// Nil when the client left no address for their channel.
    static func make(client: ClientRecord, clinic: Clinic, sessionDate: LocalDate, plan: TreatmentPlan,
                     protocol p: AftercareProtocol) throws -> NewTopUpReminder? {
        guard client.preferredAddress != nil else { return nil }
        let zone = try clinic.zone()
        let day = sessionDate.adding(years: p.plan.topUpFromYears)
        let due = clinic.reminders.outsideQuietHours(day.at(hour: clinic.reminders.sendHour, in: zone), in: zone)
        let first = client.firstName
        let contact = [clinic.phone, clinic.email].compactMap { $0 }.joined(separator: ", ")
        let years = p.plan.topUpFromYears
        let (subject, text) = switch client.preferredLanguage {
        case .enGB:
            ("Time for a top-up",
             "Hello \(first),\n\nIt is \(years) years since your treatment at \(clinic.name). Pigment softens with time, and a top-up session keeps your result sharp. "
             + (contact.isEmpty ? "Contact the clinic to book one." : "Contact the clinic to book one: \(contact)."))
        case .nlNL:
            ("Tijd voor een opfrissessie",
             "Hoi \(first),\n\nHet is \(years) jaar geleden dat je behandeld bent bij \(clinic.name). Pigment vervaagt met de tijd, en een opfrissessie houdt je resultaat scherp. "
             + (contact.isEmpty ? "Neem contact op met de kliniek om er een te plannen." : "Neem contact op met de kliniek om er een te plannen: \(contact)."))
        }
        return NewTopUpReminder(
            message: NewClientMessage(clientID: client.id, clinicID: clinic.id, kind: .topUp, language: client.preferredLanguage,
                                      channel: client.preferredChannel, subject: subject, text: text, sealedToken: nil, dueAt: due),
            planLength: plan.length)
    }
}
