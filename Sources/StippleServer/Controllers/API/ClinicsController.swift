import Foundation
import StippleStore
import Vapor

/// `/api/v1/clinics` and `/api/v1/technicians`.
struct ClinicsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("clinics", use: list)
        routes.post("clinics", use: create)
        routes.get("clinics", ":clinicID", use: show)
        routes.get("technicians", use: technicians)
        routes.post("technicians", use: createTechnician)
    }

    func list(req: Request) async throws -> [Clinic] {
        let page = try Paging(req)
        return try await req.store.clinics(limit: page.limit, offset: page.offset)
    }

    func show(req: Request) async throws -> Clinic {
        guard let clinic = try await req.store.clinic(try req.uuid("clinicID")) else { throw APIError.notFound("clinic") }
        return clinic
    }

    func create(req: Request) async throws -> Response {
        try req.staff.requireRole(.admin, because: "only an admin can open a clinic")
        let input = try req.decodeJSON(ClinicInput.self).validated(defaultProtocol: req.settings.aftercareProtocol.version)
        if try await req.store.clinic(named: input.name) != nil {
            throw APIError(status: .conflict, code: "conflict", message: "a clinic with this name exists", field: "name")
        }
        return try await created(req.store.createClinic(input))
    }

    /// Technicians with their licence numbers: the caller's clinic only (an admin's: the chain,
    /// or the clinic asked for). Another clinic asked for answers an empty list, as clients do.
    func technicians(req: Request) async throws -> [StaffMember] {
        let staff = try req.staff
        let page = try Paging(req)
        var clinic = try req.query.get(UUID?.self, at: "clinic")
        if staff.role != .admin {
            if let asked = clinic, asked != staff.clinicID { return [] }
            clinic = staff.clinicID
        }
        return try await req.store.staff(clinic: clinic, technicianOnly: true, limit: page.limit, offset: page.offset)
    }

    func createTechnician(req: Request) async throws -> Response {
        let staff = try req.staff
        // The role first: a person who may add no one learns nothing from the input's checks.
        try staff.requireRole(.admin, .leadTechnician, because: "only an admin or the clinic's lead technician can add technicians")
        let input = try req.decodeJSON(TechnicianInput.self).validated()
        guard let clinicID = input.clinicID, try await req.store.clinic(clinicID) != nil else {
            throw APIError.invalid("clinicID", "no such clinic")
        }
        guard staff.role == .admin || (staff.role == .leadTechnician && staff.clinicID == clinicID) else {
            throw APIError.forbidden("only an admin or the clinic's lead technician can add technicians")
        }
        return try await created(req.store.createStaff(input, tokenHash: nil))
    }
}

/// A 201 response with `value` as its JSON body.
func created<T: Content>(_ value: T) throws -> Response {
    let response = Response(status: .created)
    try response.content.encode(value)
    return response
}
