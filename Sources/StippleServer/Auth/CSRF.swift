import Foundation
import StippleStore
import Vapor

/// The staff forms' defence against cross-site requests: every POST carries the session's token.
enum CSRF {
    /// Equal strings, compared in time that does not depend on where they differ.
    static func matches(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}

extension Request {
    /// The CSRF token for the forms of this page.
    var csrfToken: String { storage[SignedInSessionKey.self]?.csrfToken ?? "" }
}
