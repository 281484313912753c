import Foundation
import StippleStore
import Vapor

/// `/staff/invitation/{token}`: a new person sets their password. No session and no CSRF token:
/// the link's 256-bit token is the credential, and a site that does not know it cannot post here.
struct InvitationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(StaffRoute.invitation, use: form)
        routes.on(StaffRoute.acceptInvitation, use: accept)
    }

    struct PasswordInput: Decodable {
        var password: String?
        var `repeat`: String?
    }

    func form(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let invitations = StaffInvitations(store: req.store, now: req.now, days: StaffInvitations.days)
        guard let invitation = try await invitations.open(token) else { return InvitationPage.notValid() }
        return InvitationPage.render(invitation, token: token)
    }

    func accept(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let invitations = StaffInvitations(store: req.store, now: req.now, days: StaffInvitations.days)
        guard let invitation = try await invitations.open(token) else { return InvitationPage.notValid() }
        let input = (try? req.content.decode(PasswordInput.self)) ?? PasswordInput()
        let password = input.password ?? ""
        if let problem = StaffPasswords.problem(password) {
            return InvitationPage.render(invitation, token: token, problem: problem.prefix(1).uppercased() + problem.dropFirst() + ".",
                                         status: .unprocessableEntity)
        }
        guard input.repeat == password else {
            return InvitationPage.render(invitation, token: token, problem: "The two passwords are not the same.",
                                         status: .unprocessableEntity)
        }
        let hash = try await StaffPasswords.hash(password, cost: req.settings.passwordCost, on: req.application.threadPool)
        guard let staff = try await req.store.acceptInvitation(tokenHash: SecretToken.hash(token), passwordHash: hash, now: req.now)
        else { return InvitationPage.notValid() }
        let member = try await req.store.staffMember(staff)
        try await req.audit(.update, .staff, subjectID: staff, actor: member.map(AuditActor.staff),
                            detail: "password set from an invitation")
        return req.redirect(to: StaffRoute.login.path(), redirectType: .normal)
    }
}
