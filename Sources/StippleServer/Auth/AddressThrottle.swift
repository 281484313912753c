import Foundation
import Synchronization

/// Attempts per client address in a sliding window: past the limit, the form answers 429 until
/// the oldest attempt leaves the window. Sign-ins have one (accounts lock on their own as well,
/// `Store.recordFailedLogin`; this stops one address trying many accounts), and the public
/// site's forms another. Kept by each instance: behind a balancer of several, an address gets
/// the limit at each.
final class AddressThrottle: Sendable {
    let limit: Int
    let window: TimeInterval
    private let attempts = Mutex<[String: [Date]]>([:])

    init(limit: Int = 20, window: TimeInterval = 600) {
        self.limit = limit
        self.window = window
    }

    /// Counts an attempt from `address`. Returns nil when it may go ahead, or how many seconds
    /// to wait.
    func attempt(from address: String, at now: Date) -> Int? {
        attempts.withLock { attempts in
            if attempts.count > 10_000 { attempts = attempts.filter { ($0.value.last ?? .distantPast) > now - window } }
            var recent = (attempts[address] ?? []).filter { $0 > now - window }
            if recent.count >= limit {
                attempts[address] = recent
                return max(1, Int((recent[0] + window).timeIntervalSince(now).rounded(.up)))
            }
            recent.append(now)
            attempts[address] = recent
            return nil
        }
    }
}
