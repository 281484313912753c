import ArgumentParser
import Foundation

/// A comma-separated list of known names, e.g. `--zones hairline,crown`.
struct NameList<Value: RawRepresentable & CaseIterable & Hashable & Sendable>: ExpressibleByArgument, Sendable
where Value.RawValue == String {
    var values: Set<Value>

    init?(argument: String) {
        var values = Set<Value>()
        for part in argument.split(separator: ",") {
            guard let value = Value(rawValue: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            values.insert(value)
        }
        self.values = values
    }

    static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }
}
