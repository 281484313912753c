import Foundation
import Vapor

/// What a staff form's success says on the page it redirects to, and a secret to show once (a
/// new API token, a calendar feed's address). Every form that changes something redirects after
/// success, so a reload repeats nothing: without this, reloading the calendar-feed form made a
/// new feed and silently broke the subscription.
///
/// The notice travels in a short-lived cookie sealed with the server's key (AES-GCM), so any
/// instance can open it and nothing readable is in a URL, a log or the browser's history. The
/// page that shows it clears it.
struct StaffFlash: Codable, Sendable, Equatable {
    /// The sentence the page shows (the calendar shows its feed's address alone).
    var notice: String?
    var secret: String?
    /// What the secret is, as the page names it ("The invitation link").
    var secretLabel: String?

    static let cookie = "stipple_flash"

    /// A 303 to `path` carrying the flash.
    func redirect(_ req: Request, to path: String) -> Response {
        let response = req.redirect(to: path, redirectType: .normal)
        if let data = try? JSONEncoder().encode(self), let sealed = req.settings.linkSealer.seal(String(decoding: data, as: UTF8.self)) {
            response.cookies[Self.cookie] = HTTPCookies.Value(string: sealed, maxAge: 120, path: StaffRoute.home.path(),
                                                            isSecure: req.settings.secureCookies, isHTTPOnly: true,
                                                            sameSite: .strict)
        }
        return response
    }

    /// The flash the request carries, if any; `clear` on the response that shows it.
    static func take(_ req: Request) -> StaffFlash? {
        guard let sealed = req.cookies[cookie]?.string, let text = req.settings.linkSealer.open(sealed) else { return nil }
        return try? JSONDecoder().decode(StaffFlash.self, from: Data(text.utf8))
    }

    static func clear(_ response: Response, _ req: Request) -> Response {
        response.cookies[cookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0,
                                                     path: StaffRoute.home.path(), isSecure: req.settings.secureCookies,
                                                     isHTTPOnly: true, sameSite: .strict)
        return response
    }
}
