import StippleStore
import Vapor

/// `GET /api/v1/photos/:photoID`: a check-in photo for staff who may see the clinic's health data.
struct PhotosController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("photos", ":photoID", use: show)
    }

    func show(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        guard let owner = try await req.store.photo(try req.uuid("photoID")), staff.canSee(clinic: owner.clinicID) else {
            throw APIError.notFound("photo")
        }
        return try await PhotoResponse.make(owner.photo, req: req)
    }
}
