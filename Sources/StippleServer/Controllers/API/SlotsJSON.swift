import Foundation
import Vapor

/// The free times as JSON, written directly: the bytes `JSONCoding.encoder` writes (keys sorted,
/// ISO 8601 instants; `SlotsJSONTests` holds them equal), without its per-object work. Four
/// weeks are some 650 times with two instants each, and the encoder spent about 40% of the
/// request on them (docs/PERFORMANCE.md, "Booking a free consultation", side by side).
enum SlotsJSON {
    static func response(_ view: PublicBookingController.SlotsView) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: try render(view)))
    }

    static func render(_ view: PublicBookingController.SlotsView) throws -> String {
        // The one free-text field goes through the encoder, for its escaping.
        let zone = String(decoding: try JSONCoding.encoder.encode(view.timeZone), as: UTF8.self)
        var out = #"{"appointment":"\#(view.appointment.rawValue)","clinicID":"\#(view.clinicID.uuidString)","#
            + #""minutes":\#(view.minutes),"slots":["#
        out.reserveCapacity(out.utf8.count + view.slots.count * 86 + zone.utf8.count + 16)
        // One style for all: `.iso8601` makes a new one at each use.
        let instant = Date.ISO8601FormatStyle()
        for (i, slot) in view.slots.enumerated() {
            if i > 0 { out += "," }
            out += #"{"endsAt":"\#(instant.format(slot.endsAt))","startsAt":"\#(instant.format(slot.startsAt))","#
                + #""technicians":\#(slot.technicians)}"#
        }
        out += #"],"timeZone":\#(zone)}"#
        return out
    }
}
