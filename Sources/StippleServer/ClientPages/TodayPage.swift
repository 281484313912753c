import StippleCore
import StippleStore
import Vapor

/// `/j/<token>`: where the client stands today, in the clinic's language and time zone.
enum TodayPage {
    static func render(_ context: JourneyContext, now: Date, protocol p: AftercareProtocol, token: String) -> Response {
        let language = context.clinic.language
        let t = ClientPageText(language: language)
        let journey = context.healingJourney(now: now, protocol: p)
        let today = journey.today
        // Only the latest check-in's outcome is shown: its action, not its reasons.
        let latest = context.checkIns.last
        return ClientPageLayout.page(title: "\(t.pageTitle) · \(context.clinic.name)", lang: t.htmlLang) {
            el("p", .class("clinic-name")) { context.clinic.name }
            if today.day < 0 {
                el("h1") { t.beforeSession(context.journey.sessionDate.text(language)) }
            } else {
                el("h1") { t.dayHeading(today.day) }
            }
            el("p", .class("stage")) { today.stageTitle }
            el("p") { today.stageSummary }

            el("section", .aria("labelledby", "normal")) {
                el("h2", .id("normal")) { t.normalToday }
                ClientPageParts.list(today.normal)
            }

            el("section", .aria("labelledby", "aftercare")) {
                el("h2", .id("aftercare")) { t.doNow }
                ClientPageParts.list(today.doItems)
                el("h2") { t.avoidNow }
                if today.avoidItems.isEmpty {
                    el("p") { t.nothingToAvoid }
                } else {
                    ClientPageParts.list(today.avoidItems)
                }
            }

            el("section", .aria("labelledby", "check-in")) {
                el("h2", .id("check-in")) { t.checkInTitle }
                if let latest {
                    el("div", .class("tier tier-\(latest.tier.rawValue)")) {
                        el("p") { el("strong") { t.lastCheckIn(day: latest.day) } }
                        el("p") { context.action(after: latest, protocol: p) }
                        if let seen = latest.seenAt {
                            el("p", .class("seen")) { t.seen(LocalDate(seen, in: context.timeZone).text(language, withYear: false)) }
                        }
                    }
                }
                el("p", .class("muted")) { t.checkInLead }
                el("a", .class("button"), .href(ClientRoute.checkInForm.path(token))) { t.checkInButton }
                if latest != nil {
                    el("p") { el("a", .href(ClientRoute.history.path(token))) { t.history } }
                }
            }

            el("section", .aria("labelledby", "next")) {
                el("h2", .id("next")) { t.whatComesNext }
                if today.isHealed {
                    el("p") { t.healedNext }
                } else if let title = today.nextStageTitle, let day = today.nextStageDay, let date = today.nextStageDate {
                    el("p") { t.nextStage(title, day: day, date: date.text(language, withYear: false)) }
                }
                if let day = today.nextCheckInDay, let date = today.nextCheckInDate, !today.isHealed {
                    el("p") { t.nextCheckIn(day: day, date: date.text(language, withYear: false)) }
                }
                // Where the next session falls in the plan, and the first day the protocol allows it.
                let spacing = context.spacing(now: now, protocol: p, requested: nil)
                el("p", .id("plan-next")) { t.planNext(context.nextStep(p).text(from: spacing.earliestDate, language)) }
            }

            el("section", .aria("labelledby", "timeline")) {
                el("h2", .id("timeline")) { t.timeline }
                el("ol", .class("timeline")) {
                    for stage in journey.timeline {
                        let current = stage.id == today.stageID
                        el("li", attributes: [current ? .aria("current", "step") : nil]) {
                            "\(stage.title) · \(t.dayRange(stage.startDay, stage.endDay))"
                            if current { " (\(t.today))" }
                        }
                    }
                }
            }

            el("section", .aria("labelledby", "estimate")) {
                el("h2", .id("estimate")) { t.estimate }
                el("p") { EstimateText.summary(journey.estimate, sessionDate: context.journey.sessionDate, language) }
            }

            ClientPageParts.clinic(context.clinic, t)
            ClientPageParts.emergency(context.clinic, t, protocol: p)
            el("p", .id("consents-link")) { el("a", .href(ClientRoute.journeyConsents.path(token))) { t.consents } }
        }
    }
}
