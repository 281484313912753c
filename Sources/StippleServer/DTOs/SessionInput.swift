import Foundation
import StippleCore
import StippleStore

struct SessionInput: Decodable {
    var clientID: UUID
    var technicianID: UUID
    var startedAt: String
    var endedAt: String
    var zones: [String]
    var needleType: String
    var needleSize: String
    var depth: String
    var dotDensity: Int?
    /// The product and lot as typed; taken from the register when `pigmentBatchID` names a batch.
    var pigmentProduct: String?
    var pigmentBatch: String?
    /// A batch of the clinic's register, which must not be expired on the session's day or recalled.
    var pigmentBatchID: UUID?
    var anaesthetic: String?
    var painRelief: [String]?
    var breaks: Int?
    var painReported: Int?
    var bleeding: String?
    var reactions: String?
    var notes: String?

    /// `batch` is the register's batch `pigmentBatchID` names, already found in the client's clinic.
    func validated(clinicID: UUID, batch: PigmentBatch?, now: Date) throws -> NewSession {
        let startedAt = try Instant.parse(self.startedAt, field: "startedAt")
        let endedAt = try Instant.parse(self.endedAt, field: "endedAt")
        guard endedAt > startedAt else { throw APIError.invalid("endedAt", "must be after startedAt") }
        guard endedAt.timeIntervalSince(startedAt) <= 12 * 3600 else { throw APIError.invalid("endedAt", "a session lasts at most 12 hours") }
        guard startedAt <= now.addingTimeInterval(300) else { throw APIError.invalid("startedAt", "a session is recorded once it has happened") }
        guard startedAt >= Instant.earliest else { throw APIError.invalid("startedAt", "must be on or after 2000-01-01") }
        guard !zones.isEmpty else { throw APIError.invalid("zones", "must name at least one zone") }
        let zones = try zones.enumerated().map { try TreatmentZone.parse($1, field: "zones[\($0)]") }
        let needleType = try PlainText.line(needleType, field: "needleType", maximum: 100)
        let needleSize = try PlainText.line(needleSize, field: "needleSize", maximum: 100)
        let pigmentProduct: String, pigmentBatch: String
        if let batch {
            pigmentProduct = batch.product
            pigmentBatch = batch.lot
        } else {
            guard let product = self.pigmentProduct else {
                throw APIError.invalid("pigmentProduct", "is required unless pigmentBatchID names a batch of the register")
            }
            guard let lot = self.pigmentBatch else {
                throw APIError.invalid("pigmentBatch", "is required unless pigmentBatchID names a batch of the register")
            }
            pigmentProduct = try PlainText.line(product, field: "pigmentProduct", maximum: 100)
            pigmentBatch = try PlainText.line(lot, field: "pigmentBatch", maximum: 100)
        }
        let anaesthetic = try anaesthetic.map { try PlainText.line($0, field: "anaesthetic", maximum: 200) }
        let painRelief = try (painRelief ?? []).enumerated().map { try PlainText.line($1, field: "painRelief[\($0)]", maximum: 100) }
        if let d = dotDensity, !(1...1000).contains(d) { throw APIError.invalid("dotDensity", "must be from 1 to 1000 dots per cm²") }
        if let b = breaks, !(0...50).contains(b) { throw APIError.invalid("breaks", "must be from 0 to 50") }
        if let p = painReported, !(0...10).contains(p) { throw APIError.invalid("painReported", "must be from 0 to 10") }
        let notes = try PlainText.note(notes, field: "notes", maximum: 5000)
        let reactions = try PlainText.note(reactions, field: "reactions", maximum: 1000)
        return NewSession(
            clientID: clientID, clinicID: clinicID, technicianID: technicianID, startedAt: startedAt, endedAt: endedAt,
            zones: Array(Set(zones)).sorted(), needleType: needleType, needleSize: needleSize,
            depth: try ClientFactors.NeedleDepth.parse(depth, field: "depth"), dotDensity: dotDensity,
            pigmentProduct: pigmentProduct, pigmentBatch: pigmentBatch, pigmentBatchID: batch?.id, anaesthetic: anaesthetic,
            painRelief: painRelief, breaks: breaks ?? 0, painReported: painReported,
            bleeding: try bleeding.map { try Bleeding.parse($0, field: "bleeding") } ?? .minor, reactions: reactions, notes: notes)
    }
}
