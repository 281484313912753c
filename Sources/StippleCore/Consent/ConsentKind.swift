/// What a client agrees to, each recorded on its own and each withdrawable: a client may agree
/// to treatment and reminders but not to their photos being shown to anyone else.
public enum ConsentKind: String, Sendable, Codable, CaseIterable {
    /// The procedure, its risks and the aftercare, explained before the first session.
    case treatment
    /// Processing their health data (the screening, the healing record): separate and explicit
    /// (UK GDPR art. 9).
    case healthData = "health-data"
    /// Reminders and check-in messages by email or text during healing.
    case healingMessages = "healing-messages"
    /// Before/after and check-in photos kept in the client's record.
    case photosInRecord = "photos-in-record"
    /// Photos shown in the clinic's public gallery (anonymised).
    case photosInGallery = "photos-in-gallery"
    /// Photos on the chain's website.
    case photosOnWebsite = "photos-on-website"
    /// Photos on the chain's social media.
    case photosOnSocial = "photos-on-social"

    public var title: String {
        switch self {
        case .treatment: "Treatment, its risks and aftercare"
        case .healthData: "Processing health data"
        case .healingMessages: "Reminders and check-in messages while healing"
        case .photosInRecord: "Photos kept in the client's record"
        case .photosInGallery: "Photos in the public gallery"
        case .photosOnWebsite: "Photos on the website"
        case .photosOnSocial: "Photos on social media"
        }
    }

    /// The consents without which no session is charted.
    public static let neededToTreat: [ConsentKind] = [.treatment, .healthData]
}
