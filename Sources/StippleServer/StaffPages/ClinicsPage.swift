import Foundation
import StippleCore
import StippleStore
import Vapor

/// The clinics a person works for (an admin: the chain), each with its settings and consent
/// documents.
enum ClinicsPage {
    static func render(staff: StaffMember, csrf: String, clinics: [Clinic]) -> Response {
        StaffPageLayout.page(title: "Clinics", staff: staff, csrf: csrf, current: .clinics) {
            el("h1") { "Clinics" }
            el("table") {
                el("thead") {
                    el("tr") { for h in ["Clinic", "Time zone", "Language", "Phone", ""] { el("th", .init("scope", "col")) { h } } }
                }
                el("tbody") {
                    for c in clinics {
                        el("tr") {
                            el("td") { c.name }
                            el("td") { c.timeZone }
                            el("td") { c.language == .nlNL ? "Nederlands" : "English" }
                            el("td") { c.phone ?? "" }
                            el("td") {
                                el("a", .href(StaffRoute.clinicSettings.path(c.id)), .aria("label", "Settings of \(c.name)")) { "Settings" }
                                " · "
                                el("a", .href(StaffRoute.consentDocuments.path(c.id)), .aria("label", "Consent documents of \(c.name)")) {
                                    "Consent documents"
                                }
                                " · "
                                el("a", .href(StaffRoute.schedule.path(c.id)), .aria("label", "Schedule of \(c.name)")) {
                                    "Schedule"
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
