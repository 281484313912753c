import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files and folders of the data folder that hold health data or secrets (the SQLite database,
/// check-in photos, the secret key, the reminder outbox): created readable by the owner only,
/// with the mode given at creation, never loosened by the process's umask and tightened
/// afterwards (which would leave a moment in which others could open them).
public enum PrivateFiles {
    public static let fileMode: mode_t = 0o600
    public static let directoryMode: mode_t = 0o700

    /// Creates `path` and any missing parents as owner-only folders; an existing folder is left as it is.
    public static func makeDirectory(_ path: String) throws {
        guard !path.isEmpty else { return }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: Int(directoryMode)])
    }

    /// Creates an empty owner-only file at `path` unless one exists; an existing one loses any
    /// permission for the group and others.
    public static func ensureFile(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        if fd >= 0 { close(fd); return }
        guard errno == EEXIST else { throw error("create", path) }
        try restrict(path)
    }

    /// Takes away the group's and others' permissions from an existing file; nothing when absent.
    public static func restrict(_ path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if info.st_mode & 0o077 != 0, chmod(path, info.st_mode & 0o700) != 0 { throw error("restrict", path) }
    }

    /// Writes `bytes` to `path` atomically (a private temporary file, then a rename), owner-only from the start.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".\(UUID().uuidString).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw error("create", temporary) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { close(fd); unlink(temporary); throw error("write", temporary) }
            written += n
        }
        close(fd)
        guard rename(temporary, path) == 0 else { unlink(temporary); throw error("rename", path) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static func error(_ what: String, _ path: String) -> Failure {
        Failure(description: "cannot \(what) \(path): \(String(cString: strerror(errno)))")
    }
}
