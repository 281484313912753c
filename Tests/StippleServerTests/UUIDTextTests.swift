import Foundation
@testable import StippleStore
import Testing

extension ServerTests {
    /// UUIDs read byte by byte: the same as Foundation's parser, and nil where it would fail.
    @Suite struct UUIDTextTests {
        @Test func readsWhatFoundationReads() {
            for _ in 0..<200 {
                let uuid = UUID()
                #expect(UUIDText.parse(uuid.uuidString) == uuid)
                #expect(UUIDText.parse(uuid.uuidString.lowercased()) == uuid)
            }
            #expect(UUIDText.parse("00000000-0000-0000-0000-000000000000") == UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
            #expect(UUIDText.parse("FFFFFFFF-ffff-FFFF-ffff-FFFFFFFFFFFF")?.uuidString == "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")
        }

        @Test func refusesAnythingElse() {
            for text in ["", "4E311CD6-9945-4356-AAB5-2EF1B5D5A2D", "4E311CD6-9945-4356-AAB5-2EF1B5D5A2DBX",
                         "4E311CD6X9945-4356-AAB5-2EF1B5D5A2DB", "4E311CD6-9945-4356-AAB5-2EF1B5D5A2DG",
                         "4E311CD699454356AAB52EF1B5D5A2DB0000", "4E311CD6-9945-4356-AAB5-2EF1B5D5A2Dé"] {
                #expect(UUIDText.parse(text) == nil, "\(text)")
            }
        }
    }
}
