import Foundation
import Testing
@testable import StippleServer

/// Test images: a 64×48 JPEG whose EXIF holds a GPS position, a camera make and orientation 6,
/// and the same picture as a PNG with an eXIf chunk and a text chunk.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func bytes(_ name: String) -> [UInt8] {
        Array((try? Data(contentsOf: directory.appendingPathComponent(name))) ?? Data())
    }
    static var jpegWithGPS: [UInt8] { bytes("scalp-front-gps.jpg") }
    static var pngWithMetadata: [UInt8] { bytes("scalp-crown.png") }

    /// A PNG that claims `width`×`height` pixels: a decompression bomb's header.
    static func pngHeader(width: UInt32, height: UInt32) -> [UInt8] {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            let crc = CRC32.checksum(body[...])
            return be(UInt32(data.count)) + body + be(crc)
        }
        let ihdr = be(width) + be(height) + [8, 2, 0, 0, 0]
        return PhotoSanitizer.pngSignature + chunk("IHDR", ihdr) + chunk("IEND", [])
    }

    static func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
}

extension Array where Element == UInt8 {
    func contains(_ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard n.count <= count else { return false }
        return (0...(count - n.count)).contains { Array(self[$0..<($0 + n.count)]) == n }
    }
}

@Suite struct PhotoSanitizerTests {
    /// A PNG's chunks in order, with their data.
    static func pngChunks(_ d: [UInt8]) -> [(type: String, data: [UInt8])] {
        var out: [(String, [UInt8])] = []
        var i = 8
        while i + 12 <= d.count {
            let length = Int(d[i]) << 24 | Int(d[i + 1]) << 16 | Int(d[i + 2]) << 8 | Int(d[i + 3])
            guard i + 12 + length <= d.count else { break }
            out.append((String(decoding: d[(i + 4)..<(i + 8)], as: UTF8.self), Array(d[(i + 8)..<(i + 8 + length)])))
            i += 12 + length
        }
        return out
    }

    @Test func jpegLosesItsLocationButKeepsItsOrientation() throws {
        let input = Fixtures.jpegWithGPS
        #expect(input.contains("PhoneMaker"))
        #expect(PhotoSanitizer.exifOrientation(Array(input[6...])) == nil)  // APP0 comes first
        let photo = try PhotoSanitizer.sanitize(input)
        #expect(photo.kind == .jpeg)
        // Stored 64×48, shown turned a quarter (orientation 6).
        #expect(photo.width == 48 && photo.height == 64)
        #expect(!photo.bytes.contains("PhoneMaker"))
        #expect(!photo.bytes.contains("GPS"))
        // The only EXIF left is the orientation, re-written on its own.
        let app1 = try #require((0..<(photo.bytes.count - 1)).first { photo.bytes[$0] == 0xFF && photo.bytes[$0 + 1] == 0xE1 })
        #expect(PhotoSanitizer.exifOrientation(Array(photo.bytes[(app1 + 4)...])) == 6)
        #expect(photo.bytes.count < input.count)
        #expect(photo.bytes.suffix(2) == [0xFF, 0xD9])
        // Cleaning twice changes nothing more.
        #expect(try PhotoSanitizer.sanitize(photo.bytes) == photo)
    }

    @Test func pngLosesItsMetadataChunks() throws {
        let input = Fixtures.pngWithMetadata
        #expect(input.contains("eXIf") && input.contains("tEXt"))
        let photo = try PhotoSanitizer.sanitize(input)
        #expect(photo.kind == .png)
        // Stored 64×48, shown turned a quarter (orientation 6, kept on its own).
        #expect(photo.width == 48 && photo.height == 64)
        #expect(!photo.bytes.contains("tEXt") && !photo.bytes.contains("PhoneMaker") && !photo.bytes.contains("taken at home"))
        #expect(photo.bytes.contains("IDAT") && photo.bytes.contains("IEND"))
        #expect(Self.pngChunks(photo.bytes).map(\.type) == ["IHDR", "IDAT", "eXIf", "IEND"])
        let exif = try #require(Self.pngChunks(photo.bytes).first { $0.type == "eXIf" })
        #expect(PhotoSanitizer.exifOrientation(Array("Exif".utf8) + [0, 0] + exif.data) == 6 && exif.data.count == 26)
        #expect(try PhotoSanitizer.sanitize(photo.bytes) == photo)
    }

    @Test func aNonImageRenamedJpgIsRefused() {
        #expect(throws: PhotoSanitizer.Problem.notJPEGOrPNG) {
            try PhotoSanitizer.sanitize(Array("%PDF-1.7 not a photo at all".utf8))
        }
    }

    @Test func truncatedImagesAreRefused() {
        let jpeg = Fixtures.jpegWithGPS
        #expect(throws: PhotoSanitizer.Problem.damaged) { try PhotoSanitizer.sanitize(Array(jpeg.prefix(jpeg.count - 40))) }
        #expect(throws: PhotoSanitizer.Problem.damaged) { try PhotoSanitizer.sanitize(Array(jpeg.prefix(300))) }
        let png = Fixtures.pngWithMetadata
        #expect(throws: PhotoSanitizer.Problem.damaged) { try PhotoSanitizer.sanitize(Array(png.prefix(png.count - 12))) }
    }

    @Test func aCorruptedPNGChunkIsRefused() {
        var png = Fixtures.pngWithMetadata
        png[png.count / 2] ^= 0xFF
        #expect(throws: PhotoSanitizer.Problem.damaged) { try PhotoSanitizer.sanitize(png) }
    }

    @Test func dimensionsAreLimitedAtTheirBoundary() throws {
        let limits = PhotoSanitizer.Limits()
        #expect(try PhotoSanitizer.sanitize(Fixtures.pngHeader(width: 8000, height: 5000)).width == 8000)
        #expect(throws: PhotoSanitizer.Problem.dimensionsTooLarge(width: 8001, height: 10)) {
            try PhotoSanitizer.sanitize(Fixtures.pngHeader(width: 8001, height: 10), limits: limits)
        }
        #expect(throws: PhotoSanitizer.Problem.dimensionsTooLarge(width: 8000, height: 5001)) {
            try PhotoSanitizer.sanitize(Fixtures.pngHeader(width: 8000, height: 5001), limits: limits)
        }
        #expect(throws: PhotoSanitizer.Problem.dimensionsTooLarge(width: 50000, height: 50000)) {
            try PhotoSanitizer.sanitize(Fixtures.pngHeader(width: 50000, height: 50000))
        }
    }

    @Test func sizeIsLimitedAtItsBoundary() throws {
        let limits = PhotoSanitizer.Limits(maxBytes: Fixtures.jpegWithGPS.count)
        #expect(try PhotoSanitizer.sanitize(Fixtures.jpegWithGPS, limits: limits).kind == .jpeg)
        let over = PhotoSanitizer.Limits(maxBytes: Fixtures.jpegWithGPS.count - 1)
        #expect(throws: PhotoSanitizer.Problem.tooLarge(bytes: Fixtures.jpegWithGPS.count)) {
            try PhotoSanitizer.sanitize(Fixtures.jpegWithGPS, limits: over)
        }
        #expect(throws: PhotoSanitizer.Problem.tooLarge(bytes: 8 * 1024 * 1024 + 1)) {
            try PhotoSanitizer.sanitize([0xFF, 0xD8, 0xFF] + [UInt8](repeating: 0, count: 8 * 1024 * 1024 - 2))
        }
    }
}
