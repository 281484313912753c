import Foundation

/// Checks an uploaded photo by its bytes, never its name, and removes what could locate or
/// identify the client before it is stored: JPEG and PNG only, size and pixel dimensions
/// limited, complete (a truncated upload is refused). What is kept is an allow-list of the
/// segments and chunks needed to show the image; everything else (EXIF with GPS, XMP, IPTC,
/// comments, text, private chunks, data between scans or after the end) is dropped. The EXIF
/// orientation is kept, written anew on its own, so the photo still shows the right way up.
enum PhotoSanitizer {
    enum Kind: String, Sendable {
        case jpeg, png

        var contentType: String { self == .jpeg ? "image/jpeg" : "image/png" }
        var fileExtension: String { self == .jpeg ? "jpg" : "png" }
    }

    struct Limits: Sendable {
        var maxBytes = 8 * 1024 * 1024
        var maxSide = 8000
        var maxPixels = 40_000_000
    }

    struct Photo: Sendable, Equatable {
        var kind: Kind
        /// As displayed: a JPEG turned a quarter by its orientation has its sides swapped.
        var width: Int
        var height: Int
        var bytes: [UInt8]
    }

    enum Problem: Error, Equatable {
        case empty
        case tooLarge(bytes: Int)
        case notJPEGOrPNG
        case dimensionsTooLarge(width: Int, height: Int)
        case damaged
    }

    static func sanitize(_ data: [UInt8], limits: Limits = Limits()) throws(Problem) -> Photo {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= limits.maxBytes else { throw .tooLarge(bytes: data.count) }
        if data.starts(with: [0xFF, 0xD8, 0xFF]) { return try jpeg(data, limits) }
        if data.starts(with: pngSignature) { return try png(data, limits) }
        throw .notJPEGOrPNG
    }

    private static func check(_ width: Int, _ height: Int, _ limits: Limits) throws(Problem) {
        guard width > 0, height > 0 else { throw .damaged }
        guard width <= limits.maxSide, height <= limits.maxSide, width * height <= limits.maxPixels else {
            throw .dimensionsTooLarge(width: width, height: height)
        }
    }

    // MARK: JPEG

    /// Segments a JPEG needs to be shown, kept by marker: frame headers, Huffman and arithmetic
    /// tables, quantisation tables, the restart interval, and the scans. Anything else (EXIF,
    /// XMP, IPTC, maker notes, comments, multi-picture data, unknown markers) is dropped, wherever
    /// it stands, before the first scan or between scans.
    private static func isNeededJPEGSegment(_ marker: UInt8) -> Bool {
        switch marker {
        case 0xC0...0xCF where marker != 0xC8: true  // frames (SOFn), DHT (C4), DAC (CC)
        case 0xDB, 0xDD: true  // DQT, DRI
        default: false
        }
    }

    /// Application segments kept for how the image looks, by their identifier: JFIF (pixel
    /// density, never its thumbnail), the ICC colour profile, and Adobe's colour transform.
    private static func isNeededJPEGApplicationSegment(_ marker: UInt8, _ payload: ArraySlice<UInt8>) -> Bool {
        switch marker {
        case 0xE0: payload.starts(with: Array("JFIF".utf8) + [0])
        case 0xE2: payload.starts(with: Array("ICC_PROFILE".utf8) + [0])
        case 0xEE: payload.starts(with: Array("Adobe".utf8))
        default: false
        }
    }

