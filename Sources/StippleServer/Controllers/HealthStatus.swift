import Vapor

struct HealthStatus: Content {
    var status: String
}
