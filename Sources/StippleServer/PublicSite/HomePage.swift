import Foundation
import StippleStore
import Vapor

/// The chain's home page: what Stipple does, and its clinics, each with a way to book.
enum HomePage {
    static func render(lang: SiteLanguage, clinics: [Clinic], base: String) -> Response {
        let meta = PublicPageLayout.Meta(
            title: lang.t("Stipple – scalp micropigmentation clinics", "Stipple – klinieken voor scalp micropigmentatie"),
            description: lang.t("Scalp micropigmentation at six clinics in the UK, Jersey and the Netherlands. Book a free consultation.",
                                "Scalp micropigmentatie in zes klinieken in het VK, Jersey en Nederland. Boek een gratis consult."),
            paths: Dictionary(uniqueKeysWithValues: SiteLanguage.allCases.map { ($0, PublicRoute.home.path($0.rawValue)) }),
            cacheable: true)
        return PublicPageLayout.page(meta, lang: lang, base: base) {
            el("h1") { lang.t("Hair that looks like yours again", "Haar dat er weer als het jouwe uitziet") }
            el("p") {
                lang.t("Scalp micropigmentation (SMP) places thousands of tiny pigment dots in the scalp to look like hair: "
                       + "a shaved look, fuller thinning hair, hidden scars. Every treatment starts with a free consultation.",
                       "Scalp micropigmentatie (SMP) zet duizenden kleine pigmentpuntjes in de hoofdhuid die eruitzien als haar: "
                       + "een kortgeschoren look, voller ogend dun haar, verborgen littekens. Elke behandeling begint met een gratis consult.")
            }
            el("p") { el("a", .href(PublicRoute.about.path(lang.rawValue))) { lang.t("What SMP is and how it heals", "Wat SMP is en hoe het geneest") } }
            el("section", .id("clinics"), .aria("labelledby", "clinics-title")) {
                el("h2", .id("clinics-title")) { lang.t("Our clinics", "Onze klinieken") }
                el("ul") {
                    for clinic in clinics {
                        el("li") {
                            el("a", .href(PublicRoute.clinic.path(lang.rawValue, clinic.slug))) { clinic.name }
                            " – \(clinic.address) · "
                            el("a", .href(PublicRoute.slots.path(lang.rawValue, clinic.slug))) {
                                lang.t("Book a free consultation", "Boek een gratis consult")
                            }
                        }
                    }
                }
            }
        }
    }
}
