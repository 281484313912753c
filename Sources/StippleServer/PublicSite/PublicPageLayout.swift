import Foundation
import Vapor

/// The frame of every public page: its title and description, the canonical address and the
/// same page in the other language, structured data when given, a header with the language
/// switch, one small inline style sheet and no scripts.
enum PublicPageLayout {
    struct Meta {
        var title: String
        var description: String
        /// The page's path in each language (nil: the page has no twin, e.g. a manage page).
        var paths: [SiteLanguage: String]?
        /// JSON-LD (schema.org), already encoded.
        var structuredData: String? = nil
        /// A private page (a manage link): kept out of search engines and referrers.
        var isPrivate = false
        var cacheable = false
    }

    static func page(_ meta: Meta, lang: SiteLanguage, base: String, status: HTTPStatus = .ok,
                     @HTMLBuilder body: () -> [HTMLNode]) -> Response {
        let document = HTMLNode.fragment([
            .raw("<!doctype html>"),
            el("html", .lang(lang.language.rawValue)) {
                el("head") {
                    el("meta", .init("charset", "utf-8"))
                    el("meta", .name("viewport"), .init("content", "width=device-width, initial-scale=1"))
                    el("title") { meta.title }
                    el("meta", .name("description"), .init("content", meta.description))
                    if meta.isPrivate {
                        el("meta", .name("robots"), .init("content", "noindex, nofollow"))
                    } else if let paths = meta.paths {
                        el("link", .init("rel", "canonical"), .href(base + (paths[lang] ?? "/")))
                        for other in SiteLanguage.allCases {
                            if let path = paths[other] {
                                el("link", .init("rel", "alternate"), .init("hreflang", other.language.rawValue), .href(base + path))
                            }
                        }
                    }
                    if let data = meta.structuredData {
                        el("script", .type("application/ld+json")) { HTMLNode.raw(data) }
                    }
                    el("style") { HTMLNode.raw(ClientPageLayout.style + style) }
                }
                el("body") {
                    el("a", .href("#main"), .class("skip")) { lang.t("Skip to the page", "Naar de inhoud") }
                    el("header", .class("site")) {
                        el("a", .href(PublicRoute.home.path(lang.rawValue)), .class("brand")) { "Stipple" }
                        el("nav", .aria("label", lang.t("Site", "Site"))) {
                            el("a", .href(PublicRoute.home.path(lang.rawValue) + "#clinics")) { lang.t("Clinics", "Klinieken") }
                            el("a", .href(PublicRoute.about.path(lang.rawValue))) { lang.t("What is SMP?", "Wat is SMP?") }
                            el("a", .href(PublicRoute.partners.path(lang.rawValue))) { lang.t("Partner with us", "Word partner") }
                            if let paths = meta.paths {
                                for other in SiteLanguage.allCases where other != lang {
                                    el("a", .href(paths[other] ?? PublicRoute.home.path(other.rawValue)),
                                       .lang(other.language.rawValue), .init("hreflang", other.language.rawValue)) {
                                        other == .nl ? "Nederlands" : "English"
                                    }
                                }
                            }
                        }
                    }
                    el("main", .id("main")) { body() }
                    el("footer", .class("site")) {
                        el("p", .class("muted")) {
                            lang.t("Stipple: scalp micropigmentation clinics in the UK, Jersey and the Netherlands.",
                                   "Stipple: klinieken voor scalp micropigmentatie in het VK, Jersey en Nederland.")
                        }
                    }
                }
            },
        ])
        if meta.isPrivate { return HTMLResponse.make(document, status: status, referrerPolicy: .noReferrer) }
        return HTMLResponse.publicPage(document, status: status, cacheable: meta.cacheable && status == .ok)
    }

    static let style = """
    .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
    header.site{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;max-width:40rem;margin:0 auto;padding:.8rem 1rem 0}
    header.site nav{display:flex;flex-wrap:wrap;gap:.3rem 1rem}
    .brand{font-weight:700;font-size:1.2rem;color:#1d1d1f;text-decoration:none;margin-right:auto}
    footer.site{max-width:40rem;margin:0 auto;padding:0 1rem 2rem}
    .times{display:flex;flex-wrap:wrap;gap:.4rem}
    .times button{font:inherit;padding:.5rem .7rem;border:1px solid #0b57a4;background:#fff;color:#0b57a4;border-radius:8px;cursor:pointer}
    .times button:focus{outline:3px solid #f2a900}
    input[type=text],input[type=email],input[type=tel],input[type=date],select,textarea{font:inherit;padding:.5rem;
      border:1px solid #6e6e73;border-radius:8px;width:100%}
    .trap{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
    table{border-collapse:collapse}th,td{text-align:left;padding:.2rem .8rem .2rem 0;vertical-align:top}
    .notice{border-left:8px solid #1e7b34}
    .pager{display:flex;justify-content:space-between;gap:1rem}
    """
}
