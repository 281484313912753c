import Foundation
import Synchronization

/// Captures a command's output in tests.
public final class CapturedOutput: Sendable {
    private let out = Mutex("")
    private let err = Mutex("")

    public init() {}

    public var standardOutput: String { out.withLock { $0 } }
    public var standardError: String { err.withLock { $0 } }

    public func environment(now: Date, input: String = "", files: [String: String] = [:]) -> CLIEnvironment {
        CLIEnvironment(
            now: { now },
            readInput: { Data(input.utf8) },
            write: { text in self.out.withLock { $0 += text } },
            writeError: { text in self.err.withLock { $0 += text } },
            readFile: { path in
                guard let text = files[path] else {
                    throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
                }
                return Data(text.utf8)
            })
    }
}
