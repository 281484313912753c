

public struct HealedDefinition: Sendable, Equatable, Codable {
    public var title: LocalizedText
    public var summary: LocalizedText
    public var normal: [LocalizedText]
}
