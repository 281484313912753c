import Foundation

extension TreatmentSession: StoredRecord {
    static let table = "treatment_sessions"

    /// The columns a session is read from, in `treatment_sessions`.
    static let columns = [
        "id", "client_id", "clinic_id", "technician_id", "session_number", "started_at", "ended_at", "zones",
        "needle_type", "needle_size", "depth", "dot_density", "pigment_product", "pigment_batch", "anaesthetic",
        "pain_relief", "breaks", "pain_reported", "bleeding", "notes",
    ]

    init(_ r: StoredRow) throws {
        self.init(
            id: try r.value("id"), clientID: try r.value("client_id"), clinicID: try r.value("clinic_id"),
            technicianID: try r.value("technician_id"), sessionNumber: try r.value("session_number"),
            startedAt: try r.value("started_at"), endedAt: try r.value("ended_at"), zones: try r.codes("zones"),
            needleType: try r.value("needle_type"), needleSize: try r.value("needle_size"), depth: try r.code("depth"),
            dotDensity: try r.value("dot_density"), pigmentProduct: try r.value("pigment_product"),
            pigmentBatch: try r.value("pigment_batch"), anaesthetic: try r.value("anaesthetic"),
            painRelief: try r.texts("pain_relief"), breaks: try r.value("breaks"), painReported: try r.value("pain_reported"),
            bleeding: try r.code("bleeding"), notes: try r.value("notes"))
    }
}
