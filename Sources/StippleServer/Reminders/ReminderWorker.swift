import Foundation
import StippleStore
import Synchronization
import Vapor

/// Runs the reminder dispatcher inside the server: every `interval`, it sends what is due.
/// Several server instances may each run one; leases keep them from sending the same reminder.
final class ReminderWorker: LifecycleHandler, Sendable {
    let dispatcher: ReminderDispatcher
    let interval: Duration
    /// Work due on the same beat before sending: the waiting list's lapsed offers.
    let beforeDispatch: @Sendable () async throws -> Void
    private let task = Mutex<Task<Void, Never>?>(nil)

    init(dispatcher: ReminderDispatcher, interval: Duration, beforeDispatch: @escaping @Sendable () async throws -> Void = {}) {
        self.dispatcher = dispatcher
        self.interval = interval
        self.beforeDispatch = beforeDispatch
    }

    func didBootAsync(_ application: Application) async throws {
        let logger = application.logger
        let dispatcher = dispatcher
        let interval = interval
        let beforeDispatch = beforeDispatch
        task.withLock {
            $0 = Task {
                while !Task.isCancelled {
                    do {
                        try await beforeDispatch()
                        let report = try await dispatcher.dispatchDue()
                        if report.total > 0 {
                            logger.info("reminders", metadata: ["sent": "\(report.sent)", "skipped": "\(report.skipped)",
                                                                "retried": "\(report.retried)", "failed": "\(report.failed)"])
                        }
                    } catch {
                        // The type only: an error may quote a row.
                        logger.error("reminder dispatch failed", metadata: ["error": "\(type(of: error))"])
                    }
                    try? await Task.sleep(for: interval)
                }
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        let running = task.withLock { t in defer { t = nil }; return t }
        running?.cancel()
        await running?.value
    }
}

struct ReminderTransportKey: StorageKey {
    typealias Value = any ReminderTransport
}

extension Application {
    /// The transport of this server, shared by the worker and by tests.
    var reminderTransport: any ReminderTransport {
        configured(ReminderTransportKey.self)
    }

    /// A dispatcher for this server's store and transport.
    func reminderDispatcher(worker: String) -> ReminderDispatcher {
        // On SQLite, writes through the one writer connection, as requests do.
        let writer = storage[WriterLoopKey.self].flatMap { storeDB(on: $0) }
        return ReminderDispatcher(store: Store(storeDB, writer: writer),
                           transport: reminderTransport, protocol: settings.aftercareProtocol, sealer: settings.linkSealer,
                           publicURL: settings.publicURL ?? "http://127.0.0.1:8080", worker: worker, now: settings.now)
    }
}
