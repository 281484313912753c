import Foundation
import StippleCore
import Testing
@testable import StippleServer

extension ServerTests {
    /// The free times' JSON written directly is, byte for byte, what the API's encoder writes.
    @Suite struct SlotsJSONTests {
        func view(_ zone: String, _ slots: [PublicBookingController.SlotView]) -> PublicBookingController.SlotsView {
            PublicBookingController.SlotsView(clinicID: UUID(), timeZone: zone, appointment: .consultation, minutes: 30, slots: slots)
        }

        @Test(arguments: ["Europe/Amsterdam", "Europe/London", #"Odd "zone" \ with / marks"#])
        func theSameBytesAsTheEncoder(zone: String) throws {
            var rng = SystemRandomNumberGenerator()
            var start = Date(timeIntervalSince1970: 1_796_000_000)
            var slots: [PublicBookingController.SlotView] = []
            for _ in 0..<200 {
                start += Double(Int.random(in: 1...96, using: &rng) * 900)
                slots.append(.init(startsAt: start, endsAt: start + 1800, technicians: Int.random(in: 1...10, using: &rng)))
            }
            for v in [view(zone, slots), view(zone, [])] {
                let expected = String(decoding: try JSONCoding.encoder.encode(v), as: UTF8.self)
                #expect(try SlotsJSON.render(v) == expected)
            }
        }
    }
}
