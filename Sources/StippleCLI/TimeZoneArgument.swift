import ArgumentParser
import Foundation

/// `--timezone Europe/London`, checked against the system's time zone database.
struct TimeZoneArgument: ExpressibleByArgument, Sendable {
    var timeZone: TimeZone

    init?(argument: String) {
        guard argument.contains("/") || argument == "UTC", let tz = TimeZone(identifier: argument) else { return nil }
        timeZone = tz
    }

    var defaultValueDescription: String { timeZone.identifier }
}
