import Foundation
import StippleStore
import Vapor

/// `/staff/people` (admins): everyone who works in the chain, how they sign in, their API tokens,
/// and the ways to end them: a new password, a revoked token, a deactivated person.
enum PeoplePage {
    struct Model {
        var people: [(StaffMember, String?)]
        var clinics: [UUID: Clinic]
        var deactivated: [UUID: Date]
        var tokens: [APITokenRecord]
        var now: Date
        var notice: String?
        /// A token just issued, shown this once.
        var newToken: String?
        /// What is wrong with a person's row (their id) or with the token form.
        var problem: (UUID, String)?
        var tokenProblem: String?
        /// What the secret is ("The token", "The invitation link"), when there is one.
        var secretLabel: String? = nil
        /// The add-a-person form as sent, and what is wrong with it.
        var invite = InviteForm()
    }

    struct InviteForm {
        var name = ""
        var role = StaffRole.technician.rawValue
        var clinic = ""
        var email = ""
        var problem: String?
    }

    static func render(staff: StaffMember, csrf: String, _ m: Model, status: HTTPStatus = .ok) -> Response {
        StaffPageLayout.page(title: "Staff", staff: staff, csrf: csrf, current: .staff, status: status) {
            el("h1") { "Staff and sign-in" }
            if let notice = m.notice {
                el("section", .class("notice"), .init("role", "status")) {
                    el("p") { notice }
                    if let token = m.newToken {
                        el("p") { "\(m.secretLabel ?? "The token"), shown this once: " ; el("code", .id("new-token")) { token } }
                    }
                }
            }
            el("table") {
                el("thead") {
                    el("tr") { for h in ["Name", "Role", "Clinic", "Sign-in email", "Set a new password", "Access"] { el("th", .init("scope", "col")) { h } } }
                }
                el("tbody") {
                    for (person, email) in m.people {
                        el("tr", .id("person-\(person.id)")) {
                            el("td") { person.name }
                            el("td") { StaffPageLayout.roleName(person.role) }
                            el("td") { person.clinicID.flatMap { m.clinics[$0]?.name } ?? "whole chain" }
                            el("td") { email ?? "no sign-in" }
                            el("td") { m.deactivated[person.id] == nil ? passwordForm(person, email: email, csrf: csrf, problem: m.problem) : el("span") { "—" } }
                            el("td") { access(person, deactivatedAt: m.deactivated[person.id], csrf: csrf, isSelf: person.id == staff.id) }
                        }
                    }
                }
            }
            inviteForm(m, csrf: csrf)
            el("h2", .id("tokens")) { "API tokens" }
            el("p") { "Integrations call the API with a token that acts as its holder. Only a token's hash is kept: a lost one is revoked and a new one issued." }
            issueForm(m, csrf: csrf)
            if m.tokens.isEmpty {
                el("p") { "No tokens yet." }
            } else {
                el("table") {
                    el("thead") { el("tr") { for h in ["Holder", "Name", "Created (UTC)", "Last used (UTC)", "Expires (UTC)", "State", ""] { el("th", .init("scope", "col")) { h } } } }
                    el("tbody") {
                        for token in m.tokens {
                            el("tr", .id("token-\(token.id)")) {
                                el("td") { token.staffName }
                                el("td") { token.name ?? "unnamed" }
                                el("td") { token.createdAt.map(utc) ?? "—" }
                                el("td") { token.lastUsedAt.map(utc) ?? "never" }
                                el("td") { token.expiresAt.map(utc) ?? "never" }
                                el("td") { state(token, m) }
                                el("td") {
                                    if token.works(at: m.now, holderActive: m.deactivated[token.staffID] == nil) {
                                        el("form", .init("method", "post"), .init("action", StaffRoute.revokeToken.path(token.id))) {
                                            StaffPageLayout.hidden("_csrf", csrf)
                                            el("button", .type("submit"), .class("small-button")) { "Revoke" }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func utc(_ date: Date) -> String { CalendarPage.dateTime(date, .gmt) }

    static func state(_ token: APITokenRecord, _ m: Model) -> String {
        if let revoked = token.revokedAt { return "revoked \(utc(revoked))" }
        if m.deactivated[token.staffID] != nil { return "holder deactivated" }
        if let expires = token.expiresAt, expires <= m.now { return "expired" }
        return "works"
    }

    static func passwordForm(_ person: StaffMember, email: String?, csrf: String, problem: (UUID, String)?) -> HTMLNode {
        el("form", .init("method", "post"), .init("action", StaffRoute.setPassword.path(person.id))) {
            StaffPageLayout.hidden("_csrf", csrf)
            if problem?.0 == person.id, let message = problem?.1 {
                el("p", .class("error"), .id("problem-\(person.id)"), .init("role", "alert")) { message }
            }
            el("label") {
                "Email"
                el("input", .type("email"), .name("email"), .value(email ?? ""), .flag("required"))
            }
            el("label") {
                "New password (at least \(StaffPasswords.minLength) characters)"
                el("input", .type("password"), .name("password"), .flag("required"),
                   .init("autocomplete", "new-password"), .init("minlength", String(StaffPasswords.minLength)))
            }
            el("button", .type("submit"), .class("small-button")) { "Set password" }
        }
    }

    /// Active, with the way to end it (not for oneself: an admin cannot lock the door behind them).
    static func access(_ person: StaffMember, deactivatedAt: Date?, csrf: String, isSelf: Bool) -> HTMLNode {
        if let deactivatedAt { return el("span", .class("muted")) { "Deactivated \(utc(deactivatedAt))" } }
        if isSelf { return el("span") { "Active (you)" } }
        return el("form", .init("method", "post"), .init("action", StaffRoute.deactivate.path(person.id))) {
            StaffPageLayout.hidden("_csrf", csrf)
            el("p", .class("hint")) { "Ends their sessions, tokens and calendar feed at once." }
            el("button", .type("submit"), .class("small-button")) { "Deactivate \(person.name)" }
        }
    }

    static func issueForm(_ m: Model, csrf: String) -> HTMLNode {
        let active = m.people.map(\.0).filter { m.deactivated[$0.id] == nil }
        return el("form", .init("method", "post"), .init("action", StaffRoute.issueToken.path()), .id("issue-token")) {
            StaffPageLayout.hidden("_csrf", csrf)
            if let message = m.tokenProblem {
                el("p", .class("error"), .id("token-problem"), .init("role", "alert")) { message }
            }
            DashboardPage.select("staff", "Holder", active.map { ($0.id.uuidString, $0.name) }, selected: "")
            el("label") {
                "Name (what the token is for)"
                el("input", .type("text"), .name("name"), .flag("required"), .init("maxlength", "100"))
            }
            el("label") {
                "Expires after (days; empty: until revoked)"
                el("input", .type("number"), .name("days"), .init("min", "1"), .init("max", "3650"))
            }
            el("button", .type("submit"), .class("small-button")) { "Issue a token" }
        }
    }

    /// Adding a person: their name, role, clinic and the email they will sign in with; they set
    /// their own password through a one-time invitation link.
    static func inviteForm(_ m: Model, csrf: String) -> HTMLNode {
        let f = m.invite
        return el("section", .aria("labelledby", "add-person")) {
            el("h2", .id("add-person")) { "Add a person" }
            el("form", .init("method", "post"), .init("action", StaffRoute.addStaff.path()), .class("stacked")) {
                StaffPageLayout.hidden("_csrf", csrf)
                if let problem = f.problem { el("p", .class("warning"), .id("invite-problem"), .init("role", "alert")) { problem } }
                el("p") {
                    el("label", .for("invite-name")) { "Name" }
                    el("input", .type("text"), .id("invite-name"), .name("name"), .value(f.name), .flag("required"), .init("maxlength", "200"))
                }
                el("p") {
                    el("label", .for("invite-role")) { "Role" }
                    el("select", .id("invite-role"), .name("role")) {
                        for role in [StaffRole.technician, .leadTechnician, .reception, .admin] {
                            el("option", attributes: [.value(role.rawValue), role.rawValue == f.role ? .flag("selected") : nil]) {
                                StaffPageLayout.roleName(role)
                            }
                        }
                    }
                }
                el("p") {
                    el("label", .for("invite-clinic")) { "Clinic (none for an admin)" }
                    el("select", .id("invite-clinic"), .name("clinic")) {
                        el("option", .value("")) { "whole chain" }
                        for clinic in m.clinics.values.sorted(by: { $0.name < $1.name }) {
                            el("option", attributes: [.value(clinic.id.uuidString), clinic.id.uuidString == f.clinic ? .flag("selected") : nil]) {
                                clinic.name
                            }
                        }
                    }
                }
                el("p") {
                    el("label", .for("invite-email")) { "Sign-in email" }
                    el("input", .type("email"), .id("invite-email"), .name("email"), .value(f.email), .flag("required"), .init("maxlength", "254"))
                }
                el("button", .type("submit")) { "Add and make an invitation link" }
            }
        }
    }
}
