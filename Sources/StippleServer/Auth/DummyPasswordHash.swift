import Foundation
import NIOPosix
import Synchronization
import StippleStore
import Vapor

struct DummyPasswordHashKey: StorageKey {
    typealias Value = DummyPasswordHash
}

/// A hash of no one's password at the configured cost, checked when the email is unknown. Made
/// at the first such sign-in rather than at start: at cost 12 it takes a quarter of a second.
final class DummyPasswordHash: Sendable {
    private let hash = Mutex<String?>(nil)
    let cost: Int

    init(cost: Int) { self.cost = cost }

    func value(on pool: NIOThreadPool) async throws -> String {
        if let known = hash.withLock({ $0 }) { return known }
        let made = try await StaffPasswords.hash(SecretToken.generate(), cost: cost, on: pool)
        return hash.withLock { value in
            if value == nil { value = made }
            return value!
        }
    }
}
