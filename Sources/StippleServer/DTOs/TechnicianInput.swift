import Foundation
import StippleCore
import StippleStore

struct TechnicianInput: Decodable {
    var clinicID: UUID
    var name: String
    var lead: Bool?
    var licenceNumber: String?

    func validated() throws -> NewStaffMember {
        let name = try PlainText.line(name, field: "name")
        let licenceNumber = try licenceNumber.map { try PlainText.line($0, field: "licenceNumber", maximum: 100) }
        return NewStaffMember(clinicID: clinicID, name: name, role: lead == true ? .leadTechnician : .technician,
                              licenceNumber: licenceNumber)
    }
}
