import Foundation
import StippleCore
import StippleStore
import Vapor

/// Finding a client: by name, phone, email or date of birth, at the person's clinic (an
/// admin's: the chain, or one clinic), paged. Who they are and how to reach them only, so
/// reception finds clients here too.
enum ClientSearchPage {
    static let pageSize = 25

    struct Search {
        var text = ""
        var clinic: UUID?
        var page = 1
        var problem: String?
    }

    static func render(staff: StaffMember, csrf: String, search: Search, clients: [ClientSummary], hasMore: Bool,
                       clinics: [UUID: Clinic], status: HTTPStatus = .ok) -> Response {
        StaffPageLayout.page(title: "Clients", staff: staff, csrf: csrf, current: .clients, status: status) {
            el("h1") { "Clients" }
            el("p") { el("a", .class("small-button"), .href(StaffRoute.registerForm.path()), .id("register-client")) { "Register a client" } }
            el("form", .init("method", "get"), .init("action", StaffRoute.clients.path()), .init("role", "search"), .class("filters")) {
                el("label", .for("q")) { "Name, phone, email or date of birth" }
                el("input", attributes: [.type("search"), .id("q"), .name("q"), .value(search.text), .init("maxlength", "100"),
                                         search.problem == nil ? nil : .aria("invalid", "true"),
                                         search.problem == nil ? nil : .aria("describedby", "search-problem")])
                if staff.role == .admin {
                    el("label", .for("clinic")) { "Clinic" }
                    el("select", .id("clinic"), .name("clinic")) {
                        el("option", .value("")) { "All clinics" }
                        for clinic in clinics.values.sorted(by: { $0.name < $1.name }) {
                            el("option", attributes: [.value(clinic.id.uuidString), clinic.id == search.clinic ? .flag("selected") : nil]) {
                                clinic.name
                            }
                        }
                    }
                }
                el("button", .type("submit")) { "Find" }
            }
            if let problem = search.problem {
                el("p", .class("warning"), .id("search-problem"), .init("role", "alert")) { problem }
            } else if clients.isEmpty {
                el("p", .id("no-clients")) { search.text.isEmpty ? "No client yet." : "No client matches “\(search.text)”." }
            } else {
                el("table", .class("clients")) {
                    el("caption") { search.text.isEmpty ? "Clients by name" : "Clients matching “\(search.text)”" }
                    el("thead") {
                        el("tr") {
                            for heading in ["Name", "Born", "Phone", "Email"] + (staff.role == .admin ? ["Clinic"] : []) {
                                el("th", .init("scope", "col")) { heading }
                            }
                        }
                    }
                    el("tbody") {
                        for client in clients {
                            el("tr") {
                                el("td") { el("a", .href(StaffRoute.client.path(client.id))) { client.fullName } }
                                el("td") { client.dateOfBirth.iso }
                                el("td") { client.phone ?? "" }
                                el("td") { client.email ?? "" }
                                if staff.role == .admin { el("td") { clinics[client.clinicID]?.name ?? "" } }
                            }
                        }
                    }
                }
                pager(search, hasMore: hasMore)
            }
        }
    }

    private static func pager(_ search: Search, hasMore: Bool) -> HTMLNode {
        func link(_ page: Int) -> String {
            var items = ["page=\(page)"]
            if !search.text.isEmpty {
                items.append("q=" + (search.text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            }
            if let clinic = search.clinic { items.append("clinic=\(clinic)") }
            return StaffRoute.clients.path() + "?" + items.joined(separator: "&")
        }
        return el("nav", .class("pager"), .aria("label", "Pages")) {
            if search.page > 1 { el("a", .href(link(search.page - 1)), .init("rel", "prev")) { "Previous page" } }
            el("span") { "Page \(search.page)" }
            if hasMore { el("a", .href(link(search.page + 1)), .init("rel", "next")) { "Next page" } }
        }
    }
}
