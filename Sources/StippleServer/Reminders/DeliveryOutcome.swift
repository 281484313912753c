import Foundation

public enum DeliveryOutcome: Sendable, Equatable {
    case delivered
    /// Worth another attempt later (a timeout, a 5xx, a 429).
    case temporaryFailure(String)
    /// No attempt will succeed (the provider refused the message).
    case permanentFailure(String)
}
