import Foundation
import Synchronization

/// Progress of a long command: a bar with an estimate of the time left on a terminal, and plain
/// lines (every tenth) when the output goes to a file or a pipe.
final class ProgressBar: Sendable {
    let total: Int
    let label: String
    let interactive: Bool
    private let started = Date()
    private let lastTenth = Mutex(-1)

    init(total: Int, label: String, interactive: Bool = isatty(STDOUT_FILENO) == 1) {
        self.total = max(total, 1)
        self.label = label
        self.interactive = interactive
    }

    func update(_ done: Int) {
        let fraction = Double(done) / Double(total)
        let elapsed = Date().timeIntervalSince(started)
        let eta = done > 0 ? elapsed / fraction - elapsed : 0
        if interactive {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            let line = "\r[\(bar)] \(done)/\(total) \(label) \(Int(fraction * 100))% · \(Self.clock(elapsed)) elapsed, \(Self.clock(eta)) left "
            CLIEnvironment.current.write(line)
        } else {
            let tenth = Int(fraction * 10)
            let shouldPrint = lastTenth.withLock { last in
                guard tenth > last else { return false }
                last = tenth
                return true
            }
            if shouldPrint {
                say("\(done)/\(total) \(label) (\(Int(fraction * 100))%), \(Self.clock(elapsed)) elapsed, about \(Self.clock(eta)) left")
            }
        }
    }

    func finish() {
        if interactive { CLIEnvironment.current.write("\n") }
    }

    static func clock(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds.rounded()))
        return s >= 60 ? "\(s / 60) min \(s % 60) s" : "\(s) s"
    }
}
