import ArgumentParser
import Foundation
import StippleCore

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension Language: ExpressibleByArgument {}
extension ClientFactors.Sex: ExpressibleByArgument {}
extension ClientFactors.NeedleDepth: ExpressibleByArgument {}
extension TriageTier: ExpressibleByArgument {}

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

/// `--timezone Europe/London`, checked against the system's time zone database.
struct TimeZoneArgument: ExpressibleByArgument, Sendable {
    var timeZone: TimeZone

    init?(argument: String) {
        guard argument.contains("/") || argument == "UTC", let tz = TimeZone(identifier: argument) else { return nil }
        timeZone = tz
    }

    var defaultValueDescription: String { timeZone.identifier }
}
