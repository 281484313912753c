/// The fields of a partner application form that need mending, in the form's order.
public struct PartnerFormProblems: Error, Sendable, Equatable {
    public var fields: [String]
    public init(fields: [String]) { self.fields = fields }
}
