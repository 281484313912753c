import Foundation
import StippleCore
import StippleStore
import Vapor

/// The store's records, sent as they are by the API.
extension Clinic: Content {}
extension StaffMember: Content {}
extension ClientSummary: Content {}
extension TreatmentSession: Content {}
extension ReminderRecord: Content {}
extension ClientRecord: Content {}
