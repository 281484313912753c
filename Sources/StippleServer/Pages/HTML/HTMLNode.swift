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
        switch name {
        case "meta", "link", "input", "img", "br", "hr": true
        default: false
        }
    }

    func render() -> String {
        String(buffer: renderBuffer())
    }

    /// UTF-8 bytes, written straight into the buffer the response sends: pages are rendered on
    /// every request, and an array copied into a buffer afterwards cost a second large
    /// allocation and a copy on each.
    func renderBuffer() -> ByteBuffer {
        var out = ByteBufferAllocator().buffer(capacity: 16 * 1024)
        render(into: &out)
        return out
    }

    func render(into out: inout ByteBuffer) {
        switch self {
        case let .text(text):
            HTMLNode.escape(text, into: &out)
        case let .raw(text):
            out.writeString(text)
        case let .fragment(nodes):
            for node in nodes { node.render(into: &out) }
        case let .element(name, attributes, children):
            out.writeInteger(UInt8(ascii: "<"))
            out.writeString(name)
            for attribute in attributes {
                out.writeInteger(UInt8(ascii: " "))
                out.writeString(attribute.name)
                if let value = attribute.value {
                    out.writeStaticString("=\"")
                    HTMLNode.escape(value, into: &out)
                    out.writeInteger(UInt8(ascii: "\""))
                }
            }
            out.writeInteger(UInt8(ascii: ">"))
            if HTMLNode.isVoid(name) { return }
            for child in children { child.render(into: &out) }
            out.writeStaticString("</")
            out.writeString(name)
            out.writeInteger(UInt8(ascii: ">"))
        }
    }

    /// Escapes the five characters that could end text or an attribute value. Multi-byte UTF-8
    /// sequences never contain these bytes, so scanning bytes is safe.
    static func escape(_ text: String, into out: inout ByteBuffer) {
        // Most text has nothing to escape: copy it whole.
        if let copied = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard !bytes.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return false }
            out.writeBytes(bytes)
            return true
        }), copied { return }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.writeStaticString("&amp;")
            case UInt8(ascii: "<"): out.writeStaticString("&lt;")
            case UInt8(ascii: ">"): out.writeStaticString("&gt;")
            case UInt8(ascii: "\""): out.writeStaticString("&quot;")
            case UInt8(ascii: "'"): out.writeStaticString("&#39;")
            default: out.writeInteger(byte)
            }
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
