import Foundation
import StippleCore
import StippleStore
import Vapor

// "Partner with us": the application form, filed as new in the admins' pipeline with a clock
// of one working day for the first answer.
extension PublicSiteController {
    /// The chain's working days are the head office's.
    static let headOffice = TimeZone(identifier: "Europe/London")!

    func partners(req: Request) async throws -> Response {
        PartnerPage.render(lang: try SiteLanguage.of(req), values: [:], problems: [],
                           sent: req.query[String.self, at: "sent"] == "1", base: req.base)
    }

    func applyAsPartner(req: Request) async throws -> Response {
        let lang = try SiteLanguage.of(req)
        let form = try Self.form(req)
        if let refused = Self.throttled(req) { return refused }
        switch PartnerApplicationForm.check(form, language: lang.language) {
        case let .failure(problems):
            return PartnerPage.render(lang: lang, values: form, problems: problems.fields, sent: false, base: req.base)
        case let .success(application):
            if !Self.trapped(form) {
                let now = req.now
                _ = try await req.store.submitPartnerApplication(
                    application, firstResponseDue: PartnerRule.firstResponseDue(submitted: now, zone: Self.headOffice), now: now)
            }
            return req.redirect(to: PublicRoute.partners.path(lang.rawValue) + "?sent=1", redirectType: .normal)
        }
    }
}
