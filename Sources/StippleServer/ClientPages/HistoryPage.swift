import StippleCore
import StippleStore
import Vapor

/// `/j/<token>/history`: earlier check-ins, the symptom score drawn against what normal healing
/// still allows on each day, and the photos of each view side by side across days.
enum HistoryPage {
    static func render(_ context: JourneyContext, now: Date, protocol p: AftercareProtocol, basePath: String) -> Response {
        let language = context.clinic.language
        let t = ClientPageText(language: language)
        let h = HistoryText(language: language)
        // Day, tier and score are stored with each check-in: no triage to run again here.
        let views = context.checkIns
        let today = max(context.day(at: now), 0)
        return ClientPageLayout.page(title: "\(h.title) · \(context.clinic.name)", lang: t.htmlLang) {
            el("p", .class("clinic-name")) { context.clinic.name }
            el("h1") { h.title }
            if views.isEmpty {
                el("p") { h.none }
            } else {
                el("section", .aria("labelledby", "curve")) {
                    el("h2", .id("curve")) { h.curveTitle }
                    el("p", .class("hint")) { h.curveHint }
                    ScoreCurve.svg(points: views.map { ($0.day, $0.score) }, lastDay: ScoreCurve.lastDay(today: today, lastCheckIn: views.last?.day),
                                   label: h.curveLabel(views.map { ($0.day, $0.score) }))
                }
                el("section", .aria("labelledby", "check-ins")) {
                    el("h2", .id("check-ins")) { h.checkIns }
                    el("ul") {
                        views.reversed().map { view in
                            el("li") {
                                el("a", .href("\(basePath)/check-ins/\(view.id)")) {
                                    h.line(day: view.day, date: context.journey.sessionDate.adding(days: view.day).text(language, withYear: false),
                                           tier: view.tier, score: view.score)
                                }
                            }
                        }
                    }
                }
                let byView = Dictionary(grouping: context.photos, by: \.view)
                if !byView.isEmpty {
                    el("section", .aria("labelledby", "photos")) {
                        el("h2", .id("photos")) { h.photos }
                        ScalpView.allCases.compactMap { view -> HTMLNode? in
                            guard let photos = byView[view] else { return nil }
                            return el("div") {
                                el("h3") { view.name(language) }
                                el("div", .class("photos")) {
                                    photos.map { photo in
                                        let day = context.checkIns.first { $0.id == photo.checkInID }?.day ?? 0
                                        return el("figure") {
                                            el("img", .init("src", "\(basePath)/photos/\(photo.id)"),
                                               .init("alt", "\(view.name(language)), \(h.day(day))"),
                                               .init("width", String(photo.width)), .init("height", String(photo.height)),
                                               .init("loading", "lazy"))
                                            el("figcaption") { h.day(day) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            el("p") { el("a", .class("button"), .href(basePath)) { t.backToToday } }
            ClientPageParts.emergency(context.clinic, t, protocol: p)
        }
    }
}

/// The symptom score (0–18) by healing day as an SVG line over the band normal healing stays
/// within (`SymptomScore.expectedUpperBound`). Drawn on the server: no script, a few hundred bytes.
enum ScoreCurve {
    static let width = 320.0, height = 180.0, left = 28.0, bottom = 22.0, top = 8.0, right = 8.0

    static func x(_ day: Int, lastDay: Int) -> Double {
        left + (width - left - right) * Double(day) / Double(max(lastDay, 1))
    }

    static func y(_ score: Int) -> Double {
        top + (height - top - bottom) * (1 - Double(score) / 18)
    }

    /// The curve spans the weeks a journey is watched (or to the last check-in, if later): a
    /// session years ago would otherwise draw a point for every day since.
    static func lastDay(today: Int, lastCheckIn: Int?) -> Int {
        max(min(today, CheckInSchedule.watchDays), lastCheckIn ?? 0, 14)
    }

    static func svg(points: [(day: Int, score: Int)], lastDay: Int, label: String) -> HTMLNode {
        let band = (0...lastDay).map { "\(fmt(x($0, lastDay: lastDay))),\(fmt(y(SymptomScore.expectedUpperBound(onDay: $0))))" }
        let area = "\(fmt(x(0, lastDay: lastDay))),\(fmt(y(0))) " + band.joined(separator: " ") + " \(fmt(x(lastDay, lastDay: lastDay))),\(fmt(y(0)))"
        let line = points.map { "\(fmt(x($0.day, lastDay: lastDay))),\(fmt(y($0.score)))" }.joined(separator: " ")
        let ticks = stride(from: 0, through: lastDay, by: lastDay > 90 ? 28 : lastDay > 21 ? 7 : 2)
        return el("svg", .init("viewBox", "0 0 \(Int(width)) \(Int(height))"), .init("role", "img"), .aria("label", label),
                  .init("xmlns", "http://www.w3.org/2000/svg")) {
            el("polygon", .init("points", area), .init("fill", "#dcebd9"))
            el("line", .init("x1", fmt(left)), .init("y1", fmt(y(0))), .init("x2", fmt(width - right)), .init("y2", fmt(y(0))),
               .init("stroke", "#6e6e73"))
            el("line", .init("x1", fmt(left)), .init("y1", fmt(top)), .init("x2", fmt(left)), .init("y2", fmt(y(0))),
               .init("stroke", "#6e6e73"))
            [0, 6, 12, 18].map { s in
                el("text", .init("x", fmt(left - 4)), .init("y", fmt(y(s) + 4)), .init("font-size", "10"),
                   .init("text-anchor", "end"), .init("fill", "#4a4a4f")) { String(s) }
            }
            ticks.map { d in
                el("text", .init("x", fmt(x(d, lastDay: lastDay))), .init("y", fmt(height - 6)), .init("font-size", "10"),
                   .init("text-anchor", "middle"), .init("fill", "#4a4a4f")) { String(d) }
            }
            if points.count > 1 {
                el("polyline", .init("points", line), .init("fill", "none"), .init("stroke", "#0b57a4"), .init("stroke-width", "2.5"))
            }
            points.map { point in
                el("circle", .init("cx", fmt(x(point.day, lastDay: lastDay))), .init("cy", fmt(y(point.score))), .init("r", "3.5"),
                   .init("fill", "#0b57a4"))
            }
        }
    }

    /// One decimal at most: SVG coordinates stay short.
    private static func fmt(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}

struct HistoryText {
    let language: Language
    private var nl: Bool { language == .nlNL }

    var title: String { nl ? "Eerdere check-ins" : "Earlier check-ins" }
    var none: String { nl ? "Je hebt nog niet ingecheckt." : "You have not checked in yet." }
    var curveTitle: String { nl ? "Je klachtenscore" : "Your symptom score" }
    var curveHint: String {
        nl ? "De lijn is je score per dag (0 tot 18). Het groene vlak is wat bij normaal herstel op die dag nog past."
           : "The line is your score for each day (0 to 18). The green area is what normal healing still allows on that day."
    }
    func curveLabel(_ points: [(day: Int, score: Int)]) -> String {
        let list = points.map { nl ? "dag \($0.day): \($0.score)" : "day \($0.day): \($0.score)" }.joined(separator: ", ")
        return (nl ? "Klachtenscore per dag: " : "Symptom score by day: ") + list
    }
    var checkIns: String { nl ? "Je check-ins" : "Your check-ins" }
    var photos: String { nl ? "Foto's per aanzicht" : "Photos by view" }
    func day(_ d: Int) -> String { nl ? "dag \(d)" : "day \(d)" }
    func line(day: Int, date: String, tier: TriageTier, score: Int) -> String {
        let word: String = switch (tier, nl) {
        case (.green, false): "normal healing"
        case (.yellow, false): "to look at at your next appointment"
        case (.amber, false): "your technician looks at it today"
        case (.red, false): "emergency"
        case (.green, true): "normaal herstel"
        case (.yellow, true): "bekijken bij je volgende afspraak"
        case (.amber, true): "je behandelaar kijkt er vandaag naar"
        case (.red, true): "noodgeval"
        }
        return nl ? "Dag \(day) (\(date)): score \(score) van 18, \(word)" : "Day \(day) (\(date)): score \(score) of 18, \(word)"
    }
}
