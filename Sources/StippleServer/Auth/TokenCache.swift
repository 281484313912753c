import Foundation
import StippleStore
import Synchronization

/// Recently seen tokens, so a client making many calls does not cost a database read each time.
/// An entry lives `ttl` seconds: a revoked token stops working within that time. Only hashes are
/// kept, as in the database.
final class TokenCache: Sendable {
    private struct Entry {
        var staff: StaffMember
        var expires: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    let ttl: TimeInterval
    let capacity: Int

    init(ttl: TimeInterval = 30, capacity: Int = 10_000) {
        self.ttl = ttl
        self.capacity = capacity
    }

    func staff(forHash hash: String, now: Date) -> StaffMember? {
        entries.withLock { entries in
            guard let entry = entries[hash] else { return nil }
            if entry.expires <= now {
                entries[hash] = nil
                return nil
            }
            return entry.staff
        }
    }

    func remember(_ staff: StaffMember, forHash hash: String, now: Date) {
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[hash] = Entry(staff: staff, expires: now.addingTimeInterval(ttl))
        }
    }
}
