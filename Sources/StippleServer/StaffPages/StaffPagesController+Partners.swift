import Foundation
import StippleCore
import StippleStore
import Vapor

// The partner pipeline (admins): the applications, one application, and moving it on.
extension StaffPagesController {
    func partners(req: Request) async throws -> Response {
        let staff = try Self.admin(req)
        var stage: PartnerStage?
        if let text = req.query[String.self, at: "stage"], !text.isEmpty {
            guard let s = PartnerStage(rawValue: text) else { throw Self.badFilter("stage", "must be a stage of the list") }
            stage = s
        }
        return PartnersPage.render(staff: staff, csrf: req.csrfToken, applications: try await req.store.partnerApplications(stage: stage),
                                   stage: stage, now: req.now)
    }

    func partnerApplication(req: Request) async throws -> Response {
        let staff = try Self.admin(req)
        let application = try await Self.application(req)
        let flash = StaffFlash.take(req)
        let page = PartnerApplicationPage.render(staff: staff, csrf: req.csrfToken, application: application,
                                                 history: try await req.store.partnerHistory(application.id), now: req.now,
                                                 notice: flash?.notice, problem: nil)
        return flash == nil ? page : StaffFlash.clear(page, req)
    }

    func movePartnerApplication(req: Request) async throws -> Response {
        let staff = try Self.admin(req)
        let application = try await Self.application(req)
        let form = FormUpload.read(req).values
        guard let stage = PartnerStage(rawValue: form["stage"] ?? "") else { throw APIError.invalid("stage", "must be a stage of the list") }
        let note = try PlainText.note(form["note"], field: "note", maximum: 500)
        let now = req.now
        do {
            let moved = try await req.store.movePartnerApplication(application.id, to: stage, note: note, by: staff.id, now: now) { current in
                PartnerRule.refusal(to: stage, country: current.country, disclosureSentAt: current.disclosureSentAt, now: now)
            }
            return StaffFlash(notice: "\(moved.fullName) is at “\(moved.stage.title)”.", secret: nil)
                .redirect(req, to: StaffRoute.partnerApplication.path(application.id))
        } catch let refused as PartnerMoveRefused {
            return PartnerApplicationPage.render(staff: staff, csrf: req.csrfToken, application: application,
                                                 history: try await req.store.partnerHistory(application.id), now: now, notice: nil,
                                                 problem: refused.reason, status: .unprocessableEntity)
        }
    }

    static func application(_ req: Request) async throws -> PartnerApplication {
        guard let application = try await req.store.partnerApplication(try req.uuid("applicationID")) else {
            throw APIError.notFound("partner application")
        }
        return application
    }
}
