import Foundation
import StippleCore
import StippleStore
import Vapor

/// The technicians' workspace under `/staff`: signed-in pages, each checking the person's role
/// and clinic. Every POST carries the session's CSRF token (`RequireStaffPage`).
struct StaffPagesController: RouteCollection {
    /// Eight photos of a few megabytes each, and the chart.
    static let maxChartingBody: ByteCount = "64mb"

    func boot(routes: any RoutesBuilder) throws {
        for route in StaffRoute.allCases {
            guard let handler = handler(route) else { continue }
            // A charted session carries up to eight photos.
            if route == .recordSession {
                routes.on(route, body: .collect(maxSize: Self.maxChartingBody), use: handler)
            } else {
                routes.on(route, use: handler)
            }
        }
    }

    /// The handler of each signed-in route; the sign-in form's own are `LoginController`'s.
    private func handler(_ route: StaffRoute) -> (@Sendable (Request) async throws -> Response)? {
        switch route {
        case .login, .signIn, .invitation, .acceptInvitation: nil
        case .home: home
        case .logout: logout
        case .day: day
        case .dashboard: dashboard
        case .alerts: alerts
        case .acknowledgeAlert: acknowledge
        case .resolveAlert: resolve
        case .clients: clientSearch
        case .registerForm: registerForm
        case .register: register
        case .client: clientRecord
        case .recordConsent: recordConsent
        case .signConsentsForm: signConsentsForm
        case .signConsents: signConsents
        case .sendScreeningLink: sendScreeningLink
        case .screeningForm: screeningForm
        case .submitScreening: submitScreening
        case .recordClearance: recordClearance
        case .assessSkin: assessSkin
        case .setPlan: setPlan
        case .chartSession: chartSession
        case .recordSession: recordSession
        case .sessionPhoto: sessionPhoto
        case .photo: photo
        case .bookFollowUp: bookFollowUp
        case .cancelFollowUp: cancelFollowUp
        case .schedule: schedule
        case .addClosure: addClosure
        case .addTimeOff: addTimeOff
        case .removeScheduleException: removeScheduleException
        case .technicianHours: technicianHours
        case .saveTechnicianHours: saveTechnicianHours
        case .resetTechnicianHours: resetTechnicianHours
        case .partners: partners
        case .partnerApplication: partnerApplication
        case .movePartnerApplication: movePartnerApplication
        case .recordBookingOutcome: recordBookingOutcome
        case .cancelBooking: cancelBooking
        case .linkBookingToClient: linkBookingToClient
        case .calendar: calendar
        case .newCalendarFeed: newCalendarFeed
        case .audit: auditLog
        case .auditExport: auditExport
        case .people: people
        case .addStaff: addStaff
        case .setPassword: setPassword
        case .deactivate: deactivate
        case .issueToken: issueToken
        case .revokeToken: revokeToken
        case .clinics: clinics
        case .clinicSettings: clinicSettings
        case .saveClinicSettings: saveClinicSettings
        case .consentDocuments: consentDocuments
        case .addConsentDocument: addConsentDocument
        case .batches: batches
        case .addBatch: addBatch
        case .recallBatch: recallBatch
        case .recallReport: recallReport
        case .recallReportCSV: recallReportCSV
        }
    }

    func home(req: Request) async throws -> Response {
        req.redirect(to: LoginController.home(for: try req.staff))
    }

    func logout(req: Request) async throws -> Response {
        if let session = req.storage[SignedInSessionKey.self] {
            try await req.store.closeStaffSession(tokenHash: session.tokenHash)
        }
        try await req.audit(.logout, .staff, subjectID: try req.staff.id)
        let response = req.redirect(to: StaffRoute.login.path(), redirectType: .normal)
        response.cookies[StaffSessionCookie.name] = StaffSessionCookie.expired(secure: req.settings.secureCookies)
        return response
    }

    // MARK: Dashboard

