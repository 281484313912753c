/// Every problem with a booking form at once, so the person mends them in one go.
public struct BookingProblems: Error, Sendable, Equatable {
    public var all: [BookingProblem]
    public init(_ all: [BookingProblem]) { self.all = all }
}
