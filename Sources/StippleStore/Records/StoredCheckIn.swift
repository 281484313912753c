import Foundation
import StippleCore

/// A client's check-in as stored: the answers and what triage made of them.
public struct StoredCheckIn: Sendable, Equatable, Codable {
    public var id: UUID
    public var journeyID: UUID
    public var day: Int
    public var recordedAt: Date
    public var answers: CheckIn
    public var tier: TriageTier
    public var score: Int
    /// When a person at the clinic acknowledged the alert this check-in opened.
    public var seenAt: Date? = nil
}

extension StoredCheckIn: StoredRecord {
    static let table = "check_ins"

    /// The columns a check-in is read from, in `check_ins`; reads that join its alert add when
    /// it was acknowledged as `seen_at`.
    static let columns = ["id", "journey_id", "day", "recorded_at", "answers", "tier", "score"]

    init(_ r: StoredRow) throws {
        let seen = r.row.contains(column: r.prefix + "seen_at")
        self.init(id: try r.value("id"), journeyID: try r.value("journey_id"), day: try r.value("day"),
                  recordedAt: try r.value("recorded_at"), answers: try r.json("answers"), tier: try r.code("tier"),
                  score: try r.value("score"), seenAt: seen ? try r.value("seen_at") : nil)
    }
}
