import Foundation
import StippleCore
import StippleStore
import Vapor

/// A clinic's pigment batch register: the batches in use, expired and recalled, a form to enter
/// a new one, and for a lead technician or an admin a recall form on each batch in use.
enum PigmentBatchesPage {
    /// The entry form as sent, with the problem to show at its field.
    struct Form {
        var product = ""
        var lot = ""
        var supplier = ""
        var expiresOn = ""
        var problem: String?
        var field: String?
        /// The batch whose recall form the problem belongs to.
        var recallBatch: UUID?
    }

    static func render(staff: StaffMember, csrf: String, clinic: Clinic, clinics: [Clinic], batches: [PigmentBatch],
                       today: LocalDate, form: Form = Form(), notice: String? = nil, status: HTTPStatus = .ok) -> Response {
        let mayRecall = staff.role == .leadTechnician || staff.role == .admin
        let zone = (try? clinic.zone()) ?? .gmt
        // In use first, then expired, then recalled; the store's order within each.
        let batches = batches.enumerated().sorted { a, b in
            (rank(a.element, today), a.offset) < (rank(b.element, today), b.offset)
        }.map(\.element)
        return StaffPageLayout.page(title: "Pigment batches", staff: staff, csrf: csrf, current: .batches, status: status) {
            el("h1") { "Pigment batches" }
            el("p", .class("clinic-name")) { clinic.name }
            if let notice { el("section", .class("notice"), .init("role", "status")) { el("p", .id("notice")) { notice } } }
            if staff.role == .admin, clinics.count > 1 {
                el("form", .init("method", "get"), .init("action", StaffRoute.batches.path()), .class("filters")) {
                    el("label", .for("clinic")) { "Clinic" }
                    el("select", .id("clinic"), .name("clinic")) {
                        for c in clinics {
                            el("option", attributes: [.value(c.id.uuidString), c.id == clinic.id ? .flag("selected") : nil]) { c.name }
                        }
                    }
                    el("button", .type("submit"), .class("small-button")) { "Show" }
                }
            }
            el("p") {
                "Every session names the batch its pigment came from, so a recalled batch can be traced to every client "
                + "(EU tattoo-ink rules). An expired or recalled batch cannot be charted."
            }
            if batches.isEmpty {
                el("p", .id("no-batches")) { "No batch in this clinic's register yet." }
            } else {
                el("table", .class("batches")) {
                    el("caption") { "Batches of \(clinic.name)" }
                    el("thead") {
                        el("tr") {
                            for heading in ["Product", "Lot", "Supplier", "Expires", "Status", "Recall"] { el("th", .init("scope", "col")) { heading } }
                        }
                    }
                    el("tbody") {
                        for batch in batches { row(batch, today: today, zone: zone, mayRecall: mayRecall, csrf: csrf, form: form) }
                    }
                }
            }
            el("section", .aria("labelledby", "add-batch")) {
                el("h2", .id("add-batch")) { "Enter a batch" }
                el("form", .init("method", "post"), .init("action", StaffRoute.addBatch.path()), .class("stacked")) {
                    StaffPageLayout.hidden("_csrf", csrf)
                    StaffPageLayout.hidden("clinic", clinic.id.uuidString)
                    if form.recallBatch == nil, let problem = form.problem {
                        el("p", .class("warning"), .id("batch-problem"), .init("role", "alert")) { problem }
                    }
                    field("product", "Product", form.product, form: form)
                    field("lot", "Batch or lot number", form.lot, form: form)
                    field("supplier", "Supplier", form.supplier, form: form)
                    field("expiresOn", "Use by (last day)", form.expiresOn, type: "date", form: form)
                    el("button", .type("submit")) { "Enter the batch" }
                }
            }
        }
    }

    static func statusText(_ batch: PigmentBatch, today: LocalDate, zone: TimeZone) -> String {
        if let at = batch.recalledAt {
            return "Recalled \(LocalDate(at, in: zone).iso)" + (batch.recallReason.map { ": \($0)" } ?? "")
        }
        return batch.expiresOn < today ? "Expired" : "In use"
    }

    private static func rank(_ batch: PigmentBatch, _ today: LocalDate) -> Int {
        batch.isRecalled ? 2 : batch.expiresOn < today ? 1 : 0
    }

    private static func row(_ batch: PigmentBatch, today: LocalDate, zone: TimeZone, mayRecall: Bool, csrf: String,
                            form: Form) -> HTMLNode {
        el("tr", .id("batch-\(batch.id)")) {
            el("td") { batch.product }
            el("td") { batch.lot }
            el("td") { batch.supplier }
            el("td") { batch.expiresOn.iso }
            el("td", attributes: [batch.isRecalled ? .class("overdue") : nil]) { statusText(batch, today: today, zone: zone) }
            el("td") {
                el("a", .href(StaffRoute.recallReport.path(batch.id))) { "Clients treated" }
                if mayRecall, !batch.isRecalled {
                    el("form", .init("method", "post"), .init("action", StaffRoute.recallBatch.path(batch.id)), .class("recall")) {
                        StaffPageLayout.hidden("_csrf", csrf)
                        if form.recallBatch == batch.id, let problem = form.problem {
                            el("p", .class("warning"), .init("role", "alert")) { problem }
                        }
                        el("label", .for("reason-\(batch.id)")) { "Reason for the recall" }
                        el("input", .type("text"), .id("reason-\(batch.id)"), .name("reason"), .flag("required"),
                           .init("maxlength", "500"))
                        el("button", .type("submit"), .class("small-button")) { "Recall this batch" }
                    }
                }
            }
        }
    }

    private static func field(_ name: String, _ label: String, _ value: String, type: String = "text", form: Form) -> HTMLNode {
        let wrong = form.recallBatch == nil && form.field == name
        return el("p") {
            el("label", .for(name)) { label }
            el("input", attributes: [.type(type), .id(name), .name(name), .value(value), .flag("required"),
                                     type == "text" ? .init("maxlength", name == "supplier" ? "200" : "100") : nil,
                                     wrong ? .aria("invalid", "true") : nil, wrong ? .aria("describedby", "batch-problem") : nil])
        }
    }
}
