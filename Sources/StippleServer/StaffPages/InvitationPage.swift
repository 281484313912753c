import StippleStore
import Vapor

/// The page a new person opens from their invitation: who it is for, and their new password
/// twice. A used, expired or unknown link shows one page that says so, whatever the reason.
enum InvitationPage {
    static func render(_ invitation: StaffInvitation, token: String, problem: String? = nil, status: HTTPStatus = .ok) -> Response {
        StaffPageLayout.page(title: "Set your password", staff: nil, status: status) {
            el("h1") { "Welcome to Stipple, \(invitation.name)" }
            el("p") { "You will sign in with \(invitation.email). Choose a password of at least 12 characters." }
            if let problem {
                el("section", .class("error-summary"), .init("role", "alert")) { el("p", .class("error"), .id("invitation-problem")) { problem } }
            }
            el("form", .init("method", "post"), .init("action", StaffRoute.acceptInvitation.path(token))) {
                el("label", .for("password")) { "New password" }
                el("input", attributes: [.type("password"), .id("password"), .name("password"), .init("autocomplete", "new-password"),
                                         .flag("required"), .init("minlength", "12"),
                                         problem == nil ? nil : .aria("describedby", "invitation-problem")])
                el("label", .for("repeat")) { "The same password again" }
                el("input", .type("password"), .id("repeat"), .name("repeat"), .init("autocomplete", "new-password"), .flag("required"))
                el("p") { el("button", .type("submit"), .class("button")) { "Set my password" } }
            }
        }
    }

    static func notValid() -> Response {
        StaffPageLayout.message(title: "This invitation is not valid",
                                text: "It was used already, it has ended, or the address is not complete. Ask an admin of your chain for a new one.",
                                status: .notFound)
    }
}
