import Foundation

/// The alert cannot change that way any more (it is resolved).
public struct AlertAlreadyResolved: Error {}
