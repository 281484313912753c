import Foundation
import StippleCore
import StippleStore
import Vapor

/// A client's record with the screening warnings the technician must see.
struct ClientView: Content {
    var client: ClientRecord
    var age: Int
    var warnings: [Warning]

    struct Warning: Codable {
        var code: String
        var message: String
    }

    init(_ client: ClientRecord, today: LocalDate) {
        self.client = client
        age = client.age(on: today)
        warnings = client.screening.warnings.map { Warning(code: $0.rawValue, message: $0.message) }
    }
}
