import Crypto
import Foundation
import NIOPosix
import StippleStore

/// Check-in photos on disk, named by the SHA-256 of their (cleaned) bytes: the same photo sent
/// twice is one file, and a name reveals nothing. Disk work runs on the thread pool, off the
/// event loops.
struct PhotoFiles: Sendable {
    var directory: String
    var threadPool: NIOThreadPool

    func path(sha256: String, kind: PhotoSanitizer.Kind) -> String {
        (directory as NSString).appendingPathComponent("\(sha256.prefix(2))/\(sha256).\(kind.fileExtension)")
    }

    /// Writes the photo (atomically, once, readable by the owner only) and returns its hash.
    func write(_ photo: PhotoSanitizer.Photo) async throws -> String {
        let hash = SHA256.hash(data: photo.bytes).map { String(format: "%02x", $0) }.joined()
        let target = path(sha256: hash, kind: photo.kind)
        try await threadPool.runIfActive {
            let fm = FileManager.default
            if fm.fileExists(atPath: target) { return }
            try PrivateFiles.makeDirectory((target as NSString).deletingLastPathComponent)
            try PrivateFiles.write(photo.bytes, to: target)
        }
        return hash
    }

    /// Removes a photo's file; a file already gone is no error.
    func delete(sha256: String, contentType: String) async throws {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else { return }
        let target = path(sha256: sha256, kind: contentType == "image/png" ? .png : .jpeg)
        try await threadPool.runIfActive {
            if FileManager.default.fileExists(atPath: target) { try FileManager.default.removeItem(atPath: target) }
        }
    }

    func read(sha256: String, contentType: String) async throws -> Data? {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else { return nil }
        let target = path(sha256: sha256, kind: contentType == "image/png" ? .png : .jpeg)
        return try await threadPool.runIfActive { FileManager.default.contents(atPath: target) }
    }
}
