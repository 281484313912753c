/// The kind of document a client's identity and age were checked against.
public enum IdentityDocument: String, Sendable, Codable, CaseIterable {
    case passport
    case drivingLicence = "driving-licence"
    case nationalIDCard = "national-id-card"
    case residencePermit = "residence-permit"

    public var title: String {
        switch self {
        case .passport: "Passport"
        case .drivingLicence: "Driving licence"
        case .nationalIDCard: "National identity card"
        case .residencePermit: "Residence permit"
        }
    }
}
