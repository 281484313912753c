import Foundation
import StippleCore

/// A client in a list or a search: who they are and how to reach them, nothing about health.
public struct ClientSummary: Sendable, Equatable, Codable {
    public var id: UUID
    public var clinicID: UUID
    public var fullName: String
    public var dateOfBirth: LocalDate
    public var email: String? = nil
    public var phone: String? = nil
}

extension ClientSummary: StoredRecord {
    static let table = "clients"

    /// The columns a client in a list is read from, in `clients`.
    static let columns = ["id", "clinic_id", "full_name", "date_of_birth", "email", "phone"]

    init(_ r: StoredRow) throws {
        self.init(id: try r.value("id"), clinicID: try r.value("clinic_id"), fullName: try r.value("full_name"),
                  dateOfBirth: try r.day("date_of_birth"), email: try r.value("email"), phone: try r.value("phone"))
    }
}
