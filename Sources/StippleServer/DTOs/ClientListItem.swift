import Foundation
import StippleCore
import StippleStore
import Vapor

/// A client in the API's list. The hair-loss condition is health data: it is left out, not
/// emptied, for staff without health access (reception), so nothing about it reaches them.
struct ClientListItem: Content, Equatable {
    var id: UUID
    var clinicID: UUID
    var fullName: String
    var dateOfBirth: LocalDate
    var hairLossCondition: HairLossCondition?
    var email: String?
    var phone: String?

    init(_ summary: ClientSummary, withHealthData: Bool) {
        id = summary.id
        clinicID = summary.clinicID
        fullName = summary.fullName
        dateOfBirth = summary.dateOfBirth
        hairLossCondition = withHealthData ? summary.hairLossCondition : nil
        email = summary.email
        phone = summary.phone
    }
}
