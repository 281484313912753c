import Foundation
import StippleCore
import StippleStore
import Vapor

/// Registering a new client, at the desk: who they are, how their age was checked (an
/// identity document; under 18 refused), how to reach them and in which language. No health
/// data: the screening follows, on the client's phone or the clinic's tablet. A client with the
/// same name and date of birth already on file is shown first, to open instead.
enum RegistrationPage {
    struct Form {
        var clinic: UUID?
        var fullName = ""
        var dateOfBirth = ""
        var idDocument = ""
        var idCheckedOn = ""
        var email = ""
        var phone = ""
        var language = ""
        var channel = ""
        /// Set once the person has seen the possible duplicates and registers anyway.
        var notADuplicate = false
        /// The consultation the client is registered at, if any.
        var booking: UUID? = nil
        var duplicates: [ClientSummary] = []
        var problem: String?
        var field: String?
    }

    static let problemID = "registration-problem"

    static func render(staff: StaffMember, csrf: String, form: Form, clinics: [Clinic], status: HTTPStatus = .ok) -> Response {
        StaffPageLayout.page(title: "Register a client", staff: staff, csrf: csrf, current: .clients, status: status) {
            el("h1") { "Register a client" }
            el("p") {
                "Check an identity document showing the date of birth: SMP is for clients aged \(AgeCheck.minimumAge) or over. "
                + "The screening comes next, on the client's phone or this tablet."
            }
            if let problem = form.problem {
                el("p", .class("warning"), .id(problemID), .init("role", "alert")) { problem }
            }
            if !form.duplicates.isEmpty { duplicates(form.duplicates, booking: form.booking, csrf: csrf) }
            el("form", .init("method", "post"), .init("action", StaffRoute.register.path()), .class("stacked"), .id("registration")) {
                StaffPageLayout.hidden("_csrf", csrf)
                if let booking = form.booking { StaffPageLayout.hidden("booking", booking.uuidString) }
                if staff.role == .admin {
                    FormControls.select("clinic", "Clinic", clinics.map { ($0.id.uuidString, $0.name) },
                                        selected: form.clinic?.uuidString ?? "", problemField: form.field, problemID: problemID)
                } else if let clinic = form.clinic {
                    StaffPageLayout.hidden("clinic", clinic.uuidString)
                }
                FormControls.input("fullName", "Full name", form.fullName, maxLength: 200, problemField: form.field, problemID: problemID)
                FormControls.input("dateOfBirth", "Date of birth", form.dateOfBirth, type: "date", maxLength: nil,
                                   problemField: form.field, problemID: problemID)
                FormControls.select("idDocument", "Identity document checked",
                                    [("", "Choose the document")] + IdentityDocument.allCases.map { ($0.rawValue, $0.title) },
                                    selected: form.idDocument, problemField: form.field, problemID: problemID)
                FormControls.input("idCheckedOn", "Checked on", form.idCheckedOn, type: "date", maxLength: nil,
                                   problemField: form.field, problemID: problemID)
                FormControls.input("email", "Email", form.email, type: "email", required: false, maxLength: 254,
                                   problemField: form.field, problemID: problemID, hint: "An email or a mobile number, or both.")
                FormControls.input("phone", "Mobile number", form.phone, type: "tel", required: false, maxLength: 30,
                                   problemField: form.field, problemID: problemID)
                FormControls.radios("channel", "Send the client's links by",
                                    [("email", "Email"), ("sms", "SMS")], selected: form.channel,
                                    problemField: form.field, problemID: problemID)
                FormControls.radios("language", "Language", [("en-GB", "English"), ("nl-NL", "Nederlands")],
                                    selected: form.language, problemField: form.field, problemID: problemID)
                if !form.duplicates.isEmpty {
                    el("p") {
                        el("label") {
                            el("input", attributes: [.type("checkbox"), .name("notADuplicate"), .value("yes"), .id("notADuplicate"),
                                                     form.notADuplicate ? .flag("checked") : nil])
                            " This is a different person: register anyway"
                        }
                    }
                }
                el("button", .type("submit")) { "Register" }
            }
        }
    }

    private static func duplicates(_ found: [ClientSummary], booking: UUID?, csrf: String) -> HTMLNode {
        el("section", .aria("labelledby", "duplicates"), .class("warning"), .id("duplicate-warning")) {
            el("h2", .id("duplicates")) { "Already registered?" }
            el("p") { "A client with this name and date of birth is on file. Open their record instead, unless this is someone else." }
            el("ul") {
                for client in found {
                    el("li") {
                        el("a", .href(StaffRoute.client.path(client.id))) { client.fullName }
                        ", born \(client.dateOfBirth.text(.enGB))"
                        if let phone = client.phone { ", \(phone)" }
                        if let email = client.email { ", \(email)" }
                        if let booking {
                            el("form", .init("method", "post"), .init("action", StaffRoute.linkBookingToClient.path(booking)), .class("inline")) {
                                StaffPageLayout.hidden("_csrf", csrf)
                                StaffPageLayout.hidden("client", client.id.uuidString)
                                " "
                                el("button", .type("submit"), .class("small-button"), .aria("label", "This is \(client.fullName): add the consultation to their record")) {
                                    "This is them: add the consultation to their record"
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
