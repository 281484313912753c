import Foundation
import StippleCore
import StippleStore
import Vapor

/// Everything about one client: identity, screening with its warnings, sessions with their
/// charting, each journey's timeline, check-ins, photos by view and day, alerts and how they
/// were handled, and the follow-up booking. Reception sees identity, contact and bookings only.
enum ClientRecordPage {
    struct Data {
        var client: ClientRecord
        var clinic: Clinic
        var staffNames: [UUID: String]
        var sessions: [TreatmentSession]
        /// Newest first.
        var journeys: [JourneyContext]
        var alerts: [AlertRecord]
        var followUps: [UUID: FollowUp]
        var technicians: [StaffMember]
        /// Newest first.
        var consents: [ConsentRecord] = []
        /// Whether each consent is given against its document's latest version.
        var consentsCurrent: [ConsentKind: Bool] = [:]
        /// The screening and what it means, for staff with health access only.
        var screening: ClientScreening? = nil
        /// When the current screening was completed, which reception sees too.
        var screenedAt: Date? = nil
        /// Each session's before and after photos.
        var sessionPhotos: [UUID: [SessionPhoto]] = [:]
        /// The treatment plan staff set; nil follows the protocol's default.
        var plan: StoredTreatmentPlan? = nil
        /// Free consultations booked online that turned out to be this client's, newest first.
        var consultations: [BookingListing] = []
    }

    /// What the booking form sends back when it is refused, to show beside it.
    struct BookingForm {
        var journeyID: UUID
        var date = ""
        var time = "10:00"
        var technicianID: UUID?
        var overrideReason = ""
        var problem: String?
        var field: String?
    }

    static func render(_ d: Data, staff: StaffMember, csrf: String, now: Date, protocol p: AftercareProtocol,
                       booking: BookingForm? = nil, notice: String? = nil, consentProblem: String? = nil,
                       screeningProblem: ClientScreeningSection.Problem? = nil, planProblem: String? = nil, secret: (label: String, value: String)? = nil,
                       status: HTTPStatus = .ok) -> Response {
        let tz = TimeZone(identifier: d.clinic.timeZone) ?? .gmt
        let health = staff.role != .reception
        return StaffPageLayout.page(title: d.client.fullName, staff: staff, csrf: csrf, current: .clients, status: status) {
            el("h1") { d.client.fullName }
            el("p", .class("clinic-name")) { d.clinic.name }
            if let notice {
                el("section", .class("notice"), .init("role", "status")) {
                    el("p", .id("notice")) { notice }
                    if let secret { el("p") { "\(secret.label), shown this once: "; el("a", .href(secret.value), .id("client-link")) { secret.value } } }
                }
            }
            el("section", .aria("labelledby", "identity")) {
                el("h2", .id("identity")) { "Identity and contact" }
                el("dl") {
                    item("Born", d.client.dateOfBirth.text(.enGB))
                    item("Identity checked", "\(d.client.idCheckedOn.text(.enGB)) by \(d.staffNames[d.client.idCheckedBy] ?? "a former colleague")")
                    item("Phone", d.client.phone ?? "not given")
                    item("Email", d.client.email ?? "not given")
                    item("Prefers", "\(d.client.preferredChannel == .email ? "email" : "SMS") in \(d.client.preferredLanguage == .nlNL ? "Dutch" : "English")")
                    if health { item("Funding", d.client.funding == .private ? "private" : "NHS referral") }
                }
            }
            if !d.consultations.isEmpty {
                el("section", .aria("labelledby", "consultations"), .id("consultation-history")) {
                    el("h2", .id("consultations")) { "Free consultations" }
                    el("ul") {
                        for listing in d.consultations {
                            el("li") {
                                "Free consultation, \(CalendarPage.dateTime(listing.booking.startsAt, tz)): "
                                    + consultationOutcome(listing.booking) + " · with \(listing.technicianName)"
                            }
                        }
                    }
                }
            }
            ClientScreeningSection.render(d, staff: staff, csrf: csrf, tz: tz, problem: screeningProblem)
            consents(d, csrf: csrf, tz: tz, problem: consentProblem)
            if health {
                el("section", .aria("labelledby", "sessions")) {
                    el("h2", .id("sessions")) { "Sessions" }
                    el("p") { el("a", .class("small-button"), .href(StaffRoute.chartSession.path(d.client.id)), .id("chart-session")) { "Chart a session" } }
                    for s in d.sessions { session(s, names: d.staffNames, tz: tz, photos: d.sessionPhotos[s.id] ?? []) }
                    if d.sessions.isEmpty { el("p") { "No session recorded yet." } }
                }
                TreatmentPlanSection.render(d, csrf: csrf, now: now, protocol: p, problem: planProblem)
                for (i, context) in d.journeys.enumerated() {
                    journey(context, latest: i == 0, d: d, staff: staff, csrf: csrf, now: now, p: p,
                            booking: booking?.journeyID == context.journey.id ? booking : nil)
                }
            } else {
                el("section", .aria("labelledby", "bookings")) {
                    el("h2", .id("bookings")) { "Bookings" }
                    let booked = d.followUps.values.sorted { $0.startsAt < $1.startsAt }
                    if booked.isEmpty { el("p") { "No session booked." } }
                    el("ul") {
                        for f in booked {
                            el("li") { "Session \(f.sessionNumber): \(CalendarPage.dateTime(f.startsAt, tz)) with \(d.staffNames[f.technicianID] ?? "")" }
                        }
                    }
                }
            }
        }
    }

