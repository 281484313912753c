import Foundation
import StippleCore
import StippleStore
import Vapor

/// Every session treated with a batch, with how to reach each client: what a clinic works
/// through when a pigment is recalled. The same lines as CSV for the clinic's own records.
enum RecallReportPage {
    static func render(staff: StaffMember, csrf: String, batch: PigmentBatch, clinic: Clinic, lines: [RecallReportLine],
                       today: LocalDate, notice: String? = nil) -> Response {
        let zone = (try? clinic.zone()) ?? .gmt
        return StaffPageLayout.page(title: "Recall report · \(batch.product) \(batch.lot)", staff: staff, csrf: csrf,
                                    current: .batches) {
            el("h1") { "Clients treated with \(batch.product), lot \(batch.lot)" }
            el("p", .class("clinic-name")) { clinic.name }
            if let notice { el("section", .class("notice"), .init("role", "status")) { el("p", .id("notice")) { notice } } }
            el("p", .id("batch-status")) {
                "Supplier \(batch.supplier) · use by \(batch.expiresOn.iso) · \(PigmentBatchesPage.statusText(batch, today: today, zone: zone))"
            }
            el("p", .id("session-count")) {
                lines.isEmpty ? "No session was charted with this batch."
                    : "\(lines.count) \(lines.count == 1 ? "session" : "sessions") of \(Set(lines.map(\.clientID)).count) "
                    + "\(Set(lines.map(\.clientID)).count == 1 ? "client" : "clients")."
            }
            if !lines.isEmpty {
                el("p") { el("a", .href(StaffRoute.recallReportCSV.path(batch.id))) { "Download as CSV" } }
                el("table", .class("recall-report")) {
                    el("caption") { "Sessions treated with lot \(batch.lot)" }
                    el("thead") {
                        el("tr") {
                            for heading in ["Client", "Born", "Phone", "Email", "Session", "Date", "Technician"] {
                                el("th", .init("scope", "col")) { heading }
                            }
                        }
                    }
                    el("tbody") {
                        for line in lines {
                            el("tr") {
                                el("td") { el("a", .href(StaffRoute.client.path(line.clientID))) { line.clientName } }
                                el("td") { line.dateOfBirth.iso }
                                el("td") { line.phone ?? "" }
                                el("td") { line.email ?? "" }
                                el("td") { "\(line.sessionNumber)" }
                                el("td") { CalendarPage.format(line.startedAt, zone, "d MMM yyyy, HH:mm") }
                                el("td") { line.technicianName }
                            }
                        }
                    }
                }
            }
            el("p") { el("a", .href(StaffRoute.batches.path() + "?clinic=\(clinic.id)")) { "Back to the register" } }
        }
    }

    static let csvHeader = "session_id,session_number,started_at,client_id,client_name,date_of_birth,phone,email,technician\r\n"

    static func csvLine(_ line: RecallReportLine) -> String {
        let started = line.startedAt.formatted(.iso8601)
        return CSVText.line([line.sessionID.uuidString, "\(line.sessionNumber)", started, line.clientID.uuidString,
                             line.clientName, line.dateOfBirth.iso, line.phone ?? "", line.email ?? "", line.technicianName])
    }
}
