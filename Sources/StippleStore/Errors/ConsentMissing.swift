import Foundation
import StippleCore

/// A write that needs a consent the client has not given (or has withdrawn meanwhile).
public struct ConsentMissing: Error, Equatable, CustomStringConvertible {
    public var kind: ConsentKind
    public init(_ kind: ConsentKind) { self.kind = kind }
    public var description: String { "the client's consent \(kind.rawValue) is not given" }
}
