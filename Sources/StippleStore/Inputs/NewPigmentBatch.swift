import Foundation
import StippleCore

/// A batch to enter in a clinic's register.
public struct NewPigmentBatch: Sendable {
    public var clinicID: UUID
    public var product: String
    public var lot: String
    public var supplier: String
    public var expiresOn: LocalDate
    public var createdBy: UUID

    public init(clinicID: UUID, product: String, lot: String, supplier: String, expiresOn: LocalDate, createdBy: UUID) {
        self.clinicID = clinicID; self.product = product; self.lot = lot; self.supplier = supplier
        self.expiresOn = expiresOn; self.createdBy = createdBy
    }
}
