import Foundation
@testable import StippleServer
import StippleStore
import Testing

@Suite struct AuditBatcherTests {
    func event(_ i: Int) -> AuditEvent {
        AuditEvent(at: testNow, actorKind: .staff, staffID: nil, actorName: "T \(i)", action: .read, subject: .journey)
    }

    @Test func linesArrivingTogetherShareAWriteAndEachCallerWaitsForItsOwn() async throws {
        let writes = Locked<[[String]]>([])
        let batcher = AuditBatcher(write: { events in
            try await Task.sleep(for: .milliseconds(5))  // a write takes a while: others queue behind it
            writes.withLock { $0.append(events.map(\.actorName)) }
        })
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<300 { group.addTask { try await batcher.record(event(i)) } }
            try await group.waitForAll()
        }
        let all = writes.withLock { $0 }
        #expect(all.flatMap { $0 }.count == 300)
        #expect(Set(all.flatMap { $0 }).count == 300)
        #expect(all.count < 300 / 2)
        #expect(all.allSatisfy { $0.count <= AuditBatcher.maxBatch })
    }

    @Test func aFailedWriteFailsEveryRequestInItsGroup() async throws {
        struct Down: Error {}
        let batcher = AuditBatcher(write: { _ in throw Down() })
        await #expect(throws: Down.self) { try await batcher.record(event(1)) }
        // And the next group is tried afresh.
        await #expect(throws: Down.self) { try await batcher.record(event(2)) }
    }
}
