import Foundation

/// Parts every public form shares.
enum PublicForm {
    /// The honeypot: a field people never see or fill in (off-screen, out of the tab order,
    /// labelled to leave empty for screen readers); a form that comes back with it filled in was
    /// sent by a script, and is answered as if it had worked, with nothing written.
    static let trapField = "website"

    static func trap(_ lang: SiteLanguage) -> HTMLNode {
        el("div", .class("trap"), .aria("hidden", "true")) {
            el("label", .for("trap-\(trapField)")) { lang.t("Leave this empty", "Laat dit leeg") }
            el("input", .type("text"), .id("trap-\(trapField)"), .name(trapField), .init("tabindex", "-1"), .init("autocomplete", "off"))
        }
    }
}
