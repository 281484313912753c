import Foundation
import Vapor

struct JourneyLinkView: Content {
    var journeyID: UUID
    var token: String
    var path: String
    var url: String
    var expiresAt: Date
}
