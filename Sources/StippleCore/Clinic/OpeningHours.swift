/// A clinic's week: for each day, the hours it is open (none when closed; two with a lunch
/// break). Times are on the clinic's wall clock, minutes after midnight, so a daylight-saving
/// change moves nothing. A clinic setting; closures and holidays come on top.
public struct OpeningHours: Sendable, Equatable, Codable {
    /// Opening and closing time, minutes after local midnight.
    public struct Interval: Sendable, Equatable, Codable {
        public var opens: Int
        public var closes: Int

        public init(opens: Int, closes: Int) {
            self.opens = opens
            self.closes = closes
        }

        /// "09:00–17:30".
        public var text: String { "\(OpeningHours.clock(opens))–\(OpeningHours.clock(closes))" }

        enum CodingKeys: String, CodingKey { case opens, closes }

        // "09:00" in JSON, as people write times.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            func minutes(_ key: CodingKeys) throws -> Int {
                let text = try c.decode(String.self, forKey: key)
                guard let m = OpeningHours.minutes(text) else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "must be a time as HH:MM")
                }
                return m
            }
            opens = try minutes(.opens)
            closes = try minutes(.closes)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(OpeningHours.clock(opens), forKey: .opens)
            try c.encode(OpeningHours.clock(closes), forKey: .closes)
        }
    }

    /// Monday first, as ISO weekdays count.
    public enum Weekday: String, Sendable, CaseIterable, Codable, CodingKeyRepresentable {
        case monday, tuesday, wednesday, thursday, friday, saturday, sunday

        /// ISO weekday, 1 = Monday.
        public var number: Int { Weekday.allCases.firstIndex(of: self)! + 1 }
        public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    public var days: [Weekday: [Interval]]

    public init(_ days: [Weekday: [Interval]] = [:]) {
        self.days = days.filter { !$0.value.isEmpty }
    }

    // In JSON, the days by name: {"monday": [{"opens": "09:00", "closes": "17:30"}]}; a day left out is closed.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([Weekday: [Interval]].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(days)
    }

    public func hours(_ day: Weekday) -> [Interval] { days[day] ?? [] }

    /// Whether no day has hours: a clinic whose week nobody has set.
    public var isEmpty: Bool { days.isEmpty }

    /// Problems by field (`openingHours.monday`, or `name.monday`), empty when the week is usable: each interval
    /// opens before it closes, within the day, and the day's intervals do not overlap.
    public func problems(field name: String = "openingHours") -> [FieldError] {
        var out: [FieldError] = []
        for day in Weekday.allCases {
            let intervals = hours(day).sorted { $0.opens < $1.opens }
            let field = "\(name).\(day.rawValue)"
            if intervals.count > 3 { out.append(FieldError(field: field, message: "at most three periods a day")) }
            for i in intervals {
                if !(0..<(24 * 60)).contains(i.opens) || !(1...(24 * 60)).contains(i.closes) {
                    out.append(FieldError(field: field, message: "times must fall within the day"))
                } else if i.opens >= i.closes {
                    out.append(FieldError(field: field, message: "must open before it closes (\(i.text))"))
                }
            }
            for (a, b) in zip(intervals, intervals.dropFirst()) where b.opens < a.closes {
                out.append(FieldError(field: field, message: "\(a.text) and \(b.text) overlap"))
            }
        }
        return out
    }

    /// "HH:MM" as minutes after midnight; "24:00" is the end of the day.
    public static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m),
              h < 24 || m == 0
        else { return nil }
        return h * 60 + m
    }

    /// Minutes after midnight as "HH:MM".
    public static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }
}
