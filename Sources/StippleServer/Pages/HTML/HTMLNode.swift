import Vapor

/// Server-rendered HTML as values, for pages built from parts; written out by `HTMLWriter`,
/// which escapes text and attribute values.
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

    /// UTF-8 bytes, in a buffer the response can send.
    func renderBuffer() -> ByteBuffer {
        HTMLWriter.bytes { write(into: &$0) }
    }

    func write(into out: inout HTMLWriter) {
        switch self {
        case let .text(text):
            out.text(text)
        case let .raw(text):
            out.raw(text)
        case let .fragment(nodes):
            for node in nodes { node.write(into: &out) }
        case let .element(name, attributes, children):
            out.byte(UInt8(ascii: "<"))
            out.raw(name)
            for attribute in attributes { out.attribute(attribute) }
            out.byte(UInt8(ascii: ">"))
            if HTMLNode.isVoid(name) { return }
            for child in children { child.write(into: &out) }
            out.byte(UInt8(ascii: "<"))
            out.byte(UInt8(ascii: "/"))
            out.raw(name)
            out.byte(UInt8(ascii: ">"))
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
