import Foundation

/// What a person may do across the product (reception never sees health data).
public enum StaffRole: String, Sendable, Codable, CaseIterable {
    /// The whole chain.
    case admin
    /// A clinic's lead technician.
    case leadTechnician = "lead-technician"
    case technician
    /// Bookings and contact details; no health data.
    case reception

    public var isTechnician: Bool { self == .leadTechnician || self == .technician }
}
