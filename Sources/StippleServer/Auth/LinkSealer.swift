import Crypto
import Foundation
import StippleStore

/// Seals journey-link tokens with the server's secret key (AES-GCM), so reminders can carry
/// the client's current link while the database holds only its hash and this sealed copy.
public struct LinkSealer: Sendable {
    let key: SymmetricKey

    public init(key: SymmetricKey) { self.key = key }

    /// A new random key, e.g. for tests or a first start.
    public static func randomKey() -> SymmetricKey { SymmetricKey(size: .bits256) }

    /// The key from `STIPPLE_SECRET_KEY` (base64 of 32 bytes), or from `secret.key` in the data
    /// folder, created (readable by the owner only) on first start.
    public static func key(environment env: [String: String], dataDirectory: String) throws -> SymmetricKey {
        if let text = env["STIPPLE_SECRET_KEY"], !text.isEmpty {
            guard let data = Data(base64Encoded: text), data.count == 32 else {
                throw SettingsError(message: "STIPPLE_SECRET_KEY must be 32 bytes in base64 (e.g. `openssl rand -base64 32`)")
            }
            return SymmetricKey(data: data)
        }
        let path = (dataDirectory as NSString).appendingPathComponent("secret.key")
        let fm = FileManager.default
        if let data = fm.contents(atPath: path), let decoded = Data(base64Encoded: data), decoded.count == 32 {
            return SymmetricKey(data: decoded)
        }
        try PrivateFiles.makeDirectory(dataDirectory)
        let key = randomKey()
        let text = key.withUnsafeBytes { Data($0).base64EncodedData() }
        guard fm.createFile(atPath: path, contents: text, attributes: [.posixPermissions: 0o600]) else {
            throw SettingsError(message: "cannot write \(path)")
        }
        return key
    }

    public func seal(_ token: String) -> String? {
        (try? AES.GCM.seal(Data(token.utf8), using: key).combined)?.base64EncodedString()
    }

    public func open(_ sealed: String) -> String? {
        guard let data = Data(base64Encoded: sealed), let box = try? AES.GCM.SealedBox(combined: data),
              let plain = try? AES.GCM.open(box, using: key)
        else { return nil }
        return String(data: plain, encoding: .utf8)
    }
}
