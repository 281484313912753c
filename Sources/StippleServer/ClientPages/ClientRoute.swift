/// Every page under a client's private link (see `SiteRoute`); the token is each path's first
/// value: `ClientRoute.history.path(token)`.
enum ClientRoute: String, SiteRoute {
    case today = "GET /j/:token"
    case checkInForm = "GET /j/:token/check-in"
    case submitCheckIn = "POST /j/:token/check-in"
    case checkInResult = "GET /j/:token/check-ins/:checkInID"
    case photo = "GET /j/:token/photos/:photoID"
    case history = "GET /j/:token/history"
}
