import Foundation

/// A person to add to the staff.
public struct NewStaffMember: Sendable {
    public var clinicID: UUID?, name: String, role: StaffRole, licenceNumber: String?

    public init(clinicID: UUID?, name: String, role: StaffRole, licenceNumber: String? = nil) {
        self.clinicID = clinicID; self.name = name; self.role = role; self.licenceNumber = licenceNumber
    }
}
