import Foundation

/// UUIDs as the store writes them (36 characters, hyphens at 8, 13, 18 and 23), parsed byte by
/// byte: Foundation's parser goes through `sscanf`, and a journey read parses a few dozen.
enum UUIDText {
    static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { bytes -> UUID? in
            guard bytes.count == 36 else { return nil }
            var out: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var index = 0
            var at = 0
            let ok = withUnsafeMutableBytes(of: &out) { raw -> Bool in
                while at < 36 {
                    if at == 8 || at == 13 || at == 18 || at == 23 {
                        guard bytes[at] == UInt8(ascii: "-") else { return false }
                        at += 1
                        continue
                    }
                    guard let high = nibble(bytes[at]), let low = nibble(bytes[at + 1]) else { return false }
                    raw[index] = high << 4 | low
                    index += 1
                    at += 2
                }
                return true
            }
            return ok ? UUID(uuid: out) : nil
        }
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
