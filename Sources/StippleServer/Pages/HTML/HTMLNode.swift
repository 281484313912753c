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

/// `el("p", .class("lead")) { "Day 4" }`: an element with attributes and children.
func el(_ name: String, _ attributes: HTMLAttribute..., @HTMLBuilder children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element(name, attributes, children())
}

/// An element with attributes collected beforehand (optional ones dropped).
func el(_ name: String, attributes: [HTMLAttribute?], @HTMLBuilder children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element(name, attributes.compactMap { $0 }, children())
}
