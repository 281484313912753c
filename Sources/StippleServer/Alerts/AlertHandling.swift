import Foundation
import StippleCore
import StippleStore

/// Acting on an alert, for the API and the alert inbox alike: finding one the person may act on,
/// acknowledging it, and resolving it with what was done. Another person's resolution first is
/// `AlertAlreadyResolved`, which each transport answers in its own way.
struct AlertHandling {
    let store: Store
    let now: Date

    /// The alert, when `staff` may see health data and it is of their clinic (any clinic for an
    /// admin); a 404 naming the alert otherwise, never saying that it exists elsewhere.
    func alert(_ id: UUID?, for staff: StaffMember) async throws -> AlertRecord {
        try staff.requireHealthAccess()
        guard let id, let alert = try await store.alert(id), staff.canSee(clinic: alert.clinicID) else {
            throw APIError.notFound("alert")
        }
        return alert
    }

    func acknowledge(_ alert: AlertRecord, by staff: StaffMember) async throws {
        try await store.acknowledgeAlert(alert.id, by: staff.id, at: now)
    }

    /// Resolves the alert with `action` (one of `AlertAction`) and an optional note of up to 2,000
    /// characters; input that is neither is a 422 naming `action` or `note`, before anything is written.
    @discardableResult
    func resolve(_ alert: AlertRecord, by staff: StaffMember, action: String?, note: String?) async throws -> AlertAction {
        guard let action = action.flatMap(AlertAction.init(rawValue:)) else {
            throw APIError.invalid("action", "must be one of \(AlertAction.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let note = try PlainText.note(note, field: "note", maximum: 2000)
        try await store.resolveAlert(alert.id, by: staff.id, at: now, action: action, note: note)
        return action
    }
}
