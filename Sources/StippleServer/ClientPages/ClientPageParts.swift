import StippleCore
import StippleStore

/// Blocks that several client pages show.
enum ClientPageParts {
    /// How to reach the clinic.
    static func clinic(_ clinic: Clinic, _ t: ClientPageText) -> HTMLNode {
        el("section", .aria("labelledby", "clinic")) {
            el("h2", .id("clinic")) { t.clinic }
            el("p") { t.clinicLead }
            el("p") {
                el("strong") { clinic.name }
                el("br")
                clinic.address
            }
            if let phone = clinic.phone {
                el("p") {
                    "\(t.phone): "
                    el("a", .href("tel:" + dialable(phone))) { phone }
                }
            }
            if let email = clinic.email {
                el("p") {
                    "\(t.email): "
                    el("a", .href("mailto:" + email)) { email }
                }
            }
        }
    }

    /// Where to get urgent care, and the emergency number to call.
    static func emergency(_ clinic: Clinic, _ t: ClientPageText, protocol p: AftercareProtocol) -> HTMLNode {
        el("section", .class("emergency"), .aria("labelledby", "emergency")) {
            el("h2", .id("emergency")) { t.emergency }
            el("p") { t.urgentCareText(feverC: p.triage.feverC, advice: clinic.urgentCareAdvice) }
            el("p") { t.emergencyText(clinic.emergencyNumber) }
            el("a", .class("call"), .href("tel:" + clinic.emergencyNumber)) { t.call(clinic.emergencyNumber) }
        }
    }

    /// `<ul>` with one `<li>` of text per item.
    static func list(_ items: [String]) -> HTMLNode {
        el("ul") { items.map { item in el("li") { item } } }
    }

    /// The digits and plus sign of a phone number, as a `tel:` link wants them.
    static func dialable(_ phone: String) -> String {
        String(String.UnicodeScalarView(phone.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "+" }))
    }
}