    private static func jpeg(_ d: [UInt8], _ limits: Limits) throws(Problem) -> Photo {
        var out: [UInt8] = [0xFF, 0xD8]
        out.reserveCapacity(d.count)
        var orientation: UInt16?
        var size: (Int, Int)?
        var i = 2
        var scanned = false
        while true {
            // Markers may be padded with 0xFF bytes.
            guard i < d.count, d[i] == 0xFF else { throw .damaged }
            while i < d.count, d[i] == 0xFF { i += 1 }
            guard i < d.count else { throw .damaged }
            let marker = d[i]
            i += 1
            if marker == 0xD9 {
                // The end: anything after it (a second image, appended data) is not copied.
                guard scanned, let (width, height) = size else { throw .damaged }
                out += [0xFF, 0xD9]
                let quarterTurn = (orientation ?? 1) >= 5
                return Photo(kind: .jpeg, width: quarterTurn ? height : width, height: quarterTurn ? width : height, bytes: out)
            }
            if (0xD0...0xD7).contains(marker) || marker == 0x01 || marker == 0xD8 { throw .damaged }  // no length, out of place
            guard i + 2 <= d.count else { throw .damaged }
            let length = Int(d[i]) << 8 | Int(d[i + 1])
            guard length >= 2, i + length <= d.count else { throw .damaged }
            let segment = d[(i - 2)..<(i + length)]
            let payload = d[(i + 2)..<(i + length)]
            i += length

            switch marker {
            case 0xC0...0xCF where marker != 0xC4 && marker != 0xC8 && marker != 0xCC:
                // Start of frame: precision, height, width.
                guard payload.count >= 5, size == nil else { throw .damaged }
                let p = payload.startIndex
                let height = Int(payload[p + 1]) << 8 | Int(payload[p + 2])
                let width = Int(payload[p + 3]) << 8 | Int(payload[p + 4])
                try check(width, height, limits)
                size = (width, height)
                out += segment
            case 0xE1:
                // EXIF or XMP: dropped; only the orientation is kept, written anew on its own.
                if orientation == nil, !scanned { orientation = exifOrientation(Array(payload)) }
            case 0xDA:
                // Start of scan, then its entropy-coded data up to the next marker.
                guard size != nil else { throw .damaged }
                if !scanned, let o = orientation, o != 1 { insertOrientation(o, into: &out) }
                scanned = true
                out += segment
                guard let end = endOfScan(d, from: i) else { throw .damaged }
                out += d[i..<end]
                i = end
            case 0xE0...0xEF where isNeededJPEGApplicationSegment(marker, payload):
                out += segment
            default:
                if isNeededJPEGSegment(marker) { out += segment }
            }
        }
    }

    /// Where a scan's entropy-coded data ends: at the first marker that is not a stuffed zero
    /// (0xFF00), a restart marker or fill bytes. Nil when the file stops first: truncated.
    private static func endOfScan(_ d: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + 1 < d.count {
            if d[i] == 0xFF {
                let next = d[i + 1]
                if next == 0x00 || (0xD0...0xD7).contains(next) { i += 2; continue }
                if next == 0xFF { i += 1; continue }
                return i
            }
            i += 1
        }
        return nil
    }

    /// The Orientation tag (0x0112) of IFD0 in an EXIF APP1 payload.
    static func exifOrientation(_ p: [UInt8]) -> UInt16? {
        guard p.count >= 14, p.starts(with: Array("Exif".utf8) + [0, 0]) else { return nil }
        let t = 6  // TIFF header
        let big: Bool
        switch (p[t], p[t + 1]) {
        case (0x4D, 0x4D): big = true
        case (0x49, 0x49): big = false
        default: return nil
        }
        func u16(_ o: Int) -> Int? {
            guard o >= 0, o + 2 <= p.count else { return nil }
            return big ? Int(p[o]) << 8 | Int(p[o + 1]) : Int(p[o + 1]) << 8 | Int(p[o])
        }
        func u32(_ o: Int) -> Int? {
            guard let a = u16(o), let b = u16(o + 2) else { return nil }
            return big ? a << 16 | b : b << 16 | a
        }
        guard let ifd = u32(t + 4), let count = u16(t + ifd) else { return nil }
        for n in 0..<min(count, 512) {
            let entry = t + ifd + 2 + n * 12
            guard let tag = u16(entry) else { return nil }
            if tag == 0x0112, let value = u16(entry + 8), (1...8).contains(value) { return UInt16(value) }
        }
        return nil
    }

