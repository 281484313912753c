import Foundation

/// Where reminders go. `deliver` answers for each reminder of the batch, by idempotency key.
public protocol ReminderTransport: Sendable {
    func deliver(_ batch: [OutgoingReminder]) async -> [String: DeliveryOutcome]
}
