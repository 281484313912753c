/// The message years after a treatment, inviting the client to book a top-up. It is written
/// only with a session that completes the plan (`planLength`, counted in the write).
public struct NewTopUpReminder: Sendable {
    public var message: NewClientMessage
    /// The number of the session that completes the client's plan.
    public var planLength: Int

    public init(message: NewClientMessage, planLength: Int) {
        self.message = message
        self.planLength = planLength
    }
}
