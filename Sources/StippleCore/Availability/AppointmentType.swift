import Foundation

/// What a client books: how long it takes, the technician's time kept free before and after it,
/// how much notice it needs and how far ahead it may be booked. A clinic setting; the defaults
/// are the chain's.
public struct AppointmentType: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case consultation = "free-consultation"
        case session = "smp-session"
        case healingCheck = "healing-check"
        case touchUp = "touch-up"
    }

    public var kind: Kind
    public var minutes: Int
    public var bufferBeforeMinutes: Int
    public var bufferAfterMinutes: Int
    /// The earliest a start may be after the moment of booking.
    public var minimumNoticeMinutes: Int
    /// How many days ahead it may be booked.
    public var horizonDays: Int

    public init(kind: Kind, minutes: Int, bufferBeforeMinutes: Int, bufferAfterMinutes: Int, minimumNoticeMinutes: Int,
                horizonDays: Int) {
        self.kind = kind; self.minutes = minutes; self.bufferBeforeMinutes = bufferBeforeMinutes
        self.bufferAfterMinutes = bufferAfterMinutes; self.minimumNoticeMinutes = minimumNoticeMinutes; self.horizonDays = horizonDays
    }

    /// A free consultation: 30 minutes (in person or by video), ten to tidy after, two hours'
    /// notice, eight weeks ahead.
    public static let consultation = AppointmentType(kind: .consultation, minutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 10,
                                                     minimumNoticeMinutes: 120, horizonDays: 56)
    /// An SMP session: four hours (they take three to five), a quarter of an hour to set up and
    /// to clean down, a day's notice, three months ahead.
    public static let session = AppointmentType(kind: .session, minutes: 240, bufferBeforeMinutes: 15, bufferAfterMinutes: 15,
                                                minimumNoticeMinutes: 24 * 60, horizonDays: 90)
    /// A healing check: a quarter of an hour.
    public static let healingCheck = AppointmentType(kind: .healingCheck, minutes: 15, bufferBeforeMinutes: 0, bufferAfterMinutes: 5,
                                                     minimumNoticeMinutes: 120, horizonDays: 56)
    /// A touch-up: two hours.
    public static let touchUp = AppointmentType(kind: .touchUp, minutes: 120, bufferBeforeMinutes: 15, bufferAfterMinutes: 15,
                                                minimumNoticeMinutes: 24 * 60, horizonDays: 90)

    public static let standard: [AppointmentType] = [.consultation, .session, .healingCheck, .touchUp]
}

extension AppointmentType {
    /// Whether a booking starting at `start` may still be moved or cancelled online: up to the
    /// notice a new booking needs; after that, by calling the clinic.
    public func changeable(startingAt start: Date, now: Date) -> Bool {
        start.timeIntervalSince(now) >= TimeInterval(minimumNoticeMinutes * 60)
    }
}
