import Foundation
import StippleStore
import Vapor

/// Which routes touch health data, and as what. A route of the API or the staff pages that is
/// not here is not audited; `AuditedRoutesTests` fails when a route is neither audited nor exempt.
enum AuditedRoutes {
    /// Routes that hold no health data: clinic settings, staff lists, contact details.
    static let exempt: Set<String> = [
        "GET /api/v1/clinics", "POST /api/v1/clinics", "GET /api/v1/clinics/:clinicID",
        "GET /api/v1/technicians", "POST /api/v1/technicians", "GET /api/v1/clients",
        // The public booking API: the clinics and their free times; a booking is a booker's own words.
        "GET /api/v1/public/clinics", "GET /api/v1/public/clinics/:clinicID/slots", "POST /api/v1/public/bookings",
        // Partner applications: a would-be partner's business details, no one's health.
        StaffRoute.partners.rawValue, StaffRoute.partnerApplication.rawValue, StaffRoute.movePartnerApplication.rawValue,
        // A clinic's closures, its technicians' time off and working hours: when people work, not on whom.
        StaffRoute.schedule.rawValue, StaffRoute.addClosure.rawValue, StaffRoute.addTimeOff.rawValue,
        StaffRoute.removeScheduleException.rawValue, StaffRoute.technicianHours.rawValue, StaffRoute.saveTechnicianHours.rawValue,
        StaffRoute.resetTechnicianHours.rawValue,
        StaffRoute.home.rawValue, StaffRoute.logout.rawValue, StaffRoute.newCalendarFeed.rawValue, StaffRoute.clinics.rawValue,
        // No one is signed in on an invitation; a password it sets is audited by its handler.
        StaffRoute.invitation.rawValue, StaffRoute.acceptInvitation.rawValue,
    ]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    static func subject(_ route: Route?) -> AuditEvent.Subject? {
        guard let route, !exempt.contains(key(route)) else { return nil }
        let parts = route.path.map(\.description)
        let tail = parts.last ?? ""
        if parts.contains("pigment-batches") || parts.contains("batches") { return .pigmentBatch }
        if parts.contains("consents") || parts.contains("consent-documents") { return .consent }
        if ["screening", "screenings", "clearances", "skin", "screening-link"].contains(tail) { return .screening }
        if tail == "treatment-plan" { return .treatmentPlan }
        if parts.contains("clinics") && tail == "settings" { return .clinicSettings }
        if parts.contains("check-ins") { return .checkIn }
        if parts.contains("follow-up") { return .followUp }
        if parts.contains("bookings") { return .booking }
        if parts.contains("link") { return .link }
        if parts.contains("photos") || parts.contains("session-photos") { return .photo }
        if parts.contains("alerts") { return .alert }
        if parts.contains("audit") || tail.hasPrefix("audit") { return .auditLog }
        if parts.contains("dashboard") || tail == "day" { return .dashboard }
        if parts.contains("calendar") { return .calendar }
        if parts.contains("people") || parts.contains("tokens") { return .staff }
        if parts.contains("sessions") { return .session }
        if parts.contains("journeys") { return .journey }
        if parts.contains("clients") { return .client }
        return nil
    }

    static func action(_ method: HTTPMethod, _ route: Route?) -> AuditEvent.Action {
        // A POST to a verb changes what is already there.
        if method == .POST, let last = route?.path.last, case let .constant(verb) = last,
           ["acknowledge", "resolve", "password", "cancel", "revoke", "deactivate", "recall"].contains(verb) {
            return .update
        }
        switch method {
        case .GET, .HEAD: return .read
        case .POST: return .create
        case .DELETE: return .delete
        default: return .update
        }
    }

    /// The id in the route's last parameter, if it is one.
    static func subjectID(_ request: Request) -> UUID? {
        guard let route = request.route else { return nil }
        for component in route.path.reversed() {
            if case let .parameter(name) = component { return request.parameters.get(name).flatMap(UUID.init(uuidString:)) }
        }
        return nil
    }
}
