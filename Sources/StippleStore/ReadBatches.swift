import Synchronization

/// Reads of one kind that arrive together, run as one statement. Each round trip to PostgreSQL
/// costs the server more than the read itself (a `SELECT 1` through the pool already takes a
/// third of what `/healthz` can serve), so when every batch slot is busy a read waits, and the
/// reads that waited meanwhile go out together as soon as a slot frees. An idle server sends
/// each read at once, alone: batching only adds a wait where there was a queue anyway.
///
/// Nothing is kept between batches: every read is answered by a statement that started after it
/// arrived. No thread runs the batches: the read that finds a free slot runs one, and when it
/// finishes it hands the waiting reads to the first of them, which runs the next.
public final class ReadBatches<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// Runs one batch: the values of the keys that exist.
    public typealias Load = @Sendable ([Key]) async throws -> [Key: Value]

    /// Batches running at once; more waiting reads wait for one of them.
    public let maxInFlight: Int
    /// Keys in one statement at most.
    public let maxBatch: Int

    private enum Turn: Sendable {
        case answered(Value?)
        /// Run the next batch: this read's key and these reads'.
        case lead([Waiter])
    }

    private struct Waiter: Sendable {
        let key: Key
        let continuation: CheckedContinuation<Turn, any Error>
    }

    private struct State {
        var waiting: [Waiter] = []
        var inFlight = 0

        mutating func takeSlot(_ maxInFlight: Int) -> Bool {
            guard inFlight < maxInFlight else { return false }
            inFlight += 1
            return true
        }
    }

    private let state = Mutex(State())

    /// Reads waiting for a slot now.
    var waitingCount: Int { state.withLock { $0.waiting.count } }

    public init(maxInFlight: Int, maxBatch: Int = 64) {
        precondition(maxInFlight > 0 && maxBatch > 0)
        self.maxInFlight = maxInFlight
        self.maxBatch = maxBatch
    }

    /// The value of `key`, or nil when there is none. `load` runs the batch if this read leads one.
    public func value(for key: Key, load: Load) async throws -> Value? {
        if state.withLock({ $0.takeSlot(maxInFlight) }) { return try await lead(key, with: [], load) }
        let turn = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Turn, any Error>) in
            // A slot may have freed since the check above.
            let leads = state.withLock { state in
                if state.takeSlot(maxInFlight) { return true }
                state.waiting.append(Waiter(key: key, continuation: continuation))
                return false
            }
            if leads { continuation.resume(returning: .lead([])) }
        }
        switch turn {
        case let .answered(value): return value
        case let .lead(followers): return try await lead(key, with: followers, load)
        }
    }

    private func lead(_ key: Key, with followers: [Waiter], _ load: Load) async throws -> Value? {
        var keys = [key]
        var seen: Set<Key> = [key]
        for follower in followers where seen.insert(follower.key).inserted { keys.append(follower.key) }
        let result: Result<[Key: Value], any Error>
        do { result = .success(try await load(keys)) } catch { result = .failure(error) }

        // The next batch goes out before this one's answers are handed round.
        let next: [Waiter]? = state.withLock { state in
            guard !state.waiting.isEmpty else {
                state.inFlight -= 1
                return nil
            }
            let batch = Array(state.waiting.prefix(maxBatch))
            state.waiting.removeFirst(batch.count)
            return batch
        }
        if let next, let first = next.first { first.continuation.resume(returning: .lead(Array(next.dropFirst()))) }

        for follower in followers {
            switch result {
            case let .success(values): follower.continuation.resume(returning: .answered(values[follower.key]))
            case let .failure(error): follower.continuation.resume(throwing: error)
            }
        }
        return try result.get()[key]
    }
}
