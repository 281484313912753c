/// How a consent was given or withdrawn.
public enum ConsentChannel: String, Sendable, Codable, CaseIterable {
    /// Signed by the client on the clinic's tablet.
    case tablet
    /// Signed or withdrawn by the client on their own phone, through their private link.
    case link
    /// Recorded by staff (a paper form, a call, or before documents were versioned).
    case staff
}
