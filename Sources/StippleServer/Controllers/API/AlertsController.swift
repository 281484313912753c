import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/alerts`: the alert inbox. Every yellow, amber or red check-in opens an alert; a
/// person acknowledges it and resolves it with what was done. Nothing is decided without them.
struct AlertsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let alerts = routes.grouped("alerts")
        alerts.get(use: list)
        alerts.post(":alertID", "acknowledge", use: acknowledge)
        alerts.post(":alertID", "resolve", use: resolve)
    }

    struct View: Content {
        var id: UUID
        var checkInID: UUID
        var journeyID: UUID
        var clinicID: UUID
        var clientName: String
        var day: Int
        var tier: TriageTier
        /// For red: whether the client was told to call the emergency number or to get urgent care.
        var route: TriageRoute?
        var status: AlertRecord.Status
        var openedAt: Date
        /// The response target: red at once, amber by the end of the clinic's day, yellow none
        /// (the next follow-up).
        var dueBy: Date?
        var overdue: Bool
        var acknowledgedBy: UUID?
        var acknowledgedAt: Date?
        var resolvedBy: UUID?
        var resolvedAt: Date?
        var action: AlertAction?
        var note: String?

        init(_ a: AlertRecord, now: Date) {
            id = a.id; checkInID = a.checkInID; journeyID = a.journeyID; clinicID = a.clinicID; clientName = a.clientName
            day = a.day; tier = a.tier; route = a.route; status = a.status; openedAt = a.openedAt; dueBy = a.dueBy
            overdue = a.status == .open && (a.dueBy.map { $0 < now } ?? false)
            acknowledgedBy = a.acknowledgedBy; acknowledgedAt = a.acknowledgedAt
            resolvedBy = a.resolvedBy; resolvedAt = a.resolvedAt; action = a.action; note = a.note
        }
    }

    struct ResolveInput: Decodable {
        var action: String
        var note: String?
    }

    /// `?status=open|acknowledged|resolved` (default: open and acknowledged), `?clinic=` for admins.
    func list(req: Request) async throws -> [View] {
        let staff = try req.staff
        try staff.requireHealthAccess()
        let statuses: [AlertRecord.Status]
        switch req.query[String.self, at: "status"] {
        case nil: statuses = [.open, .acknowledged]
        case let text?:
            guard let status = AlertRecord.Status(rawValue: text) else {
                throw APIError.badRequest("status must be open, acknowledged or resolved", field: "status")
            }
            statuses = [status]
        }
        var clinic = staff.clinicID
        if staff.role == .admin, let text = req.query[String.self, at: "clinic"] {
            guard let id = UUID(uuidString: text) else { throw APIError.badRequest("clinic must be a clinic id", field: "clinic") }
            clinic = id
        }
        let page = try Paging(req)
        let now = req.now
        return try await req.store.alerts(clinic: clinic, statuses: statuses, limit: page.limit, offset: page.offset)
            .map { View($0, now: now) }
    }

    func acknowledge(req: Request) async throws -> View {
        let (staff, alert, handling) = try await load(req)
        try await change { try await handling.acknowledge(alert, by: staff) }
        return try await reloaded(alert.id, req: req)
    }

    func resolve(req: Request) async throws -> View {
        let (staff, alert, handling) = try await load(req)
        let input = try req.decodeJSON(ResolveInput.self)
        try await change { try await handling.resolve(alert, by: staff, action: input.action, note: input.note) }
        return try await reloaded(alert.id, req: req)
    }

    private func load(_ req: Request) async throws -> (StaffMember, AlertRecord, AlertHandling) {
        let staff = try req.staff
        let handling = AlertHandling(store: req.store, now: req.now)
        let alert = try await handling.alert(try req.uuid("alertID"), for: staff)
        req.auditNote(clientID: alert.clientID, clinicID: alert.clinicID)
        return (staff, alert, handling)
    }

    private func change(_ body: () async throws -> Void) async throws {
        do { try await body() } catch is AlertAlreadyResolved {
            throw APIError(status: .conflict, code: "already_resolved", message: "this alert is already resolved")
        }
    }

    private func reloaded(_ id: UUID, req: Request) async throws -> View {
        guard let alert = try await req.store.alert(id) else { throw APIError.notFound("alert") }
        return View(alert, now: req.now)
    }
}
