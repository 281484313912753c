import ArgumentParser
import Foundation
import StippleCore

/// Which protocol to use: the default one or a clinic's file.
struct ProtocolOptions: ParsableArguments {
    @Option(name: .customLong("protocol"), help: ArgumentHelp("A clinic's protocol file (JSON); the default protocol otherwise.", valueName: "file"))
    var path: String?

    func load() throws -> AftercareProtocol {
        guard let path else { return DefaultProtocol.protocolValue }
        let data: Data
        do {
            data = try CLIEnvironment.current.readFile(path)
        } catch {
            throw ValidationError("cannot read the protocol file \(path)")
        }
        do {
            return try AftercareProtocol.load(json: data)
        } catch {
            throw ValidationError("\(path): \(error)")
        }
    }
}

/// What is known about the client, for the personal healing estimate.
struct FactorOptions: ParsableArguments {
    @Option(help: "The client's age in years (18 or over).")
    var age: Int?

    @Option(help: "female, male or other.")
    var sex: ClientFactors.Sex?

    @Option(help: "Fitzpatrick skin type, 1 to 6.")
    var skinType: Int?

    @Flag(help: "Oily scalp skin.")
    var oilySkin = false

    @Flag(help: "Thick scalp skin.")
    var thickSkin = false

    @Option(help: ArgumentHelp("Zones treated, comma-separated: \(NameList<TreatmentZone>.allValueStrings.joined(separator: ", ")).", valueName: "zones"))
    var zones: NameList<TreatmentZone>?

    @Option(help: "Needle depth: shallow, standard or deep.")
    var needleDepth: ClientFactors.NeedleDepth?

    @Option(help: "Which session of the treatment this was (1 for the first).")
    var sessionNumber = 1

    @Option(help: ArgumentHelp("Friction risks, comma-separated: \(NameList<FrictionRisk>.allValueStrings.joined(separator: ", ")).", valueName: "risks"))
    var friction: NameList<FrictionRisk>?

    @Option(name: .customLong("condition"), help: ArgumentHelp("Health conditions, comma-separated or repeated: \(NameList<HealthCondition>.allValueStrings.joined(separator: ", ")).", valueName: "conditions"))
    var conditions: [NameList<HealthCondition>] = []

    @Flag(help: "Takes blood thinners (anticoagulants).")
    var anticoagulants = false

    func factors() throws -> ClientFactors {
        let f = ClientFactors(
            age: age, sex: sex, skinType: skinType, oilySkin: oilySkin, thickSkin: thickSkin,
            zones: zones?.values ?? [], needleDepth: needleDepth, sessionNumber: sessionNumber,
            friction: friction?.values ?? [], conditions: Set(conditions.flatMap(\.values)),
            anticoagulants: anticoagulants)
        do {
            try f.validate()
        } catch {
            throw ValidationError("--\(Self.optionName(error.field)): \(error.message)")
        }
        return f
    }

    private static func optionName(_ field: String) -> String {
        field.reduce(into: "") { out, ch in
            if ch.isUppercase { out += "-" + ch.lowercased() } else { out.append(ch) }
        }
    }
}

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
