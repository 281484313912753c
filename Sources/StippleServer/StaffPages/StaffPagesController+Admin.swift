import Foundation
import StippleCore
import StippleStore
import Vapor

// Admin pages: the audit log and who can sign in.
extension StaffPagesController {
    func auditLog(req: Request) async throws -> Response {
        let staff = try Self.admin(req)
        let filters = try Self.auditFilters(req)
        let events = try await req.store.auditEvents(Self.storeFilter(filters), limit: AuditLogPage.pageSize,
                                                     offset: (filters.page - 1) * AuditLogPage.pageSize)
        req.auditNote(clientID: filters.client, detail: filters.query.isEmpty ? "page \(filters.page)" : filters.query)
        return AuditLogPage.render(staff: staff, csrf: req.csrfToken, events: events, filters: filters,
                                   people: try await req.store.staff(clinic: nil))
    }

    /// The filtered log as CSV, streamed in pages so a long log does not sit in memory at once.
    func auditExport(req: Request) async throws -> Response {
        _ = try Self.admin(req)
        let filters = try Self.auditFilters(req)
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

    static func auditFilters(_ req: Request) throws -> AuditLogPage.Filters {
        var f = AuditLogPage.Filters()
        func text(_ name: String) -> String? { req.query[String.self, at: name].flatMap { $0.isEmpty ? nil : $0 } }
        if let t = text("staff") {
            guard let id = UUID(uuidString: t) else { throw badFilter("staff", "must be a person of the list") }
            f.staff = id
        }
        if let t = text("client") {
            guard let id = UUID(uuidString: t) else { throw badFilter("client", "must be a client id") }
            f.client = id
        }
        if let t = text("subject") {
            guard let s = AuditEvent.Subject(rawValue: t) else { throw badFilter("subject", "must be one of the list") }
            f.subject = s
        }
        if let t = text("action") {
            guard let a = AuditEvent.Action(rawValue: t) else { throw badFilter("action", "must be one of the list") }
            f.action = a
        }
        for name in ["from", "until"] {
            if let t = text(name) {
                guard let day = LocalDate(iso: t) else { throw badFilter(name, "must be a date (YYYY-MM-DD)") }
                let value = AuditLogPage.LocalDateText(text: day.iso, instant: day.start(in: .gmt))
                if name == "from" { f.from = value } else { f.until = value }
            }
        }
        if let t = text("page") {
            guard let page = Int(t), page >= 1, page <= 1_000_000 else { throw badFilter("page", "must be a page number") }
            f.page = page
        }
        return f
    }

    static func storeFilter(_ f: AuditLogPage.Filters) -> AuditFilter {
        AuditFilter(staffID: f.staff, clientID: f.client, subject: f.subject, action: f.action,
                    from: f.from?.instant, until: f.until?.instant)
    }

    func people(req: Request) async throws -> Response {
        let staff = try Self.admin(req)
        let flash = StaffFlash.take(req)
        let page = try await peoplePage(req, staff: staff, notice: flash?.notice, newToken: flash?.secret,
                                        secretLabel: flash?.secretLabel)
        return flash == nil ? page : StaffFlash.clear(page, req)
    }

    private func peoplePage(_ req: Request, staff: StaffMember, notice: String? = nil, newToken: String? = nil,
                            secretLabel: String? = nil, problem: (UUID, String)? = nil, tokenProblem: String? = nil,
                            invite: PeoplePage.InviteForm = .init(), status: HTTPStatus = .ok) async throws -> Response {
        let store = req.store
        let emails = try await store.staffEmails()
        let people = try await store.staff(clinic: nil).map { ($0, emails[$0.id]) }
        let clinics = Dictionary(uniqueKeysWithValues: try await store.clinics().map { ($0.id, $0) })
        let model = PeoplePage.Model(people: people, clinics: clinics, deactivated: try await store.deactivatedStaff(),
                                     tokens: try await store.apiTokens(), now: req.now, notice: notice, newToken: newToken,
                                     problem: problem, tokenProblem: tokenProblem, secretLabel: secretLabel, invite: invite)
        return PeoplePage.render(staff: staff, csrf: req.csrfToken, model, status: status)
    }

    struct InviteInput: Decodable {
        var name: String?
        var role: String?
        var clinic: String?
        var email: String?
    }

    /// An admin adds a person, who sets their own password through a one-time link shown here
    /// once (`StaffInvitations`).
    func addStaff(req: Request) async throws -> Response {
        let admin = try Self.admin(req)
        let input = (try? req.content.decode(InviteInput.self)) ?? InviteInput()
        var form = PeoplePage.InviteForm(name: input.name ?? "", role: input.role ?? "", clinic: input.clinic ?? "",
                                         email: input.email ?? "")
        do {
            let invited = try await StaffInvitations(store: req.store, now: req.now, days: StaffInvitations.days)
                .invite(name: form.name, role: form.role, clinic: form.clinic, email: form.email, by: admin)
            req.auditNote(subjectID: invited.member.id, action: .create,
                          detail: "\(StaffPageLayout.roleName(invited.member.role)) \(invited.member.name), invited")
            return StaffFlash(notice: "\(invited.member.name) is added. Send them the link below: it works once, for "
                              + "\(StaffInvitations.days) days, to set their password.",
                              secret: req.publicBaseURL + StaffRoute.invitation.path(invited.token),
                              secretLabel: "The invitation link")
                .redirect(req, to: StaffRoute.people.path())
        } catch let error as APIError where error.status.code < 500 {
            form.problem = error.message.prefix(1).uppercased() + error.message.dropFirst() + "."
            req.auditNote(action: .create, detail: "refused: \(error.field ?? error.code)")
            return try await peoplePage(req, staff: admin, invite: form, status: error.status)
        }
    }

    struct TokenInput: Decodable {
        var staff: String?
        var name: String?
        var days: String?
    }

    /// An admin issues an API token for a person: named, optionally expiring, shown once.
    func issueToken(req: Request) async throws -> Response {
        let admin = try Self.admin(req)
        let input = (try? req.content.decode(TokenInput.self)) ?? TokenInput()
        func refuse(_ message: String) async throws -> Response {
            try await peoplePage(req, staff: admin, tokenProblem: message, status: .unprocessableEntity)
        }
        guard let id = input.staff.flatMap(UUID.init(uuidString:)), let holder = try await req.store.staffMember(id),
              try await req.store.deactivatedStaff()[id] == nil
        else { return try await refuse("Choose the token's holder (staff) from the list.") }
        let name: String
        do { name = try PlainText.line(input.name ?? "", field: "name", maximum: 100) } catch {
            return try await refuse("Name the token (name): 1 to 100 characters on one line.")
        }
        var expiresAt: Date?
        if let text = input.days?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let days = Int(text), (1...3650).contains(days) else {
                return try await refuse("The expiry (days) is a number of days from 1 to 3650, or empty.")
            }
            expiresAt = req.now.addingTimeInterval(Double(days) * 86_400)
        }
        let token = APIToken.generate()
        let tokenID = try await req.store.addAPIToken(staff: holder.id, name: name, tokenHash: APIToken.hash(token),
                                                      expiresAt: expiresAt, at: req.now)
        req.auditNote(subjectID: tokenID, action: .create, detail: "API token \"\(name)\" for \(holder.name)")
        return StaffFlash(notice: "A token for \(holder.name) (\(name)). Copy it now: it is not shown again.", secret: token)
            .redirect(req, to: StaffRoute.people.path() + "#tokens")
    }

