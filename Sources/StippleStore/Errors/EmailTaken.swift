import Foundation

/// Another staff member already signs in with this email.
public struct EmailTaken: Error {}
