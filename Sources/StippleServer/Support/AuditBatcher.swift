import Foundation
import StippleStore

/// Writes audit lines in groups: every request that touched health data waits until its line is
/// committed, but the lines of requests arriving together share one INSERT. Written one by one,
/// each through the single writer connection (SQLite) or its own commit, they capped the whole
/// API at about a thousand requests a second.
actor AuditBatcher {
    private var pending: [(AuditEvent, CheckedContinuation<Void, any Error>)] = []
    private var flushing = false
    private let write: @Sendable ([AuditEvent]) async throws -> Void
    /// Rows per statement, under SQLite's limit of bound values.
    static let maxBatch = 1000

    init(write: @escaping @Sendable ([AuditEvent]) async throws -> Void) {
        self.write = write
    }

    /// Returns once the line is in the database.
    func record(_ event: AuditEvent) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            pending.append((event, continuation))
            if !flushing {
                flushing = true
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        // Lines that arrive while a group is being written form the next group.
        while !pending.isEmpty {
            let group = Array(pending.prefix(Self.maxBatch))
            pending.removeFirst(group.count)
            do {
                try await write(group.map(\.0))
                for (_, continuation) in group { continuation.resume() }
            } catch {
                for (_, continuation) in group { continuation.resume(throwing: error) }
            }
        }
        flushing = false
    }
}
