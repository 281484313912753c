import Foundation

extension StaffMember: StoredRecord {
    static let table = "staff"

    /// The columns a staff member is read from, in `staff`.
    static let columns = ["id", "clinic_id", "name", "role", "licence_number"]

    init(_ r: StoredRow) throws {
        self.init(id: try r.value("id"), clinicID: try r.value("clinic_id"), name: try r.value("name"),
                  role: try r.code("role"), licenceNumber: try r.value("licence_number"))
    }
}
