import StippleStore
import Vapor

/// The frame of every staff page: a navigation bar for what the person's role may open, a
/// sign-out button, and the same strict headers as the client pages (no scripts at all).
enum StaffPageLayout {
    enum Section: String { case today, clients, dashboard, alerts, calendar, batches, clinics, partners, audit, staff }

    static func page(title: String, staff: StaffMember?, csrf: String = "", current: Section? = nil,
                     status: HTTPStatus = .ok, @HTMLBuilder body: () -> [HTMLNode]) -> Response {
        let document = HTMLNode.fragment([
            .raw("<!doctype html>"),
            el("html", .lang("en-GB")) {
                el("head") {
                    el("meta", .init("charset", "utf-8"))
                    el("meta", .name("viewport"), .init("content", "width=device-width, initial-scale=1"))
                    el("meta", .name("robots"), .init("content", "noindex, nofollow"))
                    el("title") { "\(title) · Stipple" }
                    el("style") { HTMLNode.raw(ClientPageLayout.style + style) }
                }
                el("body") {
                    if let staff {
                        el("header", .class("staff-bar")) {
                            el("nav", .aria("label", "Main")) {
                                el("ul") {
                                    for (section, label, path) in links(for: staff) {
                                        el("li") {
                                            el("a", attributes: [.href(path), section == current ? .aria("current", "page") : nil]) { label }
                                        }
                                    }
                                }
                            }
                            el("form", .init("method", "post"), .init("action", StaffRoute.logout.path()), .class("signout")) {
                                el("input", .type("hidden"), .name("_csrf"), .value(csrf))
                                el("span", .class("who")) { "\(staff.name) (\(roleName(staff.role)))" }
                                el("button", .type("submit"), .class("link-button")) { "Sign out" }
                            }
                        }
                    }
                    el("main", .id("main"), .class("staff")) { body() }
                }
            },
        ])
        return HTMLResponse.make(document, status: status, referrerPolicy: .sameOrigin)
    }

    /// A page with one message, for refusals and expired forms.
    static func message(title: String, text: String, status: HTTPStatus, staff: StaffMember? = nil) -> Response {
        page(title: title, staff: staff, status: status) {
            el("h1") { title }
            el("p") { text }
            el("p") { el("a", .href(StaffRoute.home.path())) { "Back to the workspace" } }
        }
    }

    static func links(for staff: StaffMember) -> [(Section, String, String)] {
        var out: [(Section, String, String)] = [(.today, "Today", StaffRoute.day.path()), (.clients, "Clients", StaffRoute.clients.path())]
        if staff.role != .reception {
            out.append((.dashboard, "Healing clients", StaffRoute.dashboard.path()))
            out.append((.alerts, "Alerts", StaffRoute.alerts.path()))
        }
        out.append((.calendar, "Calendar", StaffRoute.calendar.path()))
        if staff.role != .reception {
            out.append((.batches, "Pigment batches", StaffRoute.batches.path()))
        }
        out.append((.clinics, staff.role == .admin ? "Clinics" : "Clinic", StaffRoute.clinics.path()))
        if staff.role == .admin {
            out.append((.partners, "Partners", StaffRoute.partners.path()))
            out.append((.audit, "Audit log", StaffRoute.audit.path()))
            out.append((.staff, "Staff", StaffRoute.people.path()))
        }
        return out
    }

    static func roleName(_ role: StaffRole) -> String {
        switch role {
        case .admin: "admin"
        case .leadTechnician: "lead technician"
        case .technician: "technician"
        case .reception: "reception"
        }
    }

    static func hidden(_ name: String, _ value: String) -> HTMLNode {
        el("input", .type("hidden"), .name(name), .value(value))
    }

    /// Wider than the client pages: staff work on desktops and tablets as well.
    static let style = """
    main.staff{max-width:72rem}
    .staff-bar{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;background:#1d1d1f;color:#fff;padding:.4rem 1rem}
    .staff-bar ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
    .staff-bar a{color:#fff}
    .staff-bar a[aria-current]{font-weight:700;text-decoration:none;border-bottom:3px solid #f2a900}
    .signout{display:flex;gap:.6rem;align-items:center;margin:0}
    .link-button{background:none;border:1px solid #fff;color:#fff;border-radius:6px;padding:.2rem .6rem;font:inherit;cursor:pointer}
    table{border-collapse:collapse;width:100%;background:#fff}
    th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #d2d2d7;vertical-align:top}
    th{font-size:.9rem;color:#3a3a3f}
    .filters{display:flex;flex-wrap:wrap;gap:.8rem;align-items:flex-end}
    .filters label{padding:0}
    select,input[type=text],input[type=email],input[type=password],input[type=date],textarea{font:inherit;padding:.4rem;border:1px solid #6e6e73;border-radius:6px;max-width:100%}
    .small-button{display:inline-block;background:#0b57a4;color:#fff;border:0;border-radius:6px;padding:.4rem .8rem;font:inherit;cursor:pointer;text-decoration:none}
    form.inline{display:inline}.actions{display:flex;flex-wrap:wrap;gap:.4rem;margin:.3rem 0}
    .badge{display:inline-block;padding:.05rem .5rem;border-radius:999px;font-size:.85rem;font-weight:600;color:#fff;background:#1e6b34}
    .badge-yellow{background:#6b5500}.badge-amber{background:#9a4c00}.badge-red{background:#b3261e}
    .overdue{color:#b3261e;font-weight:600}
    .warning{border-left:6px solid #b3261e;padding-left:.6rem}
    .pager{display:flex;gap:1rem;margin:1rem 0}
    .notice{border:2px solid #1e6b34}
    .day-list{list-style:none;padding:0}.day-list>li{padding:.5rem 0;border-bottom:1px solid #d2d2d7}
    .missing{margin:.3rem 0 0 1.2rem}
    input[type=time],input[type=number],input[type=tel],input[type=file]{font:inherit;padding:.4rem;border:1px solid #6e6e73;border-radius:6px}
    .charting fieldset,.stacked fieldset{border:1px solid #d2d2d7;border-radius:10px;padding:.6rem 1rem;margin:0 0 1rem}
    .zones{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:.5rem}
    .zone{display:flex;flex-direction:column;align-items:center;gap:.2rem;border:2px solid #d2d2d7;border-radius:10px;padding:.5rem;min-height:44px;cursor:pointer}
    .zone:has(input:checked){border-color:#0b57a4;background:#e4eefa}
    .zones input[type=checkbox],.choices input,.agree input{width:1.6rem;height:1.6rem}
    .choices label{display:inline-flex;align-items:center;gap:.3rem;min-width:3rem;min-height:44px;padding:.2rem .6rem}
    .big-button{display:block;width:100%;min-height:56px;font:inherit;font-weight:600;background:#0b57a4;color:#fff;border:0;border-radius:10px;cursor:pointer}
    .photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(8rem,1fr));gap:.5rem}
    .photos img{width:100%;height:auto;border-radius:8px}
    figure{margin:0}
    """
}
