

public struct StageDefinition: Sendable, Equatable, Codable {
    public var id: String
    public var startDay: Int
    /// Inclusive.
    public var endDay: Int
    public var title: LocalizedText
    public var summary: LocalizedText
    /// What is normal in this stage, so normal healing does not cause worry.
    public var normal: [LocalizedText]
    /// Sent to the client on the first day of the stage.
    public var reminder: LocalizedText
}
