import Foundation
import StippleCore
import StippleStore
import Vapor

/// A client in the API's list or search: who and how to reach them, nothing about health, so
/// reception reads the same list.
struct ClientListItem: Content, Equatable {
    var id: UUID
    var clinicID: UUID
    var fullName: String
    var dateOfBirth: LocalDate
    var email: String?
    var phone: String?

    init(_ summary: ClientSummary) {
        id = summary.id
        clinicID = summary.clinicID
        fullName = summary.fullName
        dateOfBirth = summary.dateOfBirth
        email = summary.email
        phone = summary.phone
    }
}
