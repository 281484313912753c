/// Every page under a client's private links (see `SiteRoute`): their journey's (`/j/`) and
/// their screening questionnaire's (`/s/`); the token is each path's first value:
/// `ClientRoute.history.path(token)`.
enum ClientRoute: String, SiteRoute {
    case today = "GET /j/:token"
    case checkInForm = "GET /j/:token/check-in"
    case submitCheckIn = "POST /j/:token/check-in"
    case checkInResult = "GET /j/:token/check-ins/:checkInID"
    case photo = "GET /j/:token/photos/:photoID"
    case history = "GET /j/:token/history"
    case journeyConsents = "GET /j/:token/consents"
    case withdrawConsent = "POST /j/:token/consents/withdraw"
    case screening = "GET /s/:token"
    case submitScreening = "POST /s/:token"
    case consents = "GET /s/:token/consents"
    case signConsents = "POST /s/:token/consents"
}
