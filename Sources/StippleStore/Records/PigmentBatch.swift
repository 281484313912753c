import Foundation
import StippleCore

/// A pigment product's batch or lot in a clinic's register.
public struct PigmentBatch: Sendable, Equatable, Codable {
    public var id: UUID
    public var clinicID: UUID
    public var product: String
    /// The batch or lot number printed on the bottle.
    public var lot: String
    public var supplier: String
    /// The last day it may be used.
    public var expiresOn: LocalDate
    public var createdAt: Date
    public var recalledAt: Date?
    public var recallReason: String?

    public var isRecalled: Bool { recalledAt != nil }

    /// Why it may not be charted on `sessionDate`, if it may not.
    public func refusal(on sessionDate: LocalDate) -> PigmentBatchCheck.Refusal? {
        PigmentBatchCheck.refusal(expiresOn: expiresOn, recalled: isRecalled, sessionDate: sessionDate)
    }
}

extension PigmentBatch: StoredRecord {
    static let table = "pigment_batches"

    /// The columns a batch is read from, in `pigment_batches`.
    static let columns = ["id", "clinic_id", "product", "lot", "supplier", "expires_on", "created_at", "recalled_at", "recall_reason"]

    init(_ r: StoredRow) throws {
        self.init(id: try r.value("id"), clinicID: try r.value("clinic_id"), product: try r.value("product"),
                  lot: try r.value("lot"), supplier: try r.value("supplier"), expiresOn: try r.day("expires_on"),
                  createdAt: try r.value("created_at"), recalledAt: try r.value("recalled_at"),
                  recallReason: try r.value("recall_reason"))
    }
}
