import Foundation

/// `{name}` placeholders in protocol texts.
public enum Template {
    /// Fills `{name}` placeholders in one pass over the UTF-8 bytes. Texts are filled for every
    /// journey shown, so this avoids Foundation's string searching and character-by-character
    /// indexing, which dominated journey building. Unknown names are left as they are.
    public static func fill(_ text: String, _ value: (String) -> String?) -> String {
        var text = text
        text.makeContiguousUTF8() // a no-op for native strings
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.contains(UInt8(ascii: "{")) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var i = 0
            while let open = bytes[i...].firstIndex(of: UInt8(ascii: "{")) {
                out.append(contentsOf: bytes[i..<open])
                guard let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "}")) else {
                    i = open
                    break
                }
                if let replacement = value(String(decoding: bytes[(open + 1)..<close], as: UTF8.self)) {
                    out.append(contentsOf: replacement.utf8)
                } else {
                    out.append(contentsOf: bytes[open...close])
                }
                i = close + 1
            }
            out.append(contentsOf: bytes[i...])
            return String(decoding: out, as: UTF8.self)
        }
        return (result ?? nil) ?? text
    }

    public static func fill(_ text: String, _ substitutions: [String: String]) -> String {
        fill(text) { substitutions[$0] }
    }

    /// The placeholder names used in `text`, in order of appearance.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var current: String?
        for ch in text {
            if ch == "{" { current = "" }
            else if ch == "}", let name = current { names.append(name); current = nil }
            else if current != nil { current!.append(ch) }
        }
        return names
    }
}