    /// What became of a consultation, as the record says it.
    static func consultationOutcome(_ b: Booking) -> String {
        switch b.status {
        case .attended: "came"
        case .noShow: "no-show"
        case .cancelled: "cancelled" + (b.cancelledBy == "client" ? " by the client" : b.cancelledBy.map { " by \($0)" } ?? "")
        case .booked: "booked"
        case .held: "being booked"
        }
    }

    private static func item(_ term: String, _ value: String) -> HTMLNode {
        .fragment([el("dt") { term }, el("dd") { value }])
    }

    /// Who gave or withdrew a consent, and how.
    private static func how(_ r: ConsentRecord) -> String {
        switch r.channel {
        case .tablet: "signed “\(r.signerName ?? "")” on the tablet (version \(r.documentVersion ?? 1))"
            + (r.recordedByName.map { " with \($0)" } ?? "")
        case .link: r.given ? "signed “\(r.signerName ?? "")” on their phone (version \(r.documentVersion ?? 1))" : "by the client on their phone"
        case .staff: "recorded by \(r.recordedByName ?? "a former colleague")"
        }
    }

    /// Where each consent stands (its latest record), and a form to record one given or withdrawn.
    private static func consents(_ d: Data, csrf: String, tz: TimeZone, problem: String?) -> HTMLNode {
        el("section", .aria("labelledby", "consents"), .id("consent-section")) {
            el("h2", .id("consents")) { "Consents" }
            el("ul", .id("consent-list")) {
                for kind in ConsentKind.allCases {
                    el("li", .id("consent-\(kind.rawValue)")) {
                        if let latest = d.consents.first(where: { $0.kind == kind }) {
                            "\(kind.title): \(latest.given ? "given" : "withdrawn") \(CalendarPage.dateTime(latest.recordedAt, tz)), "
                            + how(latest) + "."
                            if latest.given, d.consentsCurrent[kind] != true { el("strong") { " A new version asks again." } }
                            if let note = latest.note { " \(note)" }
                        } else {
                            "\(kind.title): not recorded."
                        }
                    }
                }
            }
            if ConsentKind.neededToTreat.contains(where: { d.consentsCurrent[$0] != true }) {
                el("p", .class("warning"), .id("consents-needed")) { "Treatment and health-data consent are needed before a session." }
            }
            el("p") {
                el("a", .class("small-button"), .href(StaffRoute.signConsentsForm.path(d.client.id)), .id("sign-on-tablet")) {
                    "Sign the documents on this tablet"
                }
            }
            if let problem {
                el("p", .class("error"), .id("consent-problem"), .init("role", "alert")) { problem }
            }
            el("form", .init("method", "post"), .init("action", StaffRoute.recordConsent.path(d.client.id)), .class("filters")) {
                StaffPageLayout.hidden("_csrf", csrf)
                DashboardPage.select("kind", "Consent", ConsentKind.allCases.map { ($0.rawValue, $0.title) }, selected: "")
                DashboardPage.select("given", "Decision", [("yes", "Given"), ("no", "Withdrawn")], selected: "yes")
                el("label") { "Note (optional)"; el("br"); el("input", .type("text"), .name("note"), .init("maxlength", "500")) }
                el("button", .type("submit"), .class("small-button")) { "Record" }
            }
        }
    }

