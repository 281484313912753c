import Foundation
import StippleCore

/// A person of the chain's staff, as every check of role and clinic sees them.
public struct StaffMember: Sendable, Equatable, Codable {
    public var id: UUID
    /// Nil for chain-wide admins.
    public var clinicID: UUID?
    public var name: String
    public var role: StaffRole
    /// Licence or registration number (technicians).
    public var licenceNumber: String?

    public init(id: UUID, clinicID: UUID?, name: String, role: StaffRole, licenceNumber: String?) {
        self.id = id; self.clinicID = clinicID; self.name = name; self.role = role; self.licenceNumber = licenceNumber
    }
}

extension StaffMember: StoredRecord {
    static let table = "staff"

    /// The columns a staff member is read from, in `staff`.
    static let columns = ["id", "clinic_id", "name", "role", "licence_number"]

    init(_ r: StoredRow) throws {
        self.init(id: try r.value("id"), clinicID: try r.value("clinic_id"), name: try r.value("name"),
                  role: try r.code("role"), licenceNumber: try r.value("licence_number"))
    }
}
