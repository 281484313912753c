import Foundation
import NIOPosix
import Vapor

/// Staff passwords: bcrypt, hashed and checked on the thread pool (a hash at cost 12 takes about
/// a quarter of a second, far too long for an event loop).
public enum StaffPasswords {
    public static let minLength = 12
    static let maxLength = 128

    /// Why a new password cannot be used, or nil. Length is what protects against guessing; no
    /// rules about digits or symbols (NIST SP 800-63B).
    public static func problem(_ password: String) -> String? {
        if password.count < minLength { return "a password needs at least \(minLength) characters" }
        // bcrypt reads 72 bytes; a longer limit would silently ignore the rest.
        if password.utf8.count > 72 { return "a password can have at most 72 bytes" }
        return nil
    }

    /// On the calling thread: for the command line, which has no event loop to keep free.
    public static func hashHere(_ password: String, cost: Int) throws -> String {
        try Bcrypt.hash(password, cost: cost)
    }

    static func hash(_ password: String, cost: Int, on pool: NIOThreadPool) async throws -> String {
        try await pool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String, on pool: NIOThreadPool) async throws -> Bool {
        // Over-long input would be cut by bcrypt anyway; refusing it keeps the work bounded.
        guard password.utf8.count <= 1024 else { return false }
        return try await pool.runIfActive { (try? Bcrypt.verify(password, created: hash)) ?? false }
    }
}