    private static func session(_ s: TreatmentSession, names: [UUID: String], tz: TimeZone, photos: [SessionPhoto]) -> HTMLNode {
        el("article") {
            el("h3") { "Session \(s.sessionNumber) · \(CalendarPage.dateTime(s.startedAt, tz))" }
            el("p") {
                "By \(names[s.technicianID] ?? "a former colleague"); \(Int(s.endedAt.timeIntervalSince(s.startedAt) / 60)) minutes. "
                "Zones: \(s.zones.map(\.title).joined(separator: ", ")). Needle \(s.needleType) \(s.needleSize), depth \(s.depth.rawValue)"
                if let density = s.dotDensity { ", \(density) dots/cm²" }
                ". Pigment \(s.pigmentProduct), batch \(s.pigmentBatch). "
                if let a = s.anaesthetic { "Anaesthetic: \(a). " }
                if !s.painRelief.isEmpty { "Pain relief: \(s.painRelief.joined(separator: ", ")). " }
                "Breaks: \(s.breaks). Bleeding: \(s.bleeding.rawValue)."
                if let pain = s.painReported { " Pain reported: \(pain)/10." }
            }
            if let reactions = s.reactions { el("p") { "Reactions: \(reactions)" } }
            if let notes = s.notes { el("p") { "Notes: \(notes)" } }
            if !photos.isEmpty {
                el("div", .class("photos session-photos")) {
                    for photo in photos {
                        el("figure") {
                            el("img", .init("src", StaffRoute.sessionPhoto.path(photo.id)), .init("width", "\(photo.width)"),
                               .init("height", "\(photo.height)"), .init("loading", "lazy"),
                               .init("alt", "\(photo.stage == .before ? "Before" : "After"): \(photo.view.name(.enGB).lowercased())"))
                            el("figcaption") { "\(photo.stage == .before ? "Before" : "After") · \(photo.view.name(.enGB))" }
                        }
                    }
                }
            }
        }
    }

    private static func journey(_ c: JourneyContext, latest: Bool, d: Data, staff: StaffMember, csrf: String, now: Date,
                                p: AftercareProtocol, booking: BookingForm?) -> HTMLNode {
        let engine = c.healingJourney(now: now, protocol: p)
        let tz = c.timeZone
        let alerts = d.alerts.filter { $0.journeyID == c.journey.id }
        return el("section", .aria("labelledby", "journey-\(c.journey.id)"), .id("journey-\(c.journey.id)")) {
            el("h2", .id("journey-\(c.journey.id)-title")) {
                "Healing after session \(c.session.sessionNumber) · day \(engine.today.day)"
            }
            el("p") { "\(engine.today.stageTitle). \(EstimateText.summary(engine.estimate, sessionDate: c.journey.sessionDate, .enGB))" }
            el("h3") { "Timeline" }
            el("ol", .class("timeline")) {
                for stage in engine.timeline {
                    el("li", attributes: [stage.id == engine.today.stageID ? .aria("current", "step") : nil]) {
                        "\(stage.title): \(stage.startDate.text(.enGB, withYear: false))"
                        if let end = stage.endDate { " – \(end.text(.enGB, withYear: false))" }
                    }
                }
            }
            el("h3") { "Check-ins" }
            if c.checkIns.isEmpty {
                el("p") { "No check-in yet." }
            } else {
                el("table") {
                    el("thead") { el("tr") { for h in ["Day", "Sent", "Tier", "Score", "Why"] { el("th", .init("scope", "col")) { h } } } }
                    el("tbody") {
                        for stored in c.checkIns.sorted(by: { $0.recordedAt < $1.recordedAt }) {
                            let view = c.checkInView(stored, protocol: p)
                            el("tr") {
                                el("td") { String(stored.day) }
                                el("td") { AlertInboxPage.time(stored.recordedAt, tz) }
                                el("td") { DashboardPage.tierBadge(stored.tier) }
                                el("td") { String(stored.score) }
                                el("td") { view.reasons.joined(separator: " ") }
                            }
                        }
                    }
                }
                el("p") { DashboardPage.sparkline(c.checkIns.sorted { $0.recordedAt < $1.recordedAt }.map(\.score)) }
            }
            photos(c)
            el("h3") { "Alerts" }
            if alerts.isEmpty { el("p") { "No alert." } }
            for a in alerts { AlertInboxPage.card(a, clinic: d.clinic, now: now, csrf: csrf) }
            if latest { followUp(c, d: d, staff: staff, csrf: csrf, now: now, p: p, booking: booking) }
        }
    }

