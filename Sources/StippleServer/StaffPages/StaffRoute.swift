import Vapor

/// Every route of the staff workspace, as one list (see `SiteRoute`); the audit table
/// (`AuditedRoutes`) and the authorization matrix name routes by these cases too.
enum StaffRoute: String, SiteRoute {
    case home = "GET /staff"
    case login = "GET /staff/login"
    case signIn = "POST /staff/login"
    case logout = "POST /staff/logout"
    case dashboard = "GET /staff/dashboard"
    case alerts = "GET /staff/alerts"
    case acknowledgeAlert = "POST /staff/alerts/:alertID/acknowledge"
    case resolveAlert = "POST /staff/alerts/:alertID/resolve"
    case clients = "GET /staff/clients"
    case client = "GET /staff/clients/:clientID"
    case recordConsent = "POST /staff/clients/:clientID/consents"
    case photo = "GET /staff/photos/:photoID"
    case bookFollowUp = "POST /staff/journeys/:journeyID/follow-up"
    case cancelFollowUp = "POST /staff/journeys/:journeyID/follow-up/cancel"
    case calendar = "GET /staff/calendar"
    case newCalendarFeed = "POST /staff/calendar/feed"
    case audit = "GET /staff/audit"
    case auditExport = "GET /staff/audit.csv"
    case people = "GET /staff/people"
    case setPassword = "POST /staff/people/:staffID/password"
    case deactivate = "POST /staff/people/:staffID/deactivate"
    case issueToken = "POST /staff/tokens"
    case revokeToken = "POST /staff/tokens/:tokenID/revoke"
    case batches = "GET /staff/batches"
    case addBatch = "POST /staff/batches"
    case recallBatch = "POST /staff/batches/:batchID/recall"
    case recallReport = "GET /staff/batches/:batchID/recall-report"
    case recallReportCSV = "GET /staff/batches/:batchID/recall-report.csv"
}
