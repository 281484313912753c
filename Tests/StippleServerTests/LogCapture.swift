import NIOConcurrencyHelpers
import Vapor

/// Every log line the test process writes while a capture is open, rendered with its metadata,
/// at `debug` and above. The logging system is set up once per process, on first use; outside
/// a capture lines are dropped, so the other tests stay quiet.
final class LogCapture: Sendable {
    static let shared: LogCapture = {
        let capture = LogCapture()
        LoggingSystem.bootstrap { label in Handler(label: label, capture: capture) }
        return capture
    }()

    private let state = NIOLockedValueBox<(open: Int, lines: [String])>((0, []))

    /// Runs `body` and returns what was logged meanwhile (by anything in the process).
    func lines(during body: () async throws -> Void) async rethrows -> [String] {
        state.withLockedValue { $0.open += 1; if $0.open == 1 { $0.lines = [] } }
        defer { state.withLockedValue { $0.open -= 1 } }
        try await body()
        return state.withLockedValue { $0.lines }
    }

    fileprivate func append(_ line: String) {
        state.withLockedValue { if $0.open > 0 { $0.lines.append(line) } }
    }

    struct Handler: LogHandler {
        let label: String
        let capture: LogCapture
        var logLevel: Logger.Level = .debug
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            let rendered = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            capture.append("\(event.level) \(label) \(event.message) \(rendered) \(event.source) \(event.file)")
        }
    }
}
