import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/journeys`: a journey computed by the engine, and its check-ins.
struct JourneysController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let journeys = routes.grouped("journeys")
        journeys.get(":journeyID", use: show)
        journeys.get(":journeyID", "check-ins", use: listCheckIns)
        journeys.post(":journeyID", "check-ins", use: createCheckIn)
        journeys.post(":journeyID", "link", use: issueLink)
        journeys.delete(":journeyID", "link", use: revokeLink)
        journeys.get(":journeyID", "reminders", use: reminders)
    }

    /// The journey's reminders: scheduled, sent, skipped, or failed and why.
    func reminders(req: Request) async throws -> [ReminderRecord] {
        let page = try Paging(req)
        let context = try await req.journeyContext(try req.uuid("journeyID"), parts: [])
        return page.slice(try await req.store.reminders(journey: context.journey.id))
    }

    /// A new private link for the client; the previous one stops working. The token is in this
    /// answer only.
    func issueLink(req: Request) async throws -> Response {
        let context = try await req.journeyContext(try req.uuid("journeyID"), parts: [])
        let issued = try await JourneyLinks.issue(journey: context.journey.id, store: req.store, now: req.now,
                                                  days: req.settings.journeyLinkDays, sealer: req.settings.linkSealer)
        let view = JourneyLinkView(journeyID: context.journey.id, token: issued.token, path: issued.path,
                                   url: req.publicBaseURL + issued.path, expiresAt: issued.link.expiresAt)
        let response = Response(status: .created)
        response.headers.cacheControl = .init(noStore: true)
        try response.content.encode(view)
        return response
    }

    /// Ends the client's link (a lost phone, a link sent to the wrong person).
    func revokeLink(req: Request) async throws -> HTTPStatus {
        let context = try await req.journeyContext(try req.uuid("journeyID"), parts: [])
        try await req.store.revokeJourneyLinks(journey: context.journey.id, now: req.now)
        return .noContent
    }

    func show(req: Request) async throws -> JourneyView {
        let context = try await req.journeyContext(try req.uuid("journeyID"))
        return context.view(now: req.now, protocol: req.settings.aftercareProtocol)
    }

    func listCheckIns(req: Request) async throws -> [CheckInView] {
        let context = try await req.journeyContext(try req.uuid("journeyID"), parts: [.checkIns, .photos])
        return context.checkIns.map { context.checkInView($0, protocol: req.settings.aftercareProtocol) }
    }

    /// Stores the answers and their triage together and returns the triage.
    func createCheckIn(req: Request) async throws -> Response {
        // Triage compares with the latest earlier check-in only, so only that one is read.
        var context = try await req.journeyContext(try req.uuid("journeyID"), parts: [])
        let body = try req.jsonBody()
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw APIError.badRequest("the body must be a JSON object")
        }
        for key in ["client", "previous"] where object[key] != nil {
            throw APIError.invalid(key, "is not sent: the server knows the client and the earlier check-ins")
        }
        let now = req.now
        let today = context.day(at: now)
        var parsed: CheckInRequest
        do {
            parsed = try CheckInRequest.parse(body, requireDay: false)
        } catch {
            throw APIError(error)
        }
        // `at` is checked whenever it is sent, even beside `day`: the two must agree.
        var dayOfAt: Int?
        if let at = object["at"] {
            guard let text = at as? String else { throw APIError.invalid("at", "must be a date and time (ISO 8601)") }
            let instant = try Instant.parse(text, field: "at")
            guard instant <= now.addingTimeInterval(300) else { throw APIError.invalid("at", "is in the future") }
            let day = context.day(at: instant)
            guard day >= 0 else { throw APIError.invalid("at", "is before the session (\(context.journey.sessionDate))") }
            dayOfAt = day
        }
        let day: Int
        if object["day"] != nil {
            day = parsed.checkIn.day
            guard day <= today else { throw APIError.invalid("day", "is in the future: today is day \(today) of this journey") }
            if let dayOfAt, dayOfAt != day {
                throw APIError.invalid("at", "is day \(dayOfAt) of this journey but day is \(day): send one of them, or both agreeing")
            }
        } else if let dayOfAt {
            day = dayOfAt
        } else {
            day = today
            guard day >= 0 else { throw APIError.invalid("day", "the session has not happened yet") }
        }
        parsed.checkIn.day = day

        let p = req.settings.aftercareProtocol
        let stored = try await context.record(parsed.checkIn, store: req.store, now: now, protocol: p)
        let view = context.checkInView(stored, protocol: p)
        let response = Response(status: .created)
        try response.content.encode(view)
        return response
    }
}

extension Request {
    /// Where clients reach this server: `STIPPLE_PUBLIC_URL`, or else the address this request
    /// came to.
    var publicBaseURL: String {
        if let configured = settings.publicURL { return configured }
        return "http://" + (headers.first(name: .host) ?? "127.0.0.1:8080")
    }

    func uuid(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else {
            throw APIError(status: .notFound, code: "not_found", message: "no such resource")
        }
        return id
    }
}
