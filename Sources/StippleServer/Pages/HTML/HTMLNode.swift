import Vapor

/// Server-rendered HTML as values. Text and attribute values are always escaped when rendered,
/// so a client's or clinic's text can never become markup; only `raw` (for fixed, inline
/// assets such as the style sheet) is written as given.
///
/// Not `indirect`: children live in arrays, which already box them, and an indirect enum would
/// allocate once more for every node, text included, on every page view.
enum HTMLNode: Sendable {
    case element(String, [HTMLAttribute], [HTMLNode])
    case text(String)
    case raw(String)
    case fragment([HTMLNode])

    /// Elements that have no closing tag.
    private static func isVoid(_ name: String) -> Bool {
        guard name.utf8.count <= 5 else { return false }
        switch name {
        case "meta", "link", "input", "img", "br", "hr": return true
        default: return false
        }
    }

    func render() -> String {
        String(buffer: renderBuffer())
    }

    /// UTF-8 bytes, in the buffer the response sends. Pages are rendered on every request: the
    /// page's exact size is counted first, so the buffer is allocated once and the bytes are
    /// copied in without ByteBuffer's checks on every small write.
    func renderBuffer() -> ByteBuffer {
        let size = byteCount
        var out = ByteBufferAllocator().buffer(capacity: size)
        out.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { raw in
            var writer = HTMLBytes(raw)
            write(into: &writer)
            return writer.count
        }
        return out
    }

    /// The number of bytes `write(into:)` writes.
    var byteCount: Int {
        switch self {
        case let .text(text):
            return HTMLBytes.escapedCount(text)
        case let .raw(text):
            return text.utf8.count
        case let .fragment(nodes):
            var count = 0
            for node in nodes { count += node.byteCount }
            return count
        case let .element(name, attributes, children):
            var count = 2 + name.utf8.count  // <name>
            for attribute in attributes {
                count += 1 + attribute.name.utf8.count
                if let value = attribute.value { count += 3 + HTMLBytes.escapedCount(value) }  // ="value"
            }
            if HTMLNode.isVoid(name) { return count }
            for child in children { count += child.byteCount }
            return count + 3 + name.utf8.count  // </name>
        }
    }

    func write(into out: inout HTMLBytes) {
        switch self {
        case let .text(text):
            out.escaped(text)
        case let .raw(text):
            out.write(text)
        case let .fragment(nodes):
            for node in nodes { node.write(into: &out) }
        case let .element(name, attributes, children):
            out.write(UInt8(ascii: "<"))
            out.write(name)
            for attribute in attributes {
                out.write(UInt8(ascii: " "))
                out.write(attribute.name)
                if let value = attribute.value {
                    out.write(UInt8(ascii: "="))
                    out.write(UInt8(ascii: "\""))
                    out.escaped(value)
                    out.write(UInt8(ascii: "\""))
                }
            }
            out.write(UInt8(ascii: ">"))
            if HTMLNode.isVoid(name) { return }
            for child in children { child.write(into: &out) }
            out.write(UInt8(ascii: "<"))
            out.write(UInt8(ascii: "/"))
            out.write(name)
            out.write(UInt8(ascii: ">"))
        }
    }
}

/// Writes a rendered page into memory sized for it beforehand. Every write is bounds-checked,
/// so a miscount stops the process instead of writing past the end.
struct HTMLBytes {
    private let bytes: UnsafeMutableRawBufferPointer
    private(set) var count = 0

