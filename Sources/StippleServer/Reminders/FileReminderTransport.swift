import Foundation
import StippleStore
import NIOFoundationCompat

/// Appends each reminder as one JSON line and flushes it to disk before answering, so a reminder
/// counted as delivered is on disk. It remembers every key it has written (read back from the
/// file on start), so a reminder sent again after a crash is not written twice.
public actor FileReminderTransport: ReminderTransport {
    let path: String
    private var written: Set<String>?

    public init(path: String) { self.path = path }

    public func deliver(_ batch: [OutgoingReminder]) async -> [String: DeliveryOutcome] {
        do {
            var keys = try loadKeys()
            var out: [String: DeliveryOutcome] = [:]
            var lines = Data()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for reminder in batch {
                out[reminder.idempotencyKey] = .delivered
                if keys.contains(reminder.idempotencyKey) { continue }
                lines += try encoder.encode(reminder)
                lines.append(0x0A)
                keys.insert(reminder.idempotencyKey)
            }
            if !lines.isEmpty {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: lines)
                try handle.synchronize()
            }
            written = keys
            return out
        } catch {
            written = nil  // read the file again next time
            return Dictionary(uniqueKeysWithValues: batch.map { ($0.idempotencyKey, .temporaryFailure("file: \(error)")) })
        }
    }

    private func loadKeys() throws -> Set<String> {
        if let written { return written }
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            try PrivateFiles.makeDirectory((path as NSString).deletingLastPathComponent)
            guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
            return []
        }
        var keys = Set<String>()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        struct Key: Decodable { var idempotencyKey: String }
        for line in data.split(separator: 0x0A) {
            if let key = try? JSONDecoder().decode(Key.self, from: line) { keys.insert(key.idempotencyKey) }
        }
        return keys
    }
}
