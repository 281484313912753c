import Foundation
import Synchronization

/// What a command reads from and writes to the outside world. Commands never touch the clock,
/// standard input or output directly, so tests can run them in-process with fixed values.
public struct CLIEnvironment: Sendable {
    public var now: @Sendable () -> Date
    public var readInput: @Sendable () -> Data
    public var write: @Sendable (String) -> Void
    public var writeError: @Sendable (String) -> Void
    public var readFile: @Sendable (String) throws -> Data

    public init(
        now: @escaping @Sendable () -> Date,
        readInput: @escaping @Sendable () -> Data,
        write: @escaping @Sendable (String) -> Void,
        writeError: @escaping @Sendable (String) -> Void,
        readFile: @escaping @Sendable (String) throws -> Data
    ) {
        self.now = now
        self.readInput = readInput
        self.write = write
        self.writeError = writeError
        self.readFile = readFile
    }

    public static let live = CLIEnvironment(
        now: { Date() },
        readInput: { FileHandle.standardInput.readDataToEndOfFile() },
        write: { FileHandle.standardOutput.write(Data($0.utf8)) },
        writeError: { FileHandle.standardError.write(Data($0.utf8)) },
        readFile: { try Data(contentsOf: URL(fileURLWithPath: $0)) })

    @TaskLocal public static var current: CLIEnvironment = .live
}

func say(_ text: String) { CLIEnvironment.current.write(text + "\n") }
func complain(_ text: String) { CLIEnvironment.current.writeError(text + "\n") }
