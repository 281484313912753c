import Vapor

func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: OpenAPIController())
    try app.register(collection: ClientPagesController(app))
    try app.register(collection: PublicSiteController())
    try app.register(collection: PublicBookingController())

    let staffPages = app.grouped(StaffSessionAuthenticator())
    try staffPages.register(collection: LoginController())
    try app.register(collection: InvitationController())
    try staffPages.grouped(RequireStaffPage(), AuditMiddleware(), StaffPageErrors())
        .register(collection: StaffPagesController())

    try app.register(collection: CalendarFeedController())

    let api = app.grouped("api", "v1").grouped(BearerTokenAuthenticator(), RequireStaff(), AuditMiddleware())
    try api.register(collection: ClinicsController())
    try api.register(collection: ClientsController())
    try api.register(collection: ScreeningController())
    try api.register(collection: TreatmentPlanController())
    try api.register(collection: ClinicSettingsController())
    try api.register(collection: ConsentDocumentsController())
    try api.register(collection: SessionsController())
    try api.register(collection: JourneysController())
    try api.register(collection: PhotosController())
    try api.register(collection: FollowUpsController())
    try api.register(collection: AlertsController())
    try api.register(collection: PigmentBatchesController())
}
