import Vapor

/// A public address that leads nowhere: a wrong clinic, a manage link that is not one, a hold
/// that is gone. The same answer whatever the reason.
enum PublicNotFoundPage {
    static func render(_ lang: SiteLanguage, base: String) -> Response {
        let meta = PublicPageLayout.Meta(title: lang.t("Not found – Stipple", "Niet gevonden – Stipple"),
                                         description: "", paths: nil, isPrivate: true)
        return PublicPageLayout.page(meta, lang: lang, base: base, status: .notFound) {
            el("h1") { lang.t("This page or link is not valid", "Deze pagina of link is niet geldig") }
            el("p") {
                lang.t("The link may be old or mistyped. If you booked with us, use the link in the latest message we sent you, or call the clinic.",
                       "De link is misschien oud of verkeerd overgenomen. Heb je bij ons geboekt? Gebruik de link in ons laatste bericht, of bel de kliniek.")
            }
            el("p") { el("a", .href(PublicRoute.home.path(lang.rawValue))) { lang.t("To the home page", "Naar de startpagina") } }
        }
    }
}