    /// Photos side by side: a row per scalp view, a column per day.
    private static func photos(_ c: JourneyContext) -> HTMLNode {
        let dayOf = Dictionary(uniqueKeysWithValues: c.checkIns.map { ($0.id, $0.day) })
        let days = Array(Set(c.photos.compactMap { dayOf[$0.checkInID] })).sorted()
        return .fragment([
            el("h3") { "Photos" },
            c.photos.isEmpty ? el("p") { "No photo sent." } : el("table", .class("photo-grid")) {
                el("thead") { el("tr") { el("th", .init("scope", "col")) { "View" }; for day in days { el("th", .init("scope", "col")) { "Day \(day)" } } } }
                el("tbody") {
                    for view in ScalpView.allCases where c.photos.contains(where: { $0.view == view }) {
                        el("tr") {
                            el("th", .init("scope", "row")) { view.rawValue.replacingOccurrences(of: "-", with: " ") }
                            for day in days {
                                el("td") {
                                    for photo in c.photos where photo.view == view && dayOf[photo.checkInID] == day {
                                        el("img", .init("src", StaffRoute.photo.path(photo.id)), .init("width", "160"),
                                           .init("alt", "\(view.rawValue.replacingOccurrences(of: "-", with: " ")), day \(day)"))
                                    }
                                }
                            }
                        }
                    }
                }
            },
        ])
    }

    private static func followUp(_ c: JourneyContext, d: Data, staff: StaffMember, csrf: String, now: Date,
                                 p: AftercareProtocol, booking: BookingForm?) -> HTMLNode {
        let decision = c.spacing(now: now, protocol: p, requested: nil)
        let step = c.nextStep(p).label.text(.enGB)
        let booked = d.followUps[c.journey.id]
        return el("section", .class("booking"), .aria("labelledby", "book-\(c.journey.id)")) {
            el("h3", .id("book-\(c.journey.id)")) { "Next session" }
            if let booked {
                el("p", .id("booked")) {
                    "Session \(booked.sessionNumber) is booked for \(CalendarPage.dateTime(booked.startsAt, c.timeZone)) with \(d.staffNames[booked.technicianID] ?? "")."
                    if let reason = booked.overrideReason { " Booked against the spacing rule: \(reason)" }
                }
                el("form", .init("method", "post"), .init("action", StaffRoute.cancelFollowUp.path(c.journey.id))) {
                    StaffPageLayout.hidden("_csrf", csrf)
                    el("button", .type("submit"), .class("small-button")) { "Cancel this booking" }
                }
            } else {
                el("p", .id("earliest")) {
                    "Session \(decision.sessionNumber) (\(step)): first allowed date "
                    el("time", .init("datetime", decision.earliestDate.iso)) { decision.earliestDate.text(.enGB) }
                    "; recommended \(decision.recommendedFrom.text(.enGB, withYear: false)) to \(decision.recommendedTo.text(.enGB))."
                }
                let why = decision.explanation(.enGB, protocol: p)
                if !why.isEmpty { el("ul") { for line in why { el("li") { line } } } }
                if let problem = booking?.problem {
                    el("div", .class("error-summary"), .init("role", "alert")) { el("p", .class("error"), .id("booking-problem")) { problem } }
                }
                el("form", .init("method", "post"), .init("action", StaffRoute.bookFollowUp.path(c.journey.id)), .class("filters")) {
                    StaffPageLayout.hidden("_csrf", csrf)
                    el("label") {
                        "Date"; el("br")
                        el("input", attributes: [.type("date"), .name("date"), .value(booking?.date ?? decision.earliestDate.iso), .flag("required"),
                                                 booking?.field == "startsAt" ? .aria("describedby", "booking-problem") : nil,
                                                 booking?.field == "startsAt" ? .aria("invalid", "true") : nil])
                    }
                    el("label") {
                        "Time"; el("br")
                        el("input", .type("time"), .name("time"), .value(booking?.time ?? "10:00"), .flag("required"))
                    }
                    el("label") {
                        "Technician"; el("br")
                        el("select", .name("technician")) {
                            for t in d.technicians {
                                el("option", attributes: [.value(t.id.uuidString),
                                                          (booking?.technicianID ?? c.session.technicianID) == t.id ? .flag("selected") : nil]) { t.name }
                            }
                        }
                    }
                    if staff.role == .admin {
                        el("label") {
                            "Reason to book against the spacing rule (admins only; leave empty otherwise)"; el("br")
                            el("textarea", .name("overrideReason"), .init("rows", "2"), .init("cols", "40"), .init("maxlength", "500")) {
                                booking?.overrideReason ?? ""
                            }
                        }
                    }
                    el("button", .type("submit"), .class("small-button")) { "Book session \(decision.sessionNumber) (\(step))" }
                }
            }
        }
    }
}
