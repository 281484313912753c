import StippleCore

/// The symptom score (0–18) by healing day as an SVG line over the band normal healing stays
/// within (`SymptomScore.expectedUpperBound`). Drawn on the server: no script, a few hundred bytes.
enum ScoreCurve {
    static let width = 320.0, height = 180.0, left = 28.0, bottom = 22.0, top = 8.0, right = 8.0

    static func x(_ day: Int, lastDay: Int) -> Double {
        left + (width - left - right) * Double(day) / Double(max(lastDay, 1))
    }

    static func y(_ score: Int) -> Double {
        top + (height - top - bottom) * (1 - Double(score) / 18)
    }

    /// The curve spans the weeks a journey is watched (or to the last check-in, if later): a
    /// session years ago would otherwise draw a point for every day since.
    static func lastDay(today: Int, lastCheckIn: Int?) -> Int {
        max(min(today, CheckInSchedule.watchDays), lastCheckIn ?? 0, 14)
    }

    static func svg(points: [(day: Int, score: Int)], lastDay: Int, label: String) -> HTMLNode {
        let band = (0...lastDay).map { "\(fmt(x($0, lastDay: lastDay))),\(fmt(y(SymptomScore.expectedUpperBound(onDay: $0))))" }
        let area = "\(fmt(x(0, lastDay: lastDay))),\(fmt(y(0))) " + band.joined(separator: " ") + " \(fmt(x(lastDay, lastDay: lastDay))),\(fmt(y(0)))"
        let line = points.map { "\(fmt(x($0.day, lastDay: lastDay))),\(fmt(y($0.score)))" }.joined(separator: " ")
        let ticks = stride(from: 0, through: lastDay, by: lastDay > 90 ? 28 : lastDay > 21 ? 7 : 2)
        return el("svg", .init("viewBox", "0 0 \(Int(width)) \(Int(height))"), .init("role", "img"), .aria("label", label),
                  .init("xmlns", "http://www.w3.org/2000/svg")) {
            el("polygon", .init("points", area), .init("fill", "#dcebd9"))
            el("line", .init("x1", fmt(left)), .init("y1", fmt(y(0))), .init("x2", fmt(width - right)), .init("y2", fmt(y(0))),
               .init("stroke", "#6e6e73"))
            el("line", .init("x1", fmt(left)), .init("y1", fmt(top)), .init("x2", fmt(left)), .init("y2", fmt(y(0))),
               .init("stroke", "#6e6e73"))
            [0, 6, 12, 18].map { s in
                el("text", .init("x", fmt(left - 4)), .init("y", fmt(y(s) + 4)), .init("font-size", "10"),
                   .init("text-anchor", "end"), .init("fill", "#4a4a4f")) { String(s) }
            }
            ticks.map { d in
                el("text", .init("x", fmt(x(d, lastDay: lastDay))), .init("y", fmt(height - 6)), .init("font-size", "10"),
                   .init("text-anchor", "middle"), .init("fill", "#4a4a4f")) { String(d) }
            }
            if points.count > 1 {
                el("polyline", .init("points", line), .init("fill", "none"), .init("stroke", "#0b57a4"), .init("stroke-width", "2.5"))
            }
            points.map { point in
                el("circle", .init("cx", fmt(x(point.day, lastDay: lastDay))), .init("cy", fmt(y(point.score))), .init("r", "3.5"),
                   .init("fill", "#0b57a4"))
            }
        }
    }

    /// One decimal at most: SVG coordinates stay short.
    private static func fmt(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
