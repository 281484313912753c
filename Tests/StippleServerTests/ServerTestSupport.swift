import FluentKit
import Foundation
import SQLKit
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

/// The stores every persistence test runs on: SQLite always, PostgreSQL when
/// `STIPPLE_TEST_POSTGRES_URL` is set (`.ci/run` sets it).
enum TestStores {
    /// SQLite in a file, as a server runs it (WAL); `withStipple` gives each
    /// test a new file in a folder of its own and removes it afterwards.
    static let sqliteFile = StoreLocation.sqlite(path: "")

    static var all: [StoreLocation] {
        var out: [StoreLocation] = [sqliteFile]
        if let url = ProcessInfo.processInfo.environment["STIPPLE_TEST_POSTGRES_URL"], !url.isEmpty {
            out.append(.postgres(url: url))
        }
        return out
    }
}

/// A test's own folder under the temporary directory, for its SQLite file and photos.
struct TestFolder {
    let root = (NSTemporaryDirectory() as NSString).appendingPathComponent("stipple-test-\(UUID().uuidString)")

    func path(_ name: String) -> String { (root as NSString).appendingPathComponent(name) }

    /// `TestStores.sqliteFile` becomes a file in this folder; other locations stay as they are.
    func resolve(_ location: StoreLocation) -> StoreLocation {
        location == TestStores.sqliteFile ? .sqlite(path: path("stipple.sqlite")) : location
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// A fixed "now": Wednesday 25 November 2026, 12:00 UTC.
let testNow = ISO8601DateFormatter().date(from: "2026-11-25T12:00:00Z")!

/// What most tests start from: two clinics (London and Amsterdam), staff with tokens, a client.
struct Fixture {
    var london: Clinic
    var amsterdam: Clinic
    var admin: StaffMember
    var lead: StaffMember
    var amsterdamLead: StaffMember
    var reception: StaffMember
    /// A technician of London (not the lead).
    var technician: StaffMember
    var client: ClientRecord
    var dutchClient: ClientRecord

    static let adminToken = "test-admin-token"
    static let leadToken = "test-lead-token"
    static let amsterdamToken = "test-amsterdam-token"
    static let receptionToken = "test-reception-token"
    static let technicianToken = "test-technician-token"
    /// What the fixture's clients have agreed to: everything but the public gallery.
    static let consentsAtConsultation: [ConsentKind] = [.treatment, .healthData, .healingMessages, .photosInRecord]

    static func make(_ store: Store) async throws -> Fixture {
        let p = DefaultProtocol.protocolValue
        let london = try await store.createClinic(NewClinic(
            name: "Stipple London", address: "Clerkenwell", country: "GB", timeZone: "Europe/London",
            language: .enGB, emergencyNumber: "999", protocolVersion: p.version), now: testNow.addingTimeInterval(-60 * 86_400))
        let amsterdam = try await store.createClinic(NewClinic(
            name: "Stipple Amsterdam", address: "Ceintuurbaan", country: "NL", timeZone: "Europe/Amsterdam",
            language: .nlNL, emergencyNumber: "112", protocolVersion: p.version), now: testNow.addingTimeInterval(-60 * 86_400))
        let admin = try await store.createStaff(NewStaffMember(clinicID: nil, name: "Admin", role: .admin),
                                                tokenHash: APIToken.hash(adminToken))
        let lead = try await store.createStaff(NewStaffMember(clinicID: london.id, name: "Priya Shah", role: .leadTechnician,
                                                              licenceNumber: "L-1"), tokenHash: APIToken.hash(leadToken))
        let amsterdamLead = try await store.createStaff(
            NewStaffMember(clinicID: amsterdam.id, name: "Sanne de Vries", role: .leadTechnician),
            tokenHash: APIToken.hash(amsterdamToken))
        let reception = try await store.createStaff(NewStaffMember(clinicID: london.id, name: "Front desk", role: .reception),
                                                    tokenHash: APIToken.hash(receptionToken))
        let technician = try await store.createStaff(
            NewStaffMember(clinicID: london.id, name: "Tom Price", role: .technician, licenceNumber: "T-2"),
            tokenHash: APIToken.hash(technicianToken))
        let client = try await store.createClient(NewClient(
            clinicID: london.id, fullName: "Marcus Bell", dateOfBirth: LocalDate(iso: "1979-09-30")!, idCheckedBy: lead.id,
            idCheckedOn: LocalDate(iso: "2026-11-01")!, idDocument: .passport),
            screening: testScreening(answers: ScreeningAnswers(anticoagulants: true), sex: .male, name: "Marcus Bell", by: lead.id),
            now: testNow.addingTimeInterval(-30 * 86_400))
        // Blood thinners: his prescriber agreed before his first session.
        try await store.recordClearance(screening: try #require(try await store.health(client: client.id)).screening,
                                        kind: .prescriber, evidence: "Letter from his GP", by: lead.id,
                                        now: testNow.addingTimeInterval(-29 * 86_400))
        let dutchClient = try await store.createClient(NewClient(
            clinicID: amsterdam.id, fullName: "Joris Bakker", dateOfBirth: LocalDate(iso: "1980-05-14")!,
            idCheckedBy: amsterdamLead.id, idCheckedOn: LocalDate(iso: "2026-11-01")!, idDocument: .nationalIDCard,
            preferredLanguage: .nlNL), screening: testScreening(name: "Joris Bakker", by: amsterdamLead.id),
            now: testNow.addingTimeInterval(-30 * 86_400))
        // Both clients signed at their consultation what a treated client signs.
        try await signConsultationConsents(store, client: client.id, by: lead.id)
        try await signConsultationConsents(store, client: dutchClient.id, by: amsterdamLead.id)
        return Fixture(london: london, amsterdam: amsterdam, admin: admin, lead: lead, amsterdamLead: amsterdamLead,
                       reception: reception, technician: technician, client: client, dutchClient: dutchClient)
    }
}

/// Runs `body` against a freshly configured app on `location`, with the fixture loaded. On
/// PostgreSQL the tables are emptied first: a cheap reset, since the schema stays migrated.
func withStipple(
    _ location: StoreLocation, now: Date = testNow, logLevel: Logger.Level = .warning,
    settings adjust: @escaping @Sendable (inout ServerSettings) -> Void = { _ in },
    _ body: (Application, Fixture) async throws -> Void
) async throws {
    // Photos (and a SQLite file) of each test in a folder of its own.
    let folder = TestFolder()
    defer { folder.remove() }
    let photos = folder.path("photos")
    let location = folder.resolve(location)
    try await withApp(configure: { app in
        app.logger.logLevel = logLevel
        // bcrypt at its lowest cost: the tests check the logic, not the work factor.
        var settings = ServerSettings(location: location, now: { now }, photosDirectory: photos, passwordCost: 4)
        adjust(&settings)
        try await configure(app, settings)
        if case .postgres = location {
            let sql = app.db as! any SQLDatabase
            try await sql.raw("TRUNCATE audit_events, check_ins, journeys, treatment_sessions, clients, api_tokens, staff, clinics, partner_applications CASCADE").run()
        }
    }) { app in
        let fixture = try await Fixture.make(Store(app.db))
        try await body(app, fixture)
    }
}

/// Records the consents a client signs at the consultation (`Fixture.consentsAtConsultation`),
/// for clients a test makes beside the fixture's.
func signConsultationConsents(_ store: Store, client: UUID, by staff: UUID) async throws {
    for kind in Fixture.consentsAtConsultation {
        try await store.recordConsent(client: client, kind: kind, given: true, note: nil, by: staff,
                                      at: testNow.addingTimeInterval(-30 * 86_400))
    }
}

/// Another London client, with the consultation's consents signed.
func anotherClient(_ store: Store, _ f: Fixture, name: String, email: String? = nil) async throws -> ClientRecord {
    let client = try await store.createClient(NewClient(
        clinicID: f.london.id, fullName: name, dateOfBirth: LocalDate(iso: "1985-06-01")!, idCheckedBy: f.lead.id,
        idCheckedOn: LocalDate(iso: "2026-11-01")!, idDocument: .passport, email: email),
        screening: testScreening(name: name, by: f.lead.id), now: testNow.addingTimeInterval(-30 * 86_400))
    try await signConsultationConsents(store, client: client.id, by: f.lead.id)
    return client
}

/// Replaces the client's current screening with a copy whose `column` holds `value`: screenings
/// are never changed in place (a trigger refuses it), so a test corrupts a new one instead.
func corruptScreening(_ sql: any SQLDatabase, client: UUID, column: String, value: String) async throws {
    let columns = ["client_id", "version", "language", "answers", "hair_loss_condition", "sex", "oily_skin", "friction",
                   "confirmed_name", "channel", "completed_at", "recorded_by"]
    let id = UUID()
    var query = SQLQueryString("INSERT INTO screenings (id, \(unsafeRaw: columns.joined(separator: ", "))) SELECT ")
    query.appendInterpolation(bind: id)
    for name in columns {
        query.appendLiteral(", ")
        if name == column { query.appendInterpolation(bind: value) } else { query.appendInterpolation(unsafeRaw: name) }
    }
    query.appendLiteral(" FROM screenings WHERE id = (SELECT screening_id FROM client_health WHERE client_id = ")
    query.appendInterpolation(bind: client)
    query.appendLiteral(")")
    try await sql.raw(query).run()
    try await sql.raw("UPDATE client_health SET screening_id = \(bind: id) WHERE client_id = \(bind: client)").run()
}

/// A screening completed on the clinic's tablet, for a client a test registers.
func testScreening(_ condition: HairLossCondition = .patternBaldness, answers: ScreeningAnswers = ScreeningAnswers(),
                   sex: ClientFactors.Sex? = nil, language: Language = .enGB, name: String, by staff: UUID) -> NewScreening {
    NewScreening(clientID: UUID(), language: language,
                 response: ScreeningResponse(answers: answers, condition: condition, sex: sex),
                 confirmedName: name, channel: .tablet, recordedBy: staff)
}

func bearer(_ token: String) -> HTTPHeaders {
    var h = HTTPHeaders()
    h.bearerAuthorization = BearerAuthorization(token: token)
    h.contentType = .json
    return h
}

func jsonBody(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

func json(_ res: TestingHTTPResponse) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as? [String: Any])
}

func jsonArray(_ res: TestingHTTPResponse) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(buffer: res.body)) as? [[String: Any]])
}

