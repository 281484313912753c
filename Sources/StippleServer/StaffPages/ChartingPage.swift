import Foundation
import StippleCore
import StippleStore
import Vapor

/// Charting a session at the chair, on a tablet (768×1024): the zones on the scalp diagram,
/// needle, depth and density, the pigment batch from the clinic's register, pain relief, pain,
/// bleeding and reactions, notes, and before and after photos in the standard views taken with
/// the tablet's camera. Large touch targets; no script.
enum ChartingPage {
    /// The form as sent, to show again beside its problem.
    struct Form {
        var values: [String: String] = [:]
        var problem: String?
        var field: String?

        func value(_ name: String, _ fallback: String = "") -> String { values[name] ?? fallback }
        func checked(_ name: String) -> Bool { values[name] == "yes" }
    }

    static let problemID = "charting-problem"
    static let painRelief = ["topical anaesthetic", "cooling", "breaks", "ice"]
    static let needleSizes = ["0.18 mm", "0.20 mm", "0.25 mm", "0.30 mm", "0.35 mm"]

    static func photoField(_ stage: PhotoStage, _ view: ScalpView) -> String { "photo-\(stage.rawValue)-\(view.rawValue)" }

    static func render(client: ClientRecord, clinic: Clinic, staff: StaffMember, csrf: String, technicians: [StaffMember],
                       batches: [PigmentBatch], today: LocalDate, screening: ClientScreening, consentsReady: Bool,
                       photosAllowed: Bool, form: Form = Form(), status: HTTPStatus = .ok) -> Response {
        StaffPageLayout.page(title: "Chart a session: \(client.fullName)", staff: staff, csrf: csrf, current: .clients, status: status) {
            el("h1") { "Chart a session" }
            el("p", .class("clinic-name")) {
                el("a", .href(StaffRoute.client.path(client.id))) { client.fullName }
                " · \(clinic.name)"
            }
            if let assessment = screening.assessment {
                if !assessment.notices.isEmpty || !assessment.clearToTreat {
                    el("ul", .id("chair-warnings")) {
                        for c in assessment.contraindications { el("li", .class("warning")) { c.message } }
                        for k in assessment.clearancesMissing { el("li", .class("warning")) { "\(k.title) needed before treatment." } }
                        for n in assessment.notices { el("li", .class("warning")) { n.message } }
                    }
                }
            } else {
                el("p", .class("warning")) { "Not screened yet: the session cannot be saved until the screening is complete." }
            }
            if !consentsReady {
                el("p", .class("warning")) { "Treatment and health-data consent are needed before the session can be saved." }
            }
            if let problem = form.problem {
                el("p", .class("warning"), .id(problemID), .init("role", "alert")) { problem }
            }
            el("form", .init("method", "post"), .init("action", StaffRoute.recordSession.path(client.id)),
               .init("enctype", "multipart/form-data"), .class("charting"), .id("charting")) {
                StaffPageLayout.hidden("_csrf", csrf)
                el("fieldset", .class("zones"), .id("zones")) {
                    el("legend") { "Zones treated" }
                    for zone in TreatmentZone.charted {
                        el("label", .class("zone")) {
                            el("input", attributes: [.type("checkbox"), .name("zone-\(zone.rawValue)"), .value("yes"),
                                                     form.checked("zone-\(zone.rawValue)") ? .flag("checked") : nil])
                            ScalpDiagram.head(highlighting: zone)
                            el("span") { zone.title }
                        }
                    }
                }
                el("fieldset") {
                    el("legend") { "When and who" }
                    FormControls.select("technician", "Technician", technicians.map { ($0.id.uuidString, $0.name) },
                                        selected: form.value("technician", staff.id.uuidString), problemField: form.field, problemID: problemID)
                    FormControls.input("date", "Date", form.value("date", today.iso), type: "date", maxLength: nil,
                                       problemField: form.field, problemID: problemID)
                    FormControls.input("start", "Started", form.value("start"), type: "time", maxLength: nil,
                                       problemField: form.field, problemID: problemID)
                    FormControls.input("end", "Ended", form.value("end"), type: "time", maxLength: nil,
                                       problemField: form.field, problemID: problemID)
                }
                el("fieldset") {
                    el("legend") { "Needle and pigment" }
                    FormControls.input("needleType", "Needle type", form.value("needleType", "3RL"), problemField: form.field,
                                       problemID: problemID)
                    FormControls.select("needleSize", "Needle size", needleSizes.map { ($0, $0) },
                                        selected: form.value("needleSize", "0.25 mm"), problemField: form.field, problemID: problemID)
                    FormControls.radios("depth", "Depth", ClientFactors.NeedleDepth.allCases.map { ($0.rawValue, $0.rawValue) },
                                        selected: form.value("depth", "standard"), problemField: form.field, problemID: problemID)
                    FormControls.input("dotDensity", "Dot density (dots per cm²)", form.value("dotDensity"), type: "number",
                                       required: false, maxLength: nil, problemField: form.field, problemID: problemID)
                    FormControls.select("pigmentBatchID", "Pigment batch (from the register)",
                                        [("", "Choose the batch")] + batches.map {
                                            ($0.id.uuidString, "\($0.product), lot \($0.lot), use by \($0.expiresOn.text(.enGB))")
                                        },
                                        selected: form.value("pigmentBatchID"), problemField: form.field, problemID: problemID)
                }
                el("fieldset") {
                    el("legend") { "Comfort" }
                    FormControls.input("anaesthetic", "Anaesthetic (product)", form.value("anaesthetic"), required: false,
                                       maxLength: 200, problemField: form.field, problemID: problemID)
                    el("fieldset", .class("choices")) {
                        el("legend") { "Pain relief" }
                        for relief in painRelief {
                            el("label") {
                                el("input", attributes: [.type("checkbox"), .name("relief-\(relief)"), .value("yes"),
                                                         form.checked("relief-\(relief)") ? .flag("checked") : nil])
                                " \(relief.prefix(1).uppercased() + relief.dropFirst())"
                            }
                        }
                    }
                    FormControls.input("breaks", "Breaks taken", form.value("breaks", "0"), type: "number", maxLength: nil,
                                       problemField: form.field, problemID: problemID)
                    FormControls.radios("pain", "Pain the client reported (0 none, 10 worst)", (0...10).map { ("\($0)", "\($0)") },
                                        selected: form.values["pain"], problemField: form.field, problemID: problemID)
                }
                el("fieldset") {
                    el("legend") { "Bleeding and reactions" }
                    FormControls.radios("bleeding", "Bleeding",
                                        [("none", "None"), ("minor", "Minor"), ("moderate", "Moderate"), ("heavy", "Excessive")],
                                        selected: form.value("bleeding", "minor"), problemField: form.field, problemID: problemID)
                    el("p") {
                        el("label", .for("reactions")) { "Reactions (swelling, weals, anything unusual)" }
                        el("textarea", .id("reactions"), .name("reactions"), .init("rows", "2"), .init("maxlength", "1000")) {
                            form.value("reactions")
                        }
                    }
                    el("p") {
                        el("label", .for("notes")) { "Notes" }
                        el("textarea", .id("notes"), .name("notes"), .init("rows", "3"), .init("maxlength", "5000")) { form.value("notes") }
                    }
                }
                el("fieldset", .id("photos")) {
                    el("legend") { "Photos in the standard views" }
                    if photosAllowed {
                        for stage in PhotoStage.allCases {
                            el("h2") { stage == .before ? "Before" : "After" }
                            for view in ScalpView.allCases {
                                let field = photoField(stage, view)
                                el("p") {
                                    el("label", .for(field)) { view.name(.enGB) }
                                    el("input", attributes: [.type("file"), .id(field), .name(field), .init("accept", "image/jpeg,image/png"),
                                                             .init("capture", "environment"),
                                                             form.field == field ? .aria("describedby", problemID) : nil])
                                }
                            }
                        }
                    } else {
                        el("p", .id("no-photos")) { "The client has not agreed to photos in their record: none are taken." }
                    }
                }
                el("button", .type("submit"), .class("big-button")) { "Save the session and hand over the link" }
            }
        }
    }
}
