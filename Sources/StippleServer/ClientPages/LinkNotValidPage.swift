import Vapor

/// What a wrong, revoked or expired link shows: a friendly 404 in both languages (the clinic,
/// and so the language, is unknown), saying what to do.
enum LinkNotValidPage {
    static func render() -> Response {
        let t = ClientPageText(language: .enGB)
        return ClientPageLayout.page(title: t.linkNotValidTitle, lang: "en-GB", status: .notFound) {
            el("h1") { "This link is not valid" }
            el("p") { t.linkNotValidEN }
            el("h2", .lang("nl")) { "Deze link is niet geldig" }
            el("p", .lang("nl")) { t.linkNotValidNL }
        }
    }
}
