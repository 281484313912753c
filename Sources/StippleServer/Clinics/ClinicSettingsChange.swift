import Foundation
import StippleCore
import StippleStore

/// A clinic's settings, read by its staff and changed by an admin, for the API and the settings
/// page alike. The protocol a clinic follows is one this server holds.
struct ClinicSettingsChange {
    let store: Store
    let aftercareProtocol: AftercareProtocol

    var knownProtocols: [String] { [aftercareProtocol.version] }

    /// The clinic if `staff` may see it (404 otherwise, so existence is not revealed).
    func clinic(_ id: UUID, for staff: StaffMember) async throws -> Clinic {
        try await store.clinic(id, seenBy: staff)
    }

    func current(_ clinic: Clinic) async throws -> ClinicSettings {
        ClinicSettings(clinic, openingHours: try await store.openingHours(clinic: clinic.id))
    }

    struct Outcome {
        var clinic: Clinic
        var settings: ClinicSettings
        /// The names of the settings that changed, for the audit log and the page.
        var changed: [String]
        var remindersMoved: Int
    }

    /// Validates and stores the settings; throws an `APIError` naming the field before anything is written.
    func apply(_ input: ClinicSettingsInput, to clinic: Clinic, by staff: StaffMember) async throws -> Outcome {
        try staff.requireRole(.admin, because: "only an admin changes a clinic's settings")
        let settings = try input.validated(knownProtocols: knownProtocols)
        let before = try await current(clinic)
        let (stored, moved) = try await store.updateClinicSettings(clinic.id, settings)
        return Outcome(clinic: stored, settings: settings, changed: settings.changes(from: before), remindersMoved: moved)
    }

    /// "reminders, openingHours; 12 reminders moved", or "nothing changed".
    static func summary(_ outcome: Outcome) -> String {
        guard !outcome.changed.isEmpty else { return "nothing changed" }
        return outcome.changed.joined(separator: ", ")
            + (outcome.remindersMoved > 0 ? "; \(outcome.remindersMoved) reminders moved to the new hours" : "")
    }
}
