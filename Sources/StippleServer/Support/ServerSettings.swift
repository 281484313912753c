import FluentKit
import Foundation
import StippleCore
import StippleStore
import Vapor

/// Everything the server is configured with; `configure` is the one composition root.
public struct ServerSettings: Sendable {
    public var location: StoreLocation
    /// The clock: injected so tests can fix "now".
    public var now: @Sendable () -> Date
    public var aftercareProtocol: AftercareProtocol
    /// Load the demo chain when the database is empty.
    public var loadDemoWhenEmpty: Bool
    /// `STIPPLE_DEMO=1` said so: only then does a server reachable from elsewhere load the demo
    /// (see `demoAllowed(hostname:)`).
    public var demoAskedFor = false
    /// The address clients reach the server at, for the links in reminders and printed by the
    /// command line (`STIPPLE_PUBLIC_URL`); nil means the address `serve` listens on.
    public var publicURL: String?
    /// How long a client's journey link works: healing takes up to several weeks and the next
    /// session comes weeks after that, so the default covers a whole treatment.
    public var journeyLinkDays: Int
    /// Where check-in photos are kept, by content hash: the data folder's `photos`, or a private
    /// temporary folder for an in-memory database.
    public var photosDirectory: String
    /// Seals journey links for reminders (`LinkSealer`).
    public var linkSealer: LinkSealer
    /// Where reminders go; the file transport writes them under the data folder.
    public var reminderTransport: ReminderTransportSetting
    /// The reminder worker inside the server; off in tests, which dispatch by hand.
    public var runsReminderWorker: Bool
    /// bcrypt's cost for staff passwords (`STIPPLE_BCRYPT_COST`): 12 takes about a quarter of a
    /// second per hash; tests use the minimum, 4.
    public var passwordCost: Int
    /// Session cookies only over HTTPS: on when `STIPPLE_PUBLIC_URL` is https or
    /// `STIPPLE_SECURE_COOKIES=1`.
    public var secureCookies: Bool
    /// Failed sign-ins in a row that lock an account, and for how long.
    public var loginLockAfter = 5
    public var loginLockDuration: TimeInterval = 15 * 60
    /// Posts of the public site's forms (holds, bookings, changes, partner applications) one
    /// address may make in ten minutes (`STIPPLE_PUBLIC_FORM_LIMIT`).
    public var publicFormLimit = 30

    public init(location: StoreLocation, now: @escaping @Sendable () -> Date = { Date() },
                aftercareProtocol: AftercareProtocol = DefaultProtocol.protocolValue, loadDemoWhenEmpty: Bool = false,
                publicURL: String? = nil, journeyLinkDays: Int = 120, photosDirectory: String? = nil,
                linkSealer: LinkSealer = LinkSealer(key: LinkSealer.randomKey()),
                reminderTransport: ReminderTransportSetting? = nil, runsReminderWorker: Bool = false,
                passwordCost: Int = 12, secureCookies: Bool = false) {
        self.location = location
        self.now = now
        self.aftercareProtocol = aftercareProtocol
        self.loadDemoWhenEmpty = loadDemoWhenEmpty
        self.publicURL = publicURL
        self.journeyLinkDays = journeyLinkDays
        self.photosDirectory = photosDirectory ?? ServerSettings.defaultPhotosDirectory(location)
        self.linkSealer = linkSealer
        self.reminderTransport = reminderTransport
            ?? .file(path: ((self.photosDirectory as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent("outbox/reminders.jsonl"))
        self.runsReminderWorker = runsReminderWorker
        self.passwordCost = min(max(passwordCost, 4), 31)
        self.secureCookies = secureCookies
    }

    static func defaultPhotosDirectory(_ location: StoreLocation,
                                       env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        switch location {
        case let .sqlite(path):
            return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("photos")
        case .sqliteMemory:
            return (NSTemporaryDirectory() as NSString).appendingPathComponent("stipple-photos-\(UUID().uuidString)")
        case .postgres:
            let dir = env["STIPPLE_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "data"
            return (dir as NSString).appendingPathComponent("photos")
        }
    }

    /// From the environment: the store location, and the demo only on the embedded default
    /// unless `STIPPLE_DEMO` says otherwise.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> ServerSettings {
        let location = StoreLocation.fromEnvironment(env)
        let asked = env["STIPPLE_DEMO"].map { $0 == "1" || $0 == "true" }
        let demo = asked ?? !location.isPostgres
        let publicURL = env["STIPPLE_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : baseURL($0) }
        let linkDays = env["STIPPLE_LINK_DAYS"].flatMap(Int.init).map { min(max($0, 1), 3650) } ?? 120
        let dataDirectory = env["STIPPLE_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "data"
        let key = try LinkSealer.key(environment: env, dataDirectory: dataDirectory)
        var settings = ServerSettings(location: location, loadDemoWhenEmpty: demo, publicURL: publicURL, journeyLinkDays: linkDays,
                              linkSealer: LinkSealer(key: key),
                              reminderTransport: try ReminderTransportSetting.fromEnvironment(env, dataDirectory: dataDirectory),
                              runsReminderWorker: true,
                              passwordCost: env["STIPPLE_BCRYPT_COST"].flatMap(Int.init) ?? 12,
                              secureCookies: env["STIPPLE_SECURE_COOKIES"] == "1" || (publicURL?.hasPrefix("https://") ?? false))
        settings.demoAskedFor = asked == true
        if let limit = env["STIPPLE_PUBLIC_FORM_LIMIT"].flatMap(Int.init) { settings.publicFormLimit = min(max(limit, 1), 100_000) }
        return settings
    }

    /// Whether a server listening on `hostname` may load the demo chain by default. The demo is
    /// for a developer's machine: a server listening beyond loopback, or with an https public
    /// address, is somebody's real server, and loads it only when `STIPPLE_DEMO=1` asks.
    public func demoAllowed(hostname: String) -> Bool {
        if demoAskedFor { return true }
        let loopback = hostname == "localhost" || hostname == "::1" || hostname == "[::1]" || hostname.hasPrefix("127.")
        return loopback && !(publicURL?.lowercased().hasPrefix("https://") ?? false)
    }
}

extension ServerSettings {
    /// An address to put paths after: without trailing slashes.
    public static func baseURL(_ text: String) -> String {
        var s = Substring(text)
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}
