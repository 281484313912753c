import Foundation
import StippleCore
import StippleStore
import Vapor

/// A client's record with their current screening and the warnings the technician must see.
struct ClientView: Content {
    var client: ClientRecord
    var age: Int
    /// Nil before the client's first screening.
    var screening: ScreeningView?
    var warnings: [Warning]

    struct Warning: Codable {
        var code: String
        var message: String
    }

    init(_ client: ClientRecord, today: LocalDate, screening: ClientScreening) {
        self.client = client
        age = client.age(on: today)
        self.screening = ScreeningView(screening)
        warnings = screening.warnings
    }
}
