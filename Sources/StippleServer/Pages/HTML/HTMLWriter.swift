import NIOCore

/// The bytes of a page as `HTMLNode` writes them, and the product's one HTML escaper: text and
/// attribute values are always escaped, so a client's or clinic's text can never become markup;
/// only `raw` (fixed, inline assets such as the style sheet) is written as given. Pages are built
/// as `HTMLNode` trees, never with this directly.
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