/// The `error` object of an error response.
func apiError(_ res: TestingHTTPResponse) throws -> (code: String, message: String, field: String?) {
    let body = try json(res)
    let error = try #require(body["error"] as? [String: Any])
    return (error["code"] as? String ?? "", error["message"] as? String ?? "", error["field"] as? String)
}

/// A session of `client` at 10:00 UTC `daysAgo` days before `testNow`, through the API.
func recordSession(_ app: Application, client: UUID, technician: UUID, token: String = Fixture.leadToken,
                   daysAgo: Int, zones: String = #"["hairline","crown"]"#,
                   pigment: (product: String, lot: String) = ("Neutral black", "LOT-1")) async throws -> UUID {
    let start = testNow.addingTimeInterval(Double(-daysAgo) * 86_400 - 2 * 3600)
    let f = ISO8601DateFormatter()
    let body = """
    {"clientID":"\(client)","technicianID":"\(technician)","startedAt":"\(f.string(from: start))",
     "endedAt":"\(f.string(from: start.addingTimeInterval(9000)))","zones":\(zones),"needleType":"3RL",
     "needleSize":"0.25 mm","depth":"standard","pigmentProduct":"\(pigment.product)","pigmentBatch":"\(pigment.lot)"}
    """
    var journey: UUID?
    try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(token), body: jsonBody(body)) { res async throws in
        #expect(res.status == .created)
        journey = (try json(res)["journeyID"] as? String).flatMap(UUID.init(uuidString:))
    }
    return try #require(journey)
}
