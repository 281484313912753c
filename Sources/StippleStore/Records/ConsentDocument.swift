import Crypto
import Foundation
import StippleCore

/// One version of a clinic's consent document in one language: exactly what a client is shown
/// and signs. Never changed; a new text is a new version.
public struct ConsentDocument: Sendable, Equatable, Codable {
    public var id: UUID
    public var clinicID: UUID
    public var kind: ConsentKind
    public var language: Language
    public var version: Int
    public var title: String
    public var body: String
    /// The SHA-256 of `body`, hex: kept with every signature, so what was signed can be proven.
    public var sha256: String
    public var createdAt: Date

    public static func sha256(of text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

extension ConsentDocument: StoredRecord {
    static let table = "consent_documents"

    static let columns = ["id", "clinic_id", "kind", "language", "version", "title", "body", "sha256", "created_at"]

    init(_ r: StoredRow) throws {
        self.init(id: try r.value("id"), clinicID: try r.value("clinic_id"), kind: try r.code("kind"),
                  language: try r.code("language"), version: try r.value("version"), title: try r.value("title"),
                  body: try r.value("body"), sha256: try r.value("sha256"), createdAt: try r.value("created_at"))
    }
}
