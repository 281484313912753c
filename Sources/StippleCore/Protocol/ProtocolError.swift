import Foundation

/// Why a protocol file was rejected: each problem names the path of the field at fault,
/// e.g. `stages[1].startDay`.
public struct ProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { path.isEmpty ? message : "\(path): \(message)" }
    }

    public var problems: [Problem]

    public var description: String {
        "invalid protocol:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
