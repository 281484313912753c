import Foundation
import StippleStore
import Vapor

/// The signed-in staff member's session on this request.
struct SignedInSession: Sendable {
    var tokenHash: String
    var csrfToken: String
}

struct SignedInSessionKey: StorageKey {
    typealias Value = SignedInSession
}
