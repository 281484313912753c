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
    }

    func show(req: Request) async throws -> JourneyView {
        let context = try await JourneyContext.load(try req.uuid("journeyID"), for: req)
        return context.view(now: req.now, protocol: req.settings.aftercareProtocol)
    }

    func listCheckIns(req: Request) async throws -> [CheckInView] {
        let context = try await JourneyContext.load(try req.uuid("journeyID"), for: req)
        return context.checkIns.map { context.checkInView($0, protocol: req.settings.aftercareProtocol) }
    }

    /// Stores the answers and their triage together and returns the triage.
    func createCheckIn(req: Request) async throws -> Response {
        // Triage compares with the latest earlier check-in only, so only that one is read.
        var context = try await JourneyContext.load(try req.uuid("journeyID"), for: req, allCheckIns: false)
        guard let body = req.rawBody, !body.isEmpty else { throw APIError.badRequest("the request needs a JSON body") }
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
        let day: Int
        if object["day"] != nil {
            day = parsed.checkIn.day
            guard day <= today else { throw APIError.invalid("day", "is in the future: today is day \(today) of this journey") }
        } else if let at = object["at"] {
            guard let text = at as? String else { throw APIError.invalid("at", "must be a date and time (ISO 8601)") }
            let instant = try Instant.parse(text, field: "at")
            guard instant <= now.addingTimeInterval(300) else { throw APIError.invalid("at", "is in the future") }
            day = context.day(at: instant)
            guard day >= 0 else { throw APIError.invalid("at", "is before the session (\(context.journey.sessionDate))") }
        } else {
            day = today
            guard day >= 0 else { throw APIError.invalid("day", "the session has not happened yet") }
        }
        parsed.checkIn.day = day

        let p = req.settings.aftercareProtocol
        if let latest = try await req.store.latestCheckIn(journey: context.journey.id, onOrBefore: day) {
            context.checkIns = [latest]
        }
        let earlier = context.checkIns.map(\.answers)
        let risk = context.factors(on: context.journey.sessionDate.adding(days: day)).riskProfile
        let result = Triage.assess(parsed.checkIn, previous: earlier, risk: risk, protocol: p)
        let stored = try await req.store.addCheckIn(
            journey: context.journey.id, day: day, recordedAt: now, answers: parsed.checkIn,
            tier: result.tier, score: result.score.total)
        context.checkIns.append(stored)
        let view = context.checkInView(stored, protocol: p)
        let response = Response(status: .created)
        try response.content.encode(view)
        return response
    }
}

extension Request {
    func uuid(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else {
            throw APIError(status: .notFound, code: "not_found", message: "no such resource")
        }
        return id
    }
}
