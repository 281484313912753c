import StippleCore
import StippleStore
import Vapor

/// `/j/<token>`: where the client stands today, in the clinic's language and time zone.
enum TodayPage {
    static func render(_ context: JourneyContext, now: Date, protocol p: AftercareProtocol, basePath: String) -> Response {
        let language = context.clinic.language
        let t = ClientPageText(language: language)
        // What the page shows needs no next-session rule, so the client's sessions are not read.
        let journey = context.healingJourney(now: now, protocol: p)
        let today = journey.today
        // Only the latest check-in's outcome is shown: its action, not its reasons.
        let latest = context.checkIns.last
        // Written straight out, without a tree of nodes: clients open this page more than any other.
        return ClientPageLayout.page(title: "\(t.pageTitle) · \(context.clinic.name)", lang: t.htmlLang) { h in
            h.el("p", .class("clinic-name"), text: context.clinic.name)
            if today.day < 0 {
                h.el("h1", text: t.beforeSession(context.journey.sessionDate.text(language)))
            } else {
                h.el("h1", text: t.dayHeading(today.day))
            }
            h.el("p", .class("stage"), text: today.stageTitle)
            h.el("p", text: today.stageSummary)

            h.el("section", .aria("labelledby", "normal")) { h in
                h.el("h2", .id("normal"), text: t.normalToday)
                h.list(today.normal)
            }

            h.el("section", .aria("labelledby", "aftercare")) { h in
                h.el("h2", .id("aftercare"), text: t.doNow)
                h.list(today.doItems)
                h.el("h2", text: t.avoidNow)
                if today.avoidItems.isEmpty {
                    h.el("p", text: t.nothingToAvoid)
                } else {
                    h.list(today.avoidItems)
                }
            }

            h.el("section", .aria("labelledby", "check-in")) { h in
                h.el("h2", .id("check-in"), text: t.checkInTitle)
                if let latest {
                    h.el("div", .class("tier tier-\(latest.tier.rawValue)")) { h in
                        h.el("p") { h in h.el("strong", text: t.lastCheckIn(day: latest.day)) }
                        h.el("p", text: context.action(after: latest, protocol: p))
                        if let seen = latest.seenAt {
                            h.el("p", .class("seen"), text: t.seen(LocalDate(seen, in: context.timeZone).text(language, withYear: false)))
                        }
                    }
                }
                h.el("p", .class("muted"), text: t.checkInLead)
                h.el("a", .class("button"), .href(basePath + "/check-in"), text: t.checkInButton)
                if latest != nil {
                    h.el("p") { h in h.el("a", .href(basePath + "/history"), text: t.history) }
                }
            }

            h.el("section", .aria("labelledby", "next")) { h in
                h.el("h2", .id("next"), text: t.whatComesNext)
                if today.isHealed {
                    h.el("p", text: t.healedNext)
                } else if let title = today.nextStageTitle, let day = today.nextStageDay, let date = today.nextStageDate {
                    h.el("p", text: t.nextStage(title, day: day, date: date.text(language, withYear: false)))
                }
                if let day = today.nextCheckInDay, let date = today.nextCheckInDate, !today.isHealed {
                    h.el("p", text: t.nextCheckIn(day: day, date: date.text(language, withYear: false)))
                }
            }

            h.el("section", .aria("labelledby", "timeline")) { h in
                h.el("h2", .id("timeline"), text: t.timeline)
                h.el("ol", .class("timeline")) { h in
                    for stage in journey.timeline {
                        let current = stage.id == today.stageID
                        h.el("li", current ? .aria("current", "step") : nil) { h in
                            h.text("\(stage.title) · \(t.dayRange(stage.startDay, stage.endDay))")
                            if current { h.text(" (\(t.today))") }
                        }
                    }
                }
            }

            h.el("section", .aria("labelledby", "estimate")) { h in
                h.el("h2", .id("estimate"), text: t.estimate)
                h.el("p", text: EstimateText.summary(journey.estimate, sessionDate: context.journey.sessionDate, language))
            }

            ClientPageParts.clinic(context.clinic, t, into: &h)
            ClientPageParts.emergency(context.clinic, t, protocol: p, into: &h)
        }
    }
}

/// Blocks that several client pages show.
enum ClientPageParts {
    static func clinic(_ clinic: Clinic, _ t: ClientPageText, into h: inout HTMLWriter) {
        h.el("section", .aria("labelledby", "clinic")) { h in
            h.el("h2", .id("clinic"), text: t.clinic)
            h.el("p", text: t.clinicLead)
            h.el("p") { h in
                h.el("strong", text: clinic.name)
                h.void("br")
                h.text(clinic.address)
            }
            if let phone = clinic.phone {
                h.el("p") { h in
                    h.text("\(t.phone): ")
                    h.el("a", .href("tel:" + ClientPageParts.dialable(phone)), text: phone)
                }
            }
            if let email = clinic.email {
                h.el("p") { h in
                    h.text("\(t.email): ")
                    h.el("a", .href("mailto:" + email), text: email)
                }
            }
        }
    }

    static func emergency(_ clinic: Clinic, _ t: ClientPageText, protocol p: AftercareProtocol, into h: inout HTMLWriter) {
        h.el("section", .class("emergency"), .aria("labelledby", "emergency")) { h in
            h.el("h2", .id("emergency"), text: t.emergency)
            h.el("p", text: t.urgentCareText(feverC: p.triage.feverC, advice: clinic.urgentCareAdvice))
            h.el("p", text: t.emergencyText(clinic.emergencyNumber))
            h.el("a", .class("call"), .href("tel:" + clinic.emergencyNumber), text: t.call(clinic.emergencyNumber))
        }
    }

    /// The digits and plus sign of a phone number, as a `tel:` link wants them.
    static func dialable(_ phone: String) -> String {
        String(String.UnicodeScalarView(phone.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "+" }))
    }

    /// Parts written into pages that are built as node trees.
    static func clinic(_ clinic: Clinic, _ t: ClientPageText) -> HTMLNode {
        .raw(String(buffer: HTMLWriter.bytes { Self.clinic(clinic, t, into: &$0) }))
    }

    static func emergency(_ clinic: Clinic, _ t: ClientPageText, protocol p: AftercareProtocol) -> HTMLNode {
        .raw(String(buffer: HTMLWriter.bytes { Self.emergency(clinic, t, protocol: p, into: &$0) }))
    }
}
