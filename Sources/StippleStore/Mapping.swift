import Foundation
import StippleCore

// Fluent models to plain values. Stored enumerations are written by this module only; an
// unknown value can only come from a newer version, and falls back rather than failing a read.

enum Codecs {
    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "{}"
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    static func list<T: RawRepresentable>(_ text: String) -> [T] where T.RawValue == String {
        text.split(separator: ",").compactMap { T(rawValue: String($0)) }
    }
}

extension Clinic {
    init(_ m: ClinicModel) {
        self.init(id: m.id!, name: m.name, address: m.address, country: m.country, timeZone: m.timeZone,
                  language: Language(rawValue: m.language) ?? .enGB, emergencyNumber: m.emergencyNumber,
                  protocolVersion: m.protocolVersion)
    }
}

extension StaffMember {
    init(_ m: StaffModel) {
        self.init(id: m.id!, clinicID: m.$clinic.id, name: m.name, role: StaffRole(rawValue: m.role) ?? .reception,
                  licenceNumber: m.licenceNumber)
    }
}

extension ClientRecord {
    init(_ m: ClientModel) {
        self.init(
            id: m.id!, clinicID: m.$clinic.id, fullName: m.fullName,
            dateOfBirth: LocalDate(iso: m.dateOfBirth) ?? LocalDate(dayNumber: 0),
            idCheckedBy: m.$idCheckedBy.id, idCheckedOn: LocalDate(iso: m.idCheckedOn) ?? LocalDate(dayNumber: 0),
            email: m.email, phone: m.phone,
            hairLossCondition: HairLossCondition(rawValue: m.hairLossCondition) ?? .patternBaldness,
            sex: m.sex.flatMap(ClientFactors.Sex.init(rawValue:)), skinType: m.skinType,
            oilySkin: m.oilySkin, thickSkin: m.thickSkin, friction: Codecs.list(m.friction),
            screening: Codecs.decode(ScreeningAnswers.self, m.screening) ?? ScreeningAnswers(),
            funding: Funding(rawValue: m.funding) ?? .private, referral: m.referral,
            createdAt: m.createdAt ?? Date(timeIntervalSince1970: 0))
    }

    /// The client's age on `day`.
    public func age(on day: LocalDate) -> Int { AgeCheck.age(born: dateOfBirth, on: day) }

    /// What the engine needs to estimate healing after `session`, on `day`.
    public func factors(session: TreatmentSession?, on day: LocalDate) -> ClientFactors {
        var conditions = Set<HealthCondition>()
        if screening.diabetes { conditions.insert(.diabetes) }
        if screening.immunosuppressantsOrSteroids || screening.chemotherapy { conditions.insert(.immunosuppression) }
        if screening.scalpPsoriasisOrEczema { conditions.insert(.scalpPsoriasisOrEczema) }
        if screening.keloidTendency { conditions.insert(.keloidHistory) }
        if hairLossCondition == .scars || session?.zones.contains(.scar) == true { conditions.insert(.scarTissue) }
        return ClientFactors(
            age: age(on: day), sex: sex, skinType: skinType, oilySkin: oilySkin, thickSkin: thickSkin,
            zones: Set(session?.zones ?? []), needleDepth: session?.depth, sessionNumber: session?.sessionNumber ?? 1,
            friction: Set(friction), conditions: conditions, anticoagulants: screening.anticoagulants)
    }
}

extension TreatmentSession {
    init(_ m: TreatmentSessionModel) {
        self.init(
            id: m.id!, clientID: m.$client.id, clinicID: m.$clinic.id, technicianID: m.$technician.id,
            sessionNumber: m.sessionNumber, startedAt: m.startedAt, endedAt: m.endedAt, zones: Codecs.list(m.zones),
            needleType: m.needleType, needleSize: m.needleSize,
            depth: ClientFactors.NeedleDepth(rawValue: m.depth) ?? .standard, dotDensity: m.dotDensity,
            pigmentProduct: m.pigmentProduct, pigmentBatch: m.pigmentBatch, anaesthetic: m.anaesthetic,
            painRelief: m.painRelief.split(separator: ",").map(String.init), breaks: m.breaks,
            painReported: m.painReported, bleeding: Bleeding(rawValue: m.bleeding) ?? .minor, notes: m.notes)
    }
}

extension JourneyRecord {
    init(_ m: JourneyModel) {
        self.init(id: m.id!, sessionID: m.$session.id, clientID: m.$client.id, clinicID: m.$clinic.id,
                  sessionDate: LocalDate(iso: m.sessionDate) ?? LocalDate(dayNumber: 0), timeZone: m.timeZone,
                  protocolVersion: m.protocolVersion)
    }
}
