import ArgumentParser
import Foundation
import StippleCore

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
