import StippleStore
import Vapor

/// The login form, and what it answers.
enum LoginPage {
    static func render(csrf: String, next: String, email: String = "", problem: String? = nil,
                       status: HTTPStatus = .ok) -> Response {
        StaffPageLayout.page(title: "Sign in", staff: nil, status: status) {
            el("h1") { "Stipple · staff sign in" }
            if let problem {
                el("section", .class("error-summary"), .init("role", "alert")) {
                    el("p", .class("error"), .id("login-problem")) { problem }
                }
            }
            el("section") {
                el("form", .init("method", "post"), .init("action", StaffRoute.login.path())) {
                    StaffPageLayout.hidden("_csrf", csrf)
                    StaffPageLayout.hidden("next", next)
                    el("label", .for("email")) { "Email" }
                    el("input", attributes: [.type("email"), .id("email"), .name("email"), .value(email),
                                             .init("autocomplete", "email"), .flag("required"),
                                             problem == nil ? nil : .aria("describedby", "login-problem")])
                    el("label", .for("password")) { "Password" }
                    el("input", .type("password"), .id("password"), .name("password"),
                       .init("autocomplete", "current-password"), .flag("required"))
                    el("p") { el("button", .type("submit"), .class("button")) { "Sign in" } }
                }
                el("p", .class("hint")) { "Forgotten your password? An admin of your chain can set a new one." }
            }
        }
    }
}
