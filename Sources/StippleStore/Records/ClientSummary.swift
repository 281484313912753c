import Foundation
import StippleCore

/// A client in a list: no health data.
public struct ClientSummary: Sendable, Equatable, Codable {
    public var id: UUID
    public var clinicID: UUID
    public var fullName: String
    public var dateOfBirth: LocalDate
    public var hairLossCondition: HairLossCondition
}

extension ClientSummary: StoredRecord {
    static let table = "clients"

    /// The columns a client in a list is read from, in `clients`: no health data.
    static let columns = ["id", "clinic_id", "full_name", "date_of_birth", "hair_loss_condition"]

    init(_ r: StoredRow) throws {
        self.init(id: try r.value("id"), clinicID: try r.value("clinic_id"), fullName: try r.value("full_name"),
                  dateOfBirth: try r.day("date_of_birth"), hairLossCondition: try r.code("hair_loss_condition"))
    }
}
