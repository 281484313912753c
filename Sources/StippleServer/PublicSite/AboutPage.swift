import Foundation
import StippleCore
import Vapor

/// What SMP is, and what healing looks like stage by stage, from the aftercare protocol the
/// clinics follow.
enum AboutPage {
    static func render(lang: SiteLanguage, protocol p: AftercareProtocol, base: String) -> Response {
        let meta = PublicPageLayout.Meta(
            title: lang.t("What is scalp micropigmentation? – Stipple", "Wat is scalp micropigmentatie? – Stipple"),
            description: lang.t("How SMP works, how many sessions it takes and what the weeks of healing look like.",
                                "Hoe SMP werkt, hoeveel sessies het kost en hoe de weken van genezing eruitzien."),
            paths: Dictionary(uniqueKeysWithValues: SiteLanguage.allCases.map { ($0, PublicRoute.about.path($0.rawValue)) }),
            cacheable: true)
        let language = lang.language
        return PublicPageLayout.page(meta, lang: lang, base: base) {
            el("h1") { lang.t("What is scalp micropigmentation?", "Wat is scalp micropigmentatie?") }
            el("p") {
                lang.t("SMP is a cosmetic tattoo of the scalp: a technician places thousands of tiny dots of pigment that look like "
                       + "hair follicles. It takes \(p.plan.defaultSessions) sessions, about a week or two apart, and a touch-up later. "
                       + "A free consultation comes first: we look at your scalp, ask about your health and plan it with you.",
                       "SMP is een cosmetische tatoeage van de hoofdhuid: een technicus zet duizenden kleine pigmentpuntjes die eruitzien "
                       + "als haarzakjes. Het kost \(p.plan.defaultSessions) sessies, een week of twee uit elkaar, en later een bijwerksessie. "
                       + "Eerst komt een gratis consult: we bekijken je hoofdhuid, vragen naar je gezondheid en plannen het samen.")
            }
            el("section", .aria("labelledby", "healing")) {
                el("h2", .id("healing")) { lang.t("What healing looks like", "Hoe de genezing verloopt") }
                el("ol") {
                    for stage in p.stages {
                        el("li") {
                            el("strong") { stage.title.text(language) }
                            " (" + lang.t("days \(stage.startDay)–\(stage.endDay)", "dag \(stage.startDay)–\(stage.endDay)") + "): "
                            stage.summary.text(language)
                        }
                    }
                }
            }
        }
    }
}
