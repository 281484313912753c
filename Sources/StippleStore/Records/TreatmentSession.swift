import Foundation
import StippleCore

/// An SMP session as charted at the chair.
public struct TreatmentSession: Sendable, Equatable, Codable {
    public var id: UUID
    public var clientID: UUID
    public var clinicID: UUID
    public var technicianID: UUID
    /// 1 for the first session of the client's treatment.
    public var sessionNumber: Int
    public var startedAt: Date
    public var endedAt: Date
    public var zones: [TreatmentZone]
    public var needleType: String
    public var needleSize: String
    public var depth: ClientFactors.NeedleDepth
    /// Dots per square centimetre, as charted.
    public var dotDensity: Int?
    public var pigmentProduct: String
    public var pigmentBatch: String
    /// The batch in the clinic's register, when charted from it.
    public var pigmentBatchID: UUID?
    public var anaesthetic: String?
    public var painRelief: [String]
    public var breaks: Int
    public var painReported: Int?
    public var bleeding: Bleeding
    public var reactions: String?
    public var notes: String?
}

extension TreatmentSession: StoredRecord {
    static let table = "treatment_sessions"

    /// The columns a session is read from, in `treatment_sessions`.
    static let columns = [
        "id", "client_id", "clinic_id", "technician_id", "session_number", "started_at", "ended_at", "zones",
        "needle_type", "needle_size", "depth", "dot_density", "pigment_product", "pigment_batch", "pigment_batch_id",
        "anaesthetic",
        "pain_relief", "breaks", "pain_reported", "bleeding", "reactions", "notes",
    ]

    init(_ r: StoredRow) throws {
        self.init(
            id: try r.value("id"), clientID: try r.value("client_id"), clinicID: try r.value("clinic_id"),
            technicianID: try r.value("technician_id"), sessionNumber: try r.value("session_number"),
            startedAt: try r.value("started_at"), endedAt: try r.value("ended_at"), zones: try r.codes("zones"),
            needleType: try r.value("needle_type"), needleSize: try r.value("needle_size"), depth: try r.code("depth"),
            dotDensity: try r.value("dot_density"), pigmentProduct: try r.value("pigment_product"),
            pigmentBatch: try r.value("pigment_batch"), pigmentBatchID: try r.value("pigment_batch_id"), anaesthetic: try r.value("anaesthetic"),
            painRelief: try r.texts("pain_relief"), breaks: try r.value("breaks"), painReported: try r.value("pain_reported"),
            bleeding: try r.code("bleeding"), reactions: try r.value("reactions"), notes: try r.value("notes"))
    }
}
