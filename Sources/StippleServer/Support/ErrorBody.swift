import Foundation
import Vapor

struct ErrorBody: Content {
    struct Detail: Codable {
        var code: String
        var message: String
        var field: String?
    }
    var error: Detail
}
