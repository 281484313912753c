import Fluent
import Foundation
import StippleCore
import StippleStore
import Vapor

/// The one composition root: database, migrations, demo data, middleware and routes.
public func configure(_ app: Application, _ settings: ServerSettings) async throws {
    app.storage[SettingsKey.self] = settings
    app.storage[LoginThrottleKey.self] = AddressThrottle()
    app.storage[PublicFormThrottleKey.self] = AddressThrottle(limit: settings.publicFormLimit, window: 600)
    app.storage[DummyPasswordHashKey.self] = DummyPasswordHash(cost: settings.passwordCost)

    // Dates as ISO 8601 and stable key order in every JSON response.
    ContentConfiguration.global.use(encoder: JSONCoding.encoder, for: .json)
    ContentConfiguration.global.use(decoder: JSONCoding.decoder, for: .json)

    try DatabaseSetup.register(settings.location, on: app.databases)
    if !settings.location.isPostgres { app.storage[WriterLoopKey.self] = app.eventLoopGroup.next() }
    let auditStore: Store
    if let loop = app.storage[WriterLoopKey.self] {
        auditStore = Store(app.storeDB, writer: app.storeDB(on: loop))
    } else {
        auditStore = Store(app.storeDB)
    }
    app.storage[AuditBatcherKey.self] = AuditBatcher(write: { try await auditStore.recordAudit($0) })
    try await DatabaseSetup.prepare(app.storeDB, location: settings.location)
    try await DatabaseSetup.tune(app.eventLoopGroup.makeIterator().map { app.storeDB(on: $0)! },
                                 location: settings.location)
    let storeDB = app.storeDB
    try await SchemaMigrator.exclusively(storeDB) {
        try await SchemaMigrator.migrate(storeDB, StippleMigrations.all)
    }
    // SQLite in a file: the journey read through connections that keep it prepared.
    if case let .sqlite(path) = settings.location {
        await app.storage.setWithAsyncShutdown(SQLiteReadsKey.self, to: SQLiteReadConnections(path: path),
                                              onShutdown: { $0.close() })
    }
    app.storage[RequestStoresKey.self] = RequestStores(app)

    if settings.loadDemoWhenEmpty {
        // Under the start-up lock: of instances starting together, one loads it.
        let demo = try await SchemaMigrator.exclusively(storeDB) { () async throws -> DemoChain.Summary? in
            guard try await Store(storeDB).isEmpty() else { return nil }
            return try await DemoChain.load(into: Store(storeDB), now: settings.now(), protocol: settings.aftercareProtocol,
                                            sealer: settings.linkSealer, passwordCost: settings.passwordCost)
        }
        if let demo { app.storage[DemoKey.self] = demo }
    }

    switch settings.reminderTransport {
    case let .file(path):
        app.storage[ReminderTransportKey.self] = FileReminderTransport(path: path)
    case let .webhook(url, secret):
        app.storage[ReminderTransportKey.self] = WebhookReminderTransport(url: url, secret: secret, client: app.http.client.shared)
    case let .smtp(smtp):
        app.storage[ReminderTransportKey.self] = SMTPReminderTransport(settings: smtp)
    }
    if settings.runsReminderWorker {
        let worker = "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let dispatcher = app.reminderDispatcher(worker: worker)
        app.lifecycle.use(ReminderWorker(dispatcher: dispatcher, interval: .seconds(30)) {
            let now = settings.now()
            _ = try await Waitlist(store: dispatcher.store, now: now, sealer: settings.linkSealer).sweep()
            _ = try await ConsultationBooking(store: dispatcher.store, now: now, sealer: settings.linkSealer).dropUnclaimedAnswers()
        })
    }

    // Errors become JSON; nothing else in the default middleware is needed.
    app.middleware = Middlewares()
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(APIErrorMiddleware())
    app.routes.defaultMaxBodySize = "64kb"

    _ = OpenAPIDocument.operations  // the document is read, and must parse, before serving
    try routes(app)
    // Built from the routes just registered; runs after the error middleware, on a request no route took.
    app.middleware.use(MethodNotAllowedMiddleware(app.routes))
    app.middleware.use(UnknownStaffPage())
}

struct DemoKey: StorageKey {
    typealias Value = DemoChain.Summary
}

extension Application {
    /// Set when this start loaded the demo chain, so the caller can print its credentials.
    public var loadedDemo: DemoChain.Summary? { storage[DemoKey.self] }
}