    init(_ bytes: UnsafeMutableRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func write(_ byte: UInt8) {
        precondition(count < bytes.count, "HTML larger than counted")
        bytes[count] = byte
        count += 1
    }

    mutating func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ copy($0) }) == nil {
            for byte in text.utf8 { write(byte) }
        }
    }

    private mutating func copy(_ source: UnsafeBufferPointer<UInt8>) {
        precondition(source.count <= bytes.count - count, "HTML larger than counted")
        guard let from = source.baseAddress, let to = bytes.baseAddress else { return }
        (to + count).copyMemory(from: from, byteCount: source.count)
        count += source.count
    }

    /// Text with the five characters that could end text or an attribute value escaped.
    /// Multi-byte UTF-8 sequences never contain these bytes, so scanning bytes is safe.
    mutating func escaped(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ (source) -> Void in
            var run = 0
            for (index, byte) in source.enumerated() {
                guard let entity = Self.entity(byte) else { continue }
                copy(UnsafeBufferPointer(rebasing: source[run..<index]))
                entity.withUTF8Buffer { copy($0) }
                run = index + 1
            }
            copy(UnsafeBufferPointer(rebasing: source[run...]))
        }) == nil {
            for byte in text.utf8 {
                if let entity = Self.entity(byte) { entity.withUTF8Buffer { copy($0) } } else { write(byte) }
            }
        }
    }

    static func escapedCount(_ text: String) -> Int {
        func count(_ source: some Sequence<UInt8>) -> Int {
            var count = 0
            for byte in source { count += entity(byte).map { $0.utf8CodeUnitCount } ?? 1 }
            return count
        }
        return text.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(text.utf8)
    }

    @inline(__always)
    private static func entity(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}

struct HTMLAttribute: Sendable {
    var name: String
    /// Nil for a boolean attribute written without a value (`required`, `checked`).
    var value: String?

    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    static func `class`(_ value: String) -> HTMLAttribute { .init("class", value) }
    static func id(_ value: String) -> HTMLAttribute { .init("id", value) }
    static func href(_ value: String) -> HTMLAttribute { .init("href", value) }
    static func name(_ value: String) -> HTMLAttribute { .init("name", value) }
    static func type(_ value: String) -> HTMLAttribute { .init("type", value) }
    static func value(_ value: String) -> HTMLAttribute { .init("value", value) }
    static func `for`(_ value: String) -> HTMLAttribute { .init("for", value) }
    static func lang(_ value: String) -> HTMLAttribute { .init("lang", value) }
    static func aria(_ name: String, _ value: String) -> HTMLAttribute { .init("aria-" + name, value) }
    static func flag(_ name: String) -> HTMLAttribute { .init(name, nil) }
}

/// Builds children of an element from statements, `if`s and `for`s. Statements are appended
/// to one array as they come (`buildPartialBlock`): joining per-statement arrays made a page
/// allocate an array for every text and every block.
@resultBuilder
enum HTMLBuilder {
    static func buildExpression(_ node: HTMLNode) -> HTMLNode { node }
    static func buildExpression(_ nodes: [HTMLNode]) -> HTMLNode { .fragment(nodes) }
    static func buildExpression(_ text: String) -> HTMLNode { .text(text) }
    static func buildBlock() -> [HTMLNode] { [] }
    static func buildPartialBlock(first: HTMLNode) -> [HTMLNode] { [first] }
    static func buildPartialBlock(accumulated: [HTMLNode], next: HTMLNode) -> [HTMLNode] {
        var nodes = accumulated
        nodes.append(next)
        return nodes
    }
    // An `if`/`else` or a `switch` gives the nodes of its branch, joined to the block's.
    static func buildPartialBlock(first: [HTMLNode]) -> [HTMLNode] { first }
    static func buildPartialBlock(accumulated: [HTMLNode], next: [HTMLNode]) -> [HTMLNode] { accumulated + next }
    static func buildOptional(_ part: [HTMLNode]?) -> HTMLNode { .fragment(part ?? []) }
    static func buildEither(first: [HTMLNode]) -> [HTMLNode] { first }
    static func buildEither(second: [HTMLNode]) -> [HTMLNode] { second }
    static func buildArray(_ parts: [[HTMLNode]]) -> HTMLNode { .fragment(parts.flatMap { $0 }) }
}

/// `el("p", .class("lead")) { "Day 4" }`: an element with attributes and children.
func el(_ name: String, _ attributes: HTMLAttribute..., @HTMLBuilder children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element(name, attributes, children())
}

/// An element with attributes collected beforehand (optional ones dropped).
func el(_ name: String, attributes: [HTMLAttribute?], @HTMLBuilder children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element(name, attributes.compactMap { $0 }, children())
}
