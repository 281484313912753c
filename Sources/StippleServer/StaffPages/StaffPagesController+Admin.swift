import Foundation
import StippleCore
import StippleStore
import Vapor

// Admin pages: the audit log and who can sign in.
extension StaffPagesController {
    /// The admin and the filters of an audit log request, or the page that refuses it.
    private func auditRequest(_ req: Request) throws -> Result<(StaffMember, AuditLogPage.Filters), RefusedPage> {
        let staff = try req.staff
        if let refused = Self.adminsOnly(staff) { return .failure(RefusedPage(response: refused)) }
        switch Self.auditFilters(req) {
        case let .success(f): return .success((staff, f))
        case let .failure(problem): return .failure(RefusedPage(response: Self.badFilter(problem.field, problem.message, staff)))
        }
    }

    struct RefusedPage: Error {
        var response: Response
    }

    func auditLog(req: Request) async throws -> Response {
        let (staff, filters): (StaffMember, AuditLogPage.Filters)
        switch try auditRequest(req) {
        case let .success(ok): (staff, filters) = ok
        case let .failure(refused): return refused.response
        }
        let events = try await req.store.auditEvents(Self.storeFilter(filters), limit: AuditLogPage.pageSize,
                                                     offset: (filters.page - 1) * AuditLogPage.pageSize)
        req.auditNote(clientID: filters.client, detail: filters.query.isEmpty ? "page \(filters.page)" : filters.query)
        return AuditLogPage.render(staff: staff, csrf: req.csrfToken, events: events, filters: filters,
                                   people: try await req.store.staff(clinic: nil))
    }

    /// The filtered log as CSV, streamed in pages so a long log does not sit in memory at once.
    func auditExport(req: Request) async throws -> Response {
        let filters: AuditLogPage.Filters
        switch try auditRequest(req) {
        case let .success(ok): filters = ok.1
        case let .failure(refused): return refused.response
        }
        let store = req.store
        let filter = Self.storeFilter(filters)
        req.auditNote(clientID: filters.client, action: .export, detail: filters.query.isEmpty ? "everything" : filters.query)
        let response = Response(status: .ok, body: .init(asyncStream: { writer in
            do {
                try await writer.writeBuffer(ByteBuffer(string: AuditLogPage.csvHeader))
                var offset = 0
                while true {
                    let batch = try await store.auditEvents(filter, limit: 1000, offset: offset)
                    if batch.isEmpty { break }
                    try await writer.writeBuffer(ByteBuffer(string: batch.map(AuditLogPage.csvLine).joined()))
                    offset += batch.count
                }
                try await writer.write(.end)
            } catch {
                try? await writer.write(.error(error))
            }
        }))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"stipple-audit.csv\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    struct FilterProblem: Error {
        var field: String
        var message: String
    }

    static func auditFilters(_ req: Request) -> Result<AuditLogPage.Filters, FilterProblem> {
        var f = AuditLogPage.Filters()
        func text(_ name: String) -> String? { req.query[String.self, at: name].flatMap { $0.isEmpty ? nil : $0 } }
        if let t = text("staff") {
            guard let id = UUID(uuidString: t) else { return .failure(.init(field: "staff", message: "must be a person of the list")) }
            f.staff = id
        }
        if let t = text("client") {
            guard let id = UUID(uuidString: t) else { return .failure(.init(field: "client", message: "must be a client id")) }
            f.client = id
        }
        if let t = text("subject") {
            guard let s = AuditEvent.Subject(rawValue: t) else { return .failure(.init(field: "subject", message: "must be one of the list")) }
            f.subject = s
        }
        if let t = text("action") {
            guard let a = AuditEvent.Action(rawValue: t) else { return .failure(.init(field: "action", message: "must be one of the list")) }
            f.action = a
        }
        for name in ["from", "until"] {
            if let t = text(name) {
                guard let day = LocalDate(iso: t) else { return .failure(.init(field: name, message: "must be a date (YYYY-MM-DD)")) }
                let value = AuditLogPage.LocalDateText(text: day.iso, instant: day.start(in: .gmt))
                if name == "from" { f.from = value } else { f.until = value }
            }
        }
        if let t = text("page") {
            guard let page = Int(t), page >= 1, page <= 1_000_000 else { return .failure(.init(field: "page", message: "must be a page number")) }
            f.page = page
        }
        return .success(f)
    }

    static func storeFilter(_ f: AuditLogPage.Filters) -> AuditFilter {
        AuditFilter(staffID: f.staff, clientID: f.client, subject: f.subject, action: f.action,
                    from: f.from?.instant, until: f.until?.instant)
    }

    func people(req: Request) async throws -> Response {
        let staff = try req.staff
        if let refused = Self.adminsOnly(staff) { return refused }
        return try await peoplePage(req, staff: staff)
    }

    private func peoplePage(_ req: Request, staff: StaffMember, notice: String? = nil, problem: (UUID, String)? = nil,
                            status: HTTPStatus = .ok) async throws -> Response {
        let store = req.store
        var people: [(StaffMember, String?)] = []
        for person in try await store.staff(clinic: nil) { people.append((person, try await store.staffEmail(person.id))) }
        let clinics = Dictionary(uniqueKeysWithValues: try await store.clinics().map { ($0.id, $0) })
        return PeoplePage.render(staff: staff, csrf: req.csrfToken, people: people, clinics: clinics, notice: notice,
                                 problem: problem, status: status)
    }

    struct PasswordInput: Decodable {
        var email: String?
        var password: String?
    }

    /// An admin sets a person's sign-in email and a new password: this lifts a lockout and ends
    /// the person's open sessions.
    func setPassword(req: Request) async throws -> Response {
        let staff = try req.staff
        if let refused = Self.adminsOnly(staff) { return refused }
        let id = try req.uuid("staffID")
        guard let person = try await req.store.staffMember(id) else { throw APIError.notFound("staff member") }
        req.auditNote(subjectID: person.id, action: .update, detail: "password set by an admin")
        let input = (try? req.content.decode(PasswordInput.self)) ?? PasswordInput()
        let email = (input.email ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard Self.looksLikeEmail(email) else {
            return try await peoplePage(req, staff: staff, problem: (id, "The email (email) is not an email address."), status: .unprocessableEntity)
        }
        let password = input.password ?? ""
        if let problem = StaffPasswords.problem(password) {
            return try await peoplePage(req, staff: staff, problem: (id, "The password (password): \(problem)."), status: .unprocessableEntity)
        }
        let hash = try await StaffPasswords.hash(password, cost: req.settings.passwordCost, on: req.application.threadPool)
        do {
            try await req.store.setLogin(staff: id, email: email, passwordHash: hash)
        } catch is EmailTaken {
            return try await peoplePage(req, staff: staff, problem: (id, "Another person signs in with this email (email)."), status: .conflict)
        }
        return try await peoplePage(req, staff: staff, notice: "\(person.name) can sign in with the new password; their open sessions have ended.")
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return text.count <= 254 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(" ")
    }

    static func adminsOnly(_ staff: StaffMember) -> Response? {
        guard staff.role != .admin else { return nil }
        return StaffPageLayout.message(title: "Admins only", text: "Only an admin of the chain can open this page.",
                                       status: .forbidden, staff: staff)
    }
}
