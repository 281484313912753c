import ArgumentParser
import Foundation
import StippleCore

/// Reads check-ins (JSON Lines, one object each, the `stipple triage` field names) from a file.
func loadCheckIns(_ path: String?) throws -> [CheckIn] {
    guard let path else { return [] }
    let data: Data
    do {
        data = try CLIEnvironment.current.readFile(path)
    } catch {
        throw ValidationError("cannot read the check-ins file \(path)")
    }
    var out: [CheckIn] = []
    for (i, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        do {
            out.append(try CheckInRequest.parse(Data(line.utf8)).checkIn)
        } catch {
            throw ValidationError("\(path) line \(i + 1): \(error.field.isEmpty ? "" : error.field + " ")\(error.message)")
        }
    }
    return out
}

/// JSON as the command line prints it: stable key order, dates as YYYY-MM-DD.
func jsonText<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "{}"
}