    /// An admin revokes a token: the next call with it is refused, on every instance.
    func revokeToken(req: Request) async throws -> Response {
        _ = try Self.admin(req)
        let id = try req.uuid("tokenID")
        guard let token = try await req.store.apiTokens().first(where: { $0.id == id }) else { throw APIError.notFound("token") }
        let revoked = try await req.store.revokeAPIToken(id, at: req.now)
        req.auditNote(subjectID: id, action: .update, detail: "API token \"\(token.name ?? "unnamed")\" of \(token.staffName) revoked")
        return StaffFlash(notice: revoked ? "The token \(token.name ?? "") of \(token.staffName) is revoked."
                                          : "That token was revoked already.")
            .redirect(req, to: StaffRoute.people.path() + "#tokens")
    }

    /// An admin deactivates a person: their sessions, tokens and calendar feed end at once, and
    /// they can no longer sign in.
    func deactivate(req: Request) async throws -> Response {
        let admin = try Self.admin(req)
        let id = try req.uuid("staffID")
        guard let person = try await req.store.staffMember(id) else { throw APIError.notFound("staff member") }
        req.auditNote(subjectID: person.id, action: .update, detail: "deactivated")
        guard person.id != admin.id else {
            return try await peoplePage(req, staff: admin, problem: (id, "You cannot deactivate yourself."), status: .conflict)
        }
        let changed = try await req.store.deactivateStaff(id, at: req.now)
        return StaffFlash(notice: changed
            ? "\(person.name) is deactivated: their sessions, tokens and calendar feed have ended."
            : "\(person.name) was deactivated already.")
            .redirect(req, to: StaffRoute.people.path())
    }

    struct PasswordInput: Decodable {
        var email: String?
        var password: String?
    }

    /// An admin sets a person's sign-in email and a new password: this lifts a lockout and ends
    /// the person's open sessions.
    func setPassword(req: Request) async throws -> Response {
        let staff = try Self.admin(req)
        let id = try req.uuid("staffID")
        guard let person = try await req.store.staffMember(id) else { throw APIError.notFound("staff member") }
        req.auditNote(subjectID: person.id, action: .update, detail: "password set by an admin")
        let input = (try? req.content.decode(PasswordInput.self)) ?? PasswordInput()
        let email = (input.email ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard (try? EmailAddress(email)) != nil else {
            return try await peoplePage(req, staff: staff, problem: (id, "The email (email) is not an email address."),
                                        status: .unprocessableEntity)
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
        return StaffFlash(notice: "\(person.name) can sign in with the new password; their open sessions have ended.")
            .redirect(req, to: StaffRoute.people.path())
    }

    /// The signed-in admin; anyone else is refused (403).
    static func admin(_ req: Request) throws -> StaffMember {
        let staff = try req.staff
        try staff.requireRole(.admin, because: "only an admin of the chain can open this page")
        return staff
    }
}
