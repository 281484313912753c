import FluentPostgresDriver
import Foundation

/// PostgreSQL: the client pages' journey reads by link, batched (`ReadBatches`), a batch per depth
/// since one statement reads one depth. One per server, shared by its requests.
public final class JourneyLinkReads: Sendable {
    /// Batches of each depth at once. On two cores one at a time served the most pages (0.32 of
    /// `/healthz`, against 0.30 with two and 0.28 with four): more slots only split the waiting
    /// reads into more, smaller batches. `STIPPLE_PG_LINK_BATCHES` overrides it.
    public static let defaultBatchesInFlight = 1

    private let journey, checkIns, checkInsAndPhotos: ReadBatches<String, Store.LinkRows>

    public init(maxInFlight: Int) {
        journey = ReadBatches(maxInFlight: maxInFlight)
        checkIns = ReadBatches(maxInFlight: maxInFlight)
        checkInsAndPhotos = ReadBatches(maxInFlight: maxInFlight)
    }

    public convenience init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let slots = environment["STIPPLE_PG_LINK_BATCHES"].flatMap(Int.init) ?? Self.defaultBatchesInFlight
        self.init(maxInFlight: max(1, slots))
    }

    func batches(_ depth: JourneyBundle.Depth) -> ReadBatches<String, Store.LinkRows> {
        switch depth {
        case .journey: journey
        case .checkIns: checkIns
        case .checkInsAndPhotos: checkInsAndPhotos
        }
    }
}