    /// A minimal EXIF segment holding only the orientation, after the JFIF header if present.
    private static func insertOrientation(_ o: UInt16, into out: inout [UInt8]) {
        let exif: [UInt8] = Array("Exif".utf8) + [0, 0] + orientationTIFF(o)
        let length = exif.count + 2
        let segment: [UInt8] = [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + exif
        var at = 2
        if out.count >= 6, out[2] == 0xFF, out[3] == 0xE0 {
            at = 4 + (Int(out[4]) << 8 | Int(out[5]))
        }
        out.insert(contentsOf: segment, at: at)
    }

    /// A TIFF structure holding the orientation tag alone (EXIF's body, without its "Exif" header).
    private static func orientationTIFF(_ o: UInt16) -> [UInt8] {
        var tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08]  // big-endian TIFF, IFD0 at 8
        tiff += [0x00, 0x01]  // one entry
        tiff += [0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, UInt8(o >> 8), UInt8(o & 0xFF), 0x00, 0x00]
        tiff += [0x00, 0x00, 0x00, 0x00]  // no next IFD
        return tiff
    }

    // MARK: PNG

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// Chunks a PNG needs to be shown, kept as they are: the image itself and how its colours
    /// and pixels are meant. Anything else (text, time, EXIF, private or unknown chunks,
    /// animation) is dropped; the colour profile (iCCP) is kept under a neutral name, and an
    /// EXIF orientation is written anew on its own.
    private static let keptPNGChunks: Set<String> = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
                                                     "sBIT", "bKGD", "pHYs"]

    private static func png(_ d: [UInt8], _ limits: Limits) throws(Problem) -> Photo {
        var out = pngSignature
        out.reserveCapacity(d.count)
        var i = pngSignature.count
        var size: (Int, Int)?
        var orientation: UInt16?
        while i + 12 <= d.count {
            let length = Int(d[i]) << 24 | Int(d[i + 1]) << 16 | Int(d[i + 2]) << 8 | Int(d[i + 3])
            guard length <= d.count, i + 12 + length <= d.count else { throw .damaged }
            let type = String(decoding: d[(i + 4)..<(i + 8)], as: UTF8.self)
            let chunk = d[i..<(i + 12 + length)]
            let data = d[(i + 8)..<(i + 8 + length)]
            let crc = UInt32(d[i + 8 + length]) << 24 | UInt32(d[i + 9 + length]) << 16
                | UInt32(d[i + 10 + length]) << 8 | UInt32(d[i + 11 + length])
            guard CRC32.checksum(d[(i + 4)..<(i + 8 + length)]) == crc else { throw .damaged }
            if size == nil {
                guard type == "IHDR", length == 13 else { throw .damaged }
                let p = i + 8
                let width = Int(d[p]) << 24 | Int(d[p + 1]) << 16 | Int(d[p + 2]) << 8 | Int(d[p + 3])
                let height = Int(d[p + 4]) << 24 | Int(d[p + 5]) << 16 | Int(d[p + 6]) << 8 | Int(d[p + 7])
                try check(width, height, limits)
                size = (width, height)
            }
            i += 12 + length
            switch type {
            case "IEND":
                guard let (width, height) = size else { throw .damaged }
                if let o = orientation, o != 1 { out += pngChunk("eXIf", orientationTIFF(o)) }
                out += chunk
                // Anything after the end is not copied.
                let quarterTurn = (orientation ?? 1) >= 5
                return Photo(kind: .png, width: quarterTurn ? height : width, height: quarterTurn ? width : height, bytes: out)
            case "iCCP":
                // A profile name (often the device's or a person's), then the compressed profile.
                guard let nul = data.firstIndex(of: 0) else { throw .damaged }
                out += pngChunk("iCCP", Array("ICC profile".utf8) + Array(data[nul...]))
            case "eXIf":
                if orientation == nil { orientation = exifOrientation(Array("Exif".utf8) + [0, 0] + Array(data)) }
            default:
                if keptPNGChunks.contains(type) { out += chunk }
            }
        }
        throw .damaged  // no end chunk: truncated
    }

    private static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        let crc = CRC32.checksum(body[...])
        func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        return be(UInt32(data.count)) + body + be(crc)
    }
}

/// CRC-32 (ISO-HDLC), as PNG chunks carry it.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
