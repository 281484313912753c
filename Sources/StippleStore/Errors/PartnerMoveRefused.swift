/// A partner application cannot move to the stage asked: why.
public struct PartnerMoveRefused: Error, Equatable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}
