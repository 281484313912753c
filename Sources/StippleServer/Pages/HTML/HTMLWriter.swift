import NIOCore

/// Writes HTML bytes straight into memory, escaping text and attribute values as it goes: a page
/// written with it builds no tree first. The client's today page, read more than any other,
/// writes itself this way; `HTMLNode` trees write themselves through it too.
///
/// Text and attribute values are always escaped, so a client's or clinic's text can never
/// become markup; only `raw` (for fixed, inline assets such as the style sheet) is written as
/// given.
struct HTMLWriter: ~Copyable {
    private var storage: UnsafeMutableRawBufferPointer
    private var count = 0

    /// A page's bytes, grown by doubling; most pages fit in the first 16 KiB.
    init(capacity: Int = 16 * 1024) {
        storage = .allocate(byteCount: max(capacity, 64), alignment: 1)
    }

    deinit { storage.deallocate() }

    /// The page written by `write`, in a buffer the response can send.
    static func bytes(_ write: (inout HTMLWriter) -> Void) -> ByteBuffer {
        var writer = HTMLWriter()
        write(&writer)
        return writer.buffer()
    }

    func buffer() -> ByteBuffer {
        ByteBuffer(bytes: UnsafeRawBufferPointer(rebasing: storage[..<count]))
    }

    // MARK: Elements

    /// `<name attributes>`, the content, `</name>`.
    mutating func el(_ name: StaticString, _ first: HTMLAttribute? = nil, _ second: HTMLAttribute? = nil,
                     _ third: HTMLAttribute? = nil, content: (inout HTMLWriter) -> Void) {
        open(name, first, second, third)
        content(&self)
        close(name)
    }

    /// An element holding only text.
    mutating func el(_ name: StaticString, _ first: HTMLAttribute? = nil, _ second: HTMLAttribute? = nil,
                     _ third: HTMLAttribute? = nil, text: String) {
        open(name, first, second, third)
        self.text(text)
        close(name)
    }

    /// An element without content or closing tag (`br`, `meta`, `input`).
    mutating func void(_ name: StaticString, _ first: HTMLAttribute? = nil, _ second: HTMLAttribute? = nil,
                       _ third: HTMLAttribute? = nil) {
        open(name, first, second, third)
    }

    private mutating func open(_ name: StaticString, _ first: HTMLAttribute?, _ second: HTMLAttribute?, _ third: HTMLAttribute?) {
        byte(UInt8(ascii: "<"))
        raw(name)
        if let first { attribute(first) }
        if let second { attribute(second) }
        if let third { attribute(third) }
        byte(UInt8(ascii: ">"))
    }

    private mutating func close(_ name: StaticString) {
        byte(UInt8(ascii: "<"))
        byte(UInt8(ascii: "/"))
        raw(name)
        byte(UInt8(ascii: ">"))
    }

    mutating func attribute(_ attribute: HTMLAttribute) {
        byte(UInt8(ascii: " "))
        raw(attribute.name)
        if let value = attribute.value {
            byte(UInt8(ascii: "="))
            byte(UInt8(ascii: "\""))
            text(value)
            byte(UInt8(ascii: "\""))
        }
    }

    // MARK: Bytes

    /// Text with the five characters that could end text or an attribute value escaped.
    /// Multi-byte UTF-8 sequences never contain these bytes, so scanning bytes is safe.
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var run = 0
            for index in source.indices {
                guard let entity = Self.entity(source[index]) else { continue }
                copy(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: source[run..<index])))
                raw(entity)
                run = index + 1
            }
            copy(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: source[run...])))
        }
    }

    mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { copy(UnsafeRawBufferPointer($0)) }
    }

    mutating func raw(_ text: StaticString) {
        copy(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func byte(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    private mutating func copy(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage.baseAddress! + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    private mutating func reserve(_ more: Int) {
        if storage.count - count < more { grow(more) }
    }

    @inline(never)
    private mutating func grow(_ more: Int) {
        let grown = UnsafeMutableRawBufferPointer.allocate(byteCount: max(storage.count * 2, count + more), alignment: 1)
        grown.baseAddress!.copyMemory(from: storage.baseAddress!, byteCount: count)
        storage.deallocate()
        storage = grown
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

extension HTMLWriter {
    /// `<ul>` with one `<li>` of text per item.
    mutating func list(_ items: [String]) {
        el("ul") { h in
            for item in items { h.el("li", text: item) }
        }
    }
}
