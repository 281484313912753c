import Foundation
import StippleCore
import StippleStore

/// A batch to enter in a clinic's register, as the API and the register's form send it.
struct PigmentBatchInput: Decodable {
    var product: String
    var lot: String
    var supplier: String
    /// The last day it may be used, `YYYY-MM-DD`.
    var expiresOn: String

    func validated(clinicID: UUID, createdBy: UUID) throws -> NewPigmentBatch {
        let product = try PlainText.line(product, field: "product", maximum: 100)
        let lot = try PlainText.line(lot, field: "lot", maximum: 100)
        let supplier = try PlainText.line(supplier, field: "supplier", maximum: 200)
        guard let expires = LocalDate(iso: expiresOn) else { throw APIError.invalid("expiresOn", "must be a date as YYYY-MM-DD") }
        guard expires.iso >= "2000-01-01", expires.iso <= "2099-12-31" else {
            throw APIError.invalid("expiresOn", "must be a date from 2000-01-01 to 2099-12-31")
        }
        return NewPigmentBatch(clinicID: clinicID, product: product, lot: lot, supplier: supplier, expiresOn: expires,
                               createdBy: createdBy)
    }
}
