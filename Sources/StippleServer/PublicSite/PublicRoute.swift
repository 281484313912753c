/// Every page of the public site (see `SiteRoute`): the chain's pages under a language (`/en`,
/// `/nl`), and a booking's manage link (`/b/<token>`), which speaks the booking's language.
enum PublicRoute: String, SiteRoute {
    case root = "GET /"
    case home = "GET /:lang"
    case about = "GET /:lang/smp"
    case clinic = "GET /:lang/clinics/:clinic"
    case slots = "GET /:lang/clinics/:clinic/book"
    case hold = "POST /:lang/clinics/:clinic/book"
    case bookingForm = "GET /:lang/book/:hold"
    case book = "POST /:lang/book/:hold"
    case partners = "GET /:lang/partners"
    case applyAsPartner = "POST /:lang/partners"
    case manage = "GET /b/:token"
    case calendarFile = "GET /b/:token/booking.ics"
    case rescheduleSlots = "GET /b/:token/reschedule"
    case reschedule = "POST /b/:token/reschedule"
    case cancel = "POST /b/:token/cancel"
    case joinWaitlist = "POST /b/:token/waitlist"
    case bookingScreening = "GET /b/:token/health"
    case submitBookingScreening = "POST /b/:token/health"
    case offer = "GET /w/:token"
    case acceptOffer = "POST /w/:token"
}
