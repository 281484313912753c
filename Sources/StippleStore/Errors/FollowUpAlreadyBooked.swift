import Foundation

/// The journey already has a booked follow-up.
public struct FollowUpAlreadyBooked: Error {}
