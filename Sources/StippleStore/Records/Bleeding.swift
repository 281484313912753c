import Foundation

/// How much the scalp bled during the session, as charted.
public enum Bleeding: String, Sendable, Codable, CaseIterable {
    case none, minor, moderate, heavy
}
