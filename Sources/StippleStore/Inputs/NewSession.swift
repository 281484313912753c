import Foundation
import StippleCore

/// A session as charted, to record and start a healing journey from.
public struct NewSession: Sendable {
    public var clientID: UUID, clinicID: UUID, technicianID: UUID, startedAt: Date, endedAt: Date
    public var zones: [TreatmentZone], needleType: String, needleSize: String, depth: ClientFactors.NeedleDepth
    public var dotDensity: Int?, pigmentProduct: String, pigmentBatch: String, pigmentBatchID: UUID?, anaesthetic: String?
    public var painRelief: [String], breaks: Int, painReported: Int?, bleeding: Bleeding, reactions: String?, notes: String?
    /// Before and after photos, kept only under the client's consent to photos in the record.
    public var photos: [NewSessionPhoto]

    public init(clientID: UUID, clinicID: UUID, technicianID: UUID, startedAt: Date, endedAt: Date,
                zones: [TreatmentZone], needleType: String, needleSize: String, depth: ClientFactors.NeedleDepth,
                dotDensity: Int? = nil, pigmentProduct: String, pigmentBatch: String, pigmentBatchID: UUID? = nil,
                anaesthetic: String? = nil,
                painRelief: [String] = [], breaks: Int = 0, painReported: Int? = nil, bleeding: Bleeding = .minor,
                reactions: String? = nil, notes: String? = nil, photos: [NewSessionPhoto] = []) {
        self.clientID = clientID; self.clinicID = clinicID; self.technicianID = technicianID
        self.startedAt = startedAt; self.endedAt = endedAt; self.zones = zones; self.needleType = needleType
        self.needleSize = needleSize; self.depth = depth; self.dotDensity = dotDensity
        self.pigmentProduct = pigmentProduct; self.pigmentBatch = pigmentBatch
        self.pigmentBatchID = pigmentBatchID; self.anaesthetic = anaesthetic
        self.painRelief = painRelief; self.breaks = breaks; self.painReported = painReported
        self.bleeding = bleeding; self.reactions = reactions; self.notes = notes; self.photos = photos
    }
}