    func dashboard(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        var filters = DashboardPage.Filters()
        var query = DashboardQuery(clinicIDs: staff.role == .admin ? nil : [staff.clinicID].compactMap { $0 },
                                   since: LocalDate(req.now, in: .gmt).adding(days: -CheckInSchedule.watchDays))
        if let text = req.query[String.self, at: "clinic"], !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw Self.badFilter("clinic", "must be a clinic of the list") }
            if staff.role == .admin { query.clinicIDs = [id]; filters.clinic = id }
        }
        if let text = req.query[String.self, at: "technician"], !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw Self.badFilter("technician", "must be a technician of the list") }
            query.technicianID = id; filters.technician = id
        }
        if let text = req.query[String.self, at: "tier"], !text.isEmpty {
            if text == "none" { query.noCheckIn = true } else if let tier = TriageTier(rawValue: text) { query.tier = tier } else {
                throw Self.badFilter("tier", "must be red, amber, yellow, green or none")
            }
            filters.tier = text
        }
        if let text = req.query[String.self, at: "sort"], !text.isEmpty {
            guard let sort = DashboardQuery.Sort(rawValue: text) else {
                throw Self.badFilter("sort", "must be day, tier, last-check-in or name")
            }
            query.sort = sort; filters.sort = sort
        }
        if let text = req.query[String.self, at: "page"], !text.isEmpty {
            guard let page = Int(text), page >= 1, page <= 100_000 else { throw Self.badFilter("page", "must be a page number") }
            filters.page = page
        }
        query.limit = DashboardPage.pageSize
        query.offset = (filters.page - 1) * DashboardPage.pageSize

        let store = req.store
        let oneClinic = query.clinicIDs?.count == 1 ? query.clinicIDs?.first : nil
        async let clinics = staff.role == .admin ? store.clinics() : []
        async let technicians = store.staff(clinic: oneClinic, technicianOnly: true)
        let (rows, total) = try await store.dashboard(query)
        let scores = try await store.scores(journeys: rows.map(\.journeyID))
        let p = req.settings.aftercareProtocol
        let now = req.now
        let pageRows = rows.map { row in
            let tz = TimeZone(identifier: row.timeZone) ?? .gmt
            let day = row.sessionDate.days(until: LocalDate(now, in: tz))
            return DashboardPage.Row(
                row: row, day: day, stage: Self.stageTitle(p, day: day),
                overdue: CheckInSchedule.overdueDays(checkInDays: p.checkInDays, today: day, lastCheckInDay: row.lastCheckInDay),
                scores: scores[row.journeyID] ?? [],
                nextStep: (row.plan ?? .standard(p.plan)).step(row.sessionNumber + 1).label.text(.enGB))
        }
        req.auditNote(clinicID: oneClinic,
                      detail: "\(rows.count) of \(total) healing clients, page \(filters.page)")
        return DashboardPage.render(staff: staff, csrf: req.csrfToken, rows: pageRows, total: total, filters: filters,
                                    clinics: try await clinics, technicians: try await technicians)
    }

    static func stageTitle(_ p: AftercareProtocol, day: Int) -> String {
        if let i = p.stageIndex(onDay: day) { return "Days \(p.stages[i].startDay)–\(p.stages[i].endDay): \(p.stages[i].title.text(.enGB))" }
        return day < 0 ? "Before the session" : "Healed: \(p.healed.title.text(.enGB))"
    }

    // MARK: Alerts

    func alerts(req: Request) async throws -> Response {
        try await alertsPage(req, notice: nil)
    }

    private func alertsPage(_ req: Request, notice: String?) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        let status = req.query[String.self, at: "status"] ?? ""
        guard ["", "resolved"].contains(status) else { throw Self.badFilter("status", "must be resolved, or empty for the open alerts") }
        let mineText = req.query[String.self, at: "mine"] ?? ""
        guard ["", "1"].contains(mineText) else { throw Self.badFilter("mine", "must be 1, or empty for every alert") }
        let showing: AlertRecord.Status? = status == "resolved" ? .resolved : nil
        let mine = mineText == "1"
        let list = try await req.store.alerts(clinic: staff.role == .admin ? nil : staff.clinicID,
                                              statuses: showing.map { [$0] } ?? [.open, .acknowledged],
                                              technician: mine ? staff.id : nil, limit: 200)
        let clinics = Dictionary(uniqueKeysWithValues: try await req.store.clinics().map { ($0.id, $0) })
        req.auditNote(detail: "\(list.count) alerts")
        return AlertInboxPage.render(staff: staff, csrf: req.csrfToken, alerts: list, clinics: clinics, now: req.now,
                                     showing: showing, mine: mine, notice: notice)
    }

    func acknowledge(req: Request) async throws -> Response {
        let (staff, alert, handling) = try await loadAlert(req)
        do {
            try await handling.acknowledge(alert, by: staff)
        } catch is AlertAlreadyResolved {
            return Self.alreadyResolved(staff)
        }
        return req.redirect(to: StaffRoute.alerts.path() + "#alert-\(alert.id)", redirectType: .normal)
    }

    struct ResolveForm: Decodable {
        var action: String?
        var note: String?
    }

    func resolve(req: Request) async throws -> Response {
        let (staff, alert, handling) = try await loadAlert(req)
        let form = (try? req.content.decode(ResolveForm.self)) ?? ResolveForm()
        let action: AlertAction
        do {
            action = try await handling.resolve(alert, by: staff, action: form.action, note: form.note)
        } catch is AlertAlreadyResolved {
            return Self.alreadyResolved(staff)
        } catch let error as APIError where error.field == "action" {
            return StaffPageLayout.message(title: "Say what was done",
                                           text: "Choose what was done (action) before resolving the alert.",
                                           status: .unprocessableEntity, staff: staff)
        } catch let error as APIError where error.field == "note" {
            return StaffPageLayout.message(title: "The note cannot be kept",
                                           text: "The note (note) can have at most 2000 characters, without control characters.",
                                           status: .unprocessableEntity, staff: staff)
        }
        req.auditNote(detail: action.rawValue)
        return req.redirect(to: StaffRoute.alerts.path() + "?status=resolved#alert-\(alert.id)", redirectType: .normal)
    }

    private static func alreadyResolved(_ staff: StaffMember) -> Response {
        StaffPageLayout.message(title: "Already resolved", text: "Someone resolved this alert already.", status: .conflict, staff: staff)
    }

    private func loadAlert(_ req: Request) async throws -> (StaffMember, AlertRecord, AlertHandling) {
        let staff = try req.staff
        let handling = AlertHandling(store: req.store, now: req.now)
        let alert = try await handling.alert(req.parameters.get("alertID").flatMap(UUID.init(uuidString:)), for: staff)
        req.auditNote(clientID: alert.clientID, clinicID: alert.clinicID)
        return (staff, alert, handling)
    }

    // MARK: Helpers

    /// A filter of a list page not understood: a 400 page naming it.
    static func badFilter(_ field: String, _ problem: String) -> APIError {
        APIError(status: .badRequest, code: "invalid_filter", message: "the filter ‘\(field)’ \(problem)", field: field)
    }
}
