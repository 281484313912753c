/// A protocol's texts in one language, filled and sorted by stage once when the protocol is
/// made. They depend only on the protocol and the language, never on the client, so building a
/// journey copies them (a reference count each) instead of filling templates every time.
public struct ProtocolRendering: Sendable, Equatable {
    public struct Stage: Sendable, Equatable {
        public var id: String
        public var title: String
        public var summary: String
        public var startDay: Int
        /// Nil for the open-ended healed stage.
        public var endDay: Int?
        public var normal: [String]
        /// Aftercare that applies on some day of the stage, prefixed with its days where it
        /// covers only part of it ("From day 5: …").
        public var doItems: [String]
        public var avoidItems: [String]
    }

    /// An aftercare item with its text filled in.
    public struct Item: Sendable, Equatable {
        public var kind: AftercareItem.Kind
        public var fromDay: Int
        public var untilDay: Int?
        public var text: String

        public func overlaps(_ days: ClosedRange<Int>) -> Bool {
            fromDay <= days.upperBound && (untilDay.map { $0 >= days.lowerBound } ?? true)
        }
    }

    /// The protocol's stages and then the healed stage.
    public var stages: [Stage]
    public var items: [Item]

    init(stages defs: [StageDefinition], healed: HealedDefinition, aftercare: [AftercareItem], language: Language) {
        let items = aftercare.map { Item(kind: $0.kind, fromDay: $0.fromDay, untilDay: $0.untilDay, text: $0.text(language)) }
        var stages = defs.map { def in
            let days = def.startDay...def.endDay
            func texts(_ kind: AftercareItem.Kind) -> [String] {
                items.compactMap { item in
                    guard item.kind == kind, item.overlaps(days) else { return nil }
                    return ProtocolRendering.qualified(item, within: days, language: language)
                }
            }
            return Stage(id: def.id, title: def.title.text(language), summary: def.summary.text(language),
                         startDay: def.startDay, endDay: def.endDay, normal: def.normal.map { $0.text(language) },
                         doItems: texts(.do), avoidItems: texts(.avoid))
        }
        let healedDay = (defs.last?.endDay ?? -1) + 1
        let after = items.filter { $0.untilDay.map { $0 >= healedDay } ?? true }
        stages.append(Stage(
            id: "healed", title: healed.title.text(language), summary: healed.summary.text(language),
            startDay: healedDay, endDay: nil, normal: healed.normal.map { $0.text(language) },
            doItems: after.filter { $0.kind == .do }.map(\.text),
            avoidItems: after.filter { $0.kind == .avoid }.map(\.text)))
        self.stages = stages
        self.items = items
    }

    /// An item's text, prefixed with the days it applies when that is only part of the stage.
    static func qualified(_ item: Item, within days: ClosedRange<Int>, language: Language) -> String {
        let nl = language == .nlNL
        let starts = item.fromDay > days.lowerBound
        let ends = item.untilDay.map { $0 < days.upperBound } ?? false
        switch (starts, ends) {
        case (true, true):
            return (nl ? "Dag \(item.fromDay)–\(item.untilDay!): " : "Days \(item.fromDay)–\(item.untilDay!): ") + item.text
        case (true, false):
            return (nl ? "Vanaf dag \(item.fromDay): " : "From day \(item.fromDay): ") + item.text
        case (false, true):
            return (nl ? "Tot en met dag \(item.untilDay!): " : "Until day \(item.untilDay!): ") + item.text
        case (false, false):
            return item.text
        }
    }
}
