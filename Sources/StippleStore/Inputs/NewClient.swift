import Foundation
import StippleCore

/// A client to register, with their screening.
public struct NewClient: Sendable {
    public var clinicID: UUID, fullName: String, dateOfBirth: LocalDate, idCheckedBy: UUID, idCheckedOn: LocalDate
    public var email: String?, phone: String?, hairLossCondition: HairLossCondition
    public var sex: ClientFactors.Sex?, skinType: Int?, oilySkin: Bool, thickSkin: Bool, friction: [FrictionRisk]
    public var screening: ScreeningAnswers, funding: Funding, referral: String?

    public init(clinicID: UUID, fullName: String, dateOfBirth: LocalDate, idCheckedBy: UUID, idCheckedOn: LocalDate,
                email: String? = nil, phone: String? = nil, hairLossCondition: HairLossCondition,
                sex: ClientFactors.Sex? = nil, skinType: Int? = nil, oilySkin: Bool = false, thickSkin: Bool = false,
                friction: [FrictionRisk] = [], screening: ScreeningAnswers = ScreeningAnswers(),
                funding: Funding = .private, referral: String? = nil) {
        self.clinicID = clinicID; self.fullName = fullName; self.dateOfBirth = dateOfBirth
        self.idCheckedBy = idCheckedBy; self.idCheckedOn = idCheckedOn; self.email = email; self.phone = phone
        self.hairLossCondition = hairLossCondition; self.sex = sex; self.skinType = skinType
        self.oilySkin = oilySkin; self.thickSkin = thickSkin; self.friction = friction
        self.screening = screening; self.funding = funding; self.referral = referral
    }
}
