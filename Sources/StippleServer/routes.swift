import Vapor

func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: OpenAPIController())
    try app.register(collection: ClientPagesController())

    let api = app.grouped("api", "v1").grouped(BearerTokenAuthenticator(), RequireStaff())
    try api.register(collection: ClinicsController())
    try api.register(collection: ClientsController())
    try api.register(collection: SessionsController())
    try api.register(collection: JourneysController())
    try api.register(collection: PhotosController())
    try api.register(collection: FollowUpsController())
    try api.register(collection: AlertsController())
}
