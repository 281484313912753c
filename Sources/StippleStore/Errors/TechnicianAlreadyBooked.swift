import Foundation

/// The technician has another session booked that overlaps this one.
public struct TechnicianAlreadyBooked: Error {}
