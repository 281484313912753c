import Foundation
import StippleCore

/// What a signature keeps beside the decision: the document as shown, the name the client
/// typed, and where it came from.
public struct ConsentSignature: Sendable {
    public var document: ConsentDocument
    public var signerName: String
    public var channel: ConsentChannel
    public var remoteAddress: String?
    public var userAgent: String?

    public init(document: ConsentDocument, signerName: String, channel: ConsentChannel, remoteAddress: String?,
                userAgent: String?) {
        self.document = document; self.signerName = signerName; self.channel = channel
        self.remoteAddress = remoteAddress; self.userAgent = userAgent
    }
}
