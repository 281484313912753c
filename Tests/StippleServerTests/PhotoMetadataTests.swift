import Foundation
import Testing
@testable import StippleServer

/// Crafted photos that hide location, names and notes in every place a JPEG or PNG can carry
/// them: only the segments and chunks needed to show the image come out.
@Suite struct PhotoMetadataTests {
    static let secret = "SECRET-51.5074N"

    // MARK: JPEG by hand

    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        let length = payload.count + 2
        return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }

    static let jfif = segment(0xE0, Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
    static let dqt = segment(0xDB, [0] + [UInt8](repeating: 1, count: 64))
    static let dht = segment(0xC4, [0x00] + [UInt8](repeating: 0, count: 15) + [1] + [0])
    static func sof(_ marker: UInt8) -> [UInt8] { segment(marker, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]) }
    static let sos = segment(0xDA, [1, 1, 0, 0, 63, 0])
    /// Entropy-coded bytes with a stuffed 0xFF00 and a restart marker, as real scans have.
    static let scanData: [UInt8] = [0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD0, 0x78]
    static let eoi: [UInt8] = [0xFF, 0xD9]
    static let soi: [UInt8] = [0xFF, 0xD8]

    static func exifWithGPS(orientation: UInt8 = 6) -> [UInt8] {
        // Exif header, big-endian TIFF, IFD0 with orientation, then the secret as if it were GPS data.
        Array("Exif".utf8) + [0, 0, 0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01,
                              0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00,
                              0x00, 0x00, 0x00, 0x00] + Array("GPS \(secret)".utf8)
    }

    static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> Int {
        guard bytes.count >= needle.count else { return 0 }
        return (0...(bytes.count - needle.count)).filter { Array(bytes[$0..<($0 + needle.count)]) == needle }.count
    }

    /// The markers of a JPEG's segments in order (SOI, EOI and the scans' data left out).
    static func markers(_ d: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 2
        while i + 1 < d.count {
            guard d[i] == 0xFF else { i += 1; continue }
            let m = d[i + 1]
            if m == 0x00 || m == 0xFF || (0xD0...0xD7).contains(m) { i += 2; continue }
            out.append(m)
            if m == 0xD9 { break }
            let length = Int(d[i + 2]) << 8 | Int(d[i + 3])
            i += 2 + length
        }
        return out
    }

    @Test(arguments: [
        ("EXIF with GPS", segment(0xE1, exifWithGPS())),
        ("XMP", segment(0xE1, Array("http://ns.adobe.com/xap/1.0/".utf8) + [0] + Array("<x:xmpmeta>\(secret)</x:xmpmeta>".utf8))),
        ("a comment", segment(0xFE, Array("taken at home \(secret)".utf8))),
        ("IPTC", segment(0xED, Array("Photoshop 3.0".utf8) + [0] + Array("8BIM \(secret)".utf8))),
        ("multi-picture data", segment(0xE2, Array("MPF".utf8) + [0] + Array(secret.utf8))),
        ("a JFIF extension thumbnail", segment(0xE0, Array("JFXX".utf8) + [0, 0x10] + Array(secret.utf8))),
        ("an unknown application segment", segment(0xEF, Array(secret.utf8))),
        ("a maker's segment", segment(0xE9, Array("Maker".utf8) + Array(secret.utf8))),
    ])
    func aBaselineJPEGKeepsOnlyWhatShowsIt(place: String, hidden: [UInt8]) throws {
        let input = Self.soi + Self.jfif + hidden + Self.dqt + Self.sof(0xC0) + Self.dht + Self.sos + Self.scanData + Self.eoi
        #expect(input.contains(Self.secret))
        let photo = try PhotoSanitizer.sanitize(input)
        #expect(!photo.bytes.contains(Self.secret), "\(place)")
        let expected: [UInt8] = place == "EXIF with GPS" ? [0xE0, 0xE1, 0xDB, 0xC0, 0xC4, 0xDA, 0xD9] : [0xE0, 0xDB, 0xC0, 0xC4, 0xDA, 0xD9]
        #expect(Self.markers(photo.bytes) == expected, "\(place)")
        #expect(Self.occurrences(of: Self.scanData, in: photo.bytes) == 1, "\(place)")
        #expect(try PhotoSanitizer.sanitize(photo.bytes) == photo)
    }

    @Test func aProgressiveJPEGLosesWhatHidesBetweenItsScansAndAfterItsEnd() throws {
        let between = Self.segment(0xFE, Array("between scans \(Self.secret)".utf8)) + Self.segment(0xE1, Self.exifWithGPS())
        let input = Self.soi + Self.jfif + Self.dqt + Self.sof(0xC2) + Self.dht + Self.sos + Self.scanData
            + between + Self.dht + Self.sos + Self.scanData + Self.segment(0xEC, Array(Self.secret.utf8)) + Self.sos + Self.scanData
            + Self.eoi + Array("appended \(Self.secret)".utf8) + Self.soi + Self.segment(0xE1, Self.exifWithGPS()) + Self.eoi
        let photo = try PhotoSanitizer.sanitize(input)
        #expect(!photo.bytes.contains(Self.secret))
        #expect(Self.markers(photo.bytes) == [0xE0, 0xDB, 0xC2, 0xC4, 0xDA, 0xC4, 0xDA, 0xDA, 0xD9])
        // Every scan's data is still there, byte for byte.
        #expect(Self.occurrences(of: Self.scanData, in: photo.bytes) == 3)
        #expect(photo.bytes.suffix(2) == [0xFF, 0xD9])
    }

    @Test func theOrientationOfALaterEXIFIsNotTaken() throws {
        // Orientation read before the first scan only; one smuggled between scans changes nothing.
        let input = Self.soi + Self.sof(0xC2) + Self.sos + Self.scanData + Self.segment(0xE1, Self.exifWithGPS(orientation: 8))
            + Self.sos + Self.scanData + Self.eoi
        let photo = try PhotoSanitizer.sanitize(input)
        #expect(Self.markers(photo.bytes) == [0xC2, 0xDA, 0xDA, 0xD9])
    }

    // MARK: PNG by hand

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return Fixtures.be(UInt32(data.count)) + body + Fixtures.be(CRC32.checksum(body[...]))
    }

    static let ihdr = chunk("IHDR", Fixtures.be(8) + Fixtures.be(8) + [8, 2, 0, 0, 0])
    static let idat = chunk("IDAT", [0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01])
    static let iend = chunk("IEND", [])

    @Test(arguments: [
        ("tEXt", chunk("tEXt", Array("Comment".utf8) + [0] + Array(secret.utf8))),
        ("zTXt", chunk("zTXt", Array("Comment".utf8) + [0, 0] + Array(secret.utf8))),
        ("iTXt", chunk("iTXt", Array("XML:com.adobe.xmp".utf8) + [0, 0, 0, 0, 0] + Array(secret.utf8))),
        ("tIME", chunk("tIME", [0x07, 0xEA, 11, 25, 10, 0, 0] + Array(secret.utf8))),
        ("eXIf with GPS", chunk("eXIf", Array(exifWithGPS(orientation: 1).dropFirst(6)))),
        ("a private chunk", chunk("prVt", Array(secret.utf8))),
        ("an unknown ancillary chunk", chunk("gpSx", Array(secret.utf8))),
        ("an animation control chunk", chunk("acTL", [0, 0, 0, 1, 0, 0, 0, 0] + Array(secret.utf8))),
    ])
    func aPNGKeepsOnlyWhatShowsIt(place: String, hidden: [UInt8]) throws {
        for input in [PhotoSanitizer.pngSignature + Self.ihdr + hidden + Self.idat + Self.iend,
                      PhotoSanitizer.pngSignature + Self.ihdr + Self.idat + hidden + Self.idat + Self.iend] {
            let photo = try PhotoSanitizer.sanitize(input)
            #expect(!photo.bytes.contains(Self.secret), "\(place)")
            #expect(PhotoSanitizerTests.pngChunks(photo.bytes).allSatisfy { ["IHDR", "IDAT", "IEND"].contains($0.type) }, "\(place)")
        }
    }

    @Test func aPNGsColourProfileStaysUnderANeutralNameAndNothingAfterItsEndIsKept() throws {
        let profile: [UInt8] = [0x78, 0x9C, 0x01, 0x02, 0x03]
        let input = PhotoSanitizer.pngSignature + Self.ihdr + Self.chunk("sRGB", [0]) + Self.chunk("gAMA", Fixtures.be(45455))
            + Self.chunk("iCCP", Array("Zoë's phone \(Self.secret)".utf8) + [0, 0] + profile)
            + Self.idat + Self.iend + Self.chunk("tEXt", Array("After".utf8) + [0] + Array(Self.secret.utf8))
        let photo = try PhotoSanitizer.sanitize(input)
        #expect(!photo.bytes.contains(Self.secret) && !photo.bytes.contains("Zo"))
        let chunks = PhotoSanitizerTests.pngChunks(photo.bytes)
        #expect(chunks.map(\.type) == ["IHDR", "sRGB", "gAMA", "iCCP", "IDAT", "IEND"])
        #expect(chunks.first { $0.type == "iCCP" }?.data == Array("ICC profile".utf8) + [0, 0] + profile)
        #expect(try PhotoSanitizer.sanitize(photo.bytes) == photo)
    }

    // MARK: Corruption

    /// Random damage (flipped bytes, cuts, repeated spans) to real and crafted photos: every
    /// outcome is a photo or a `Problem`, never a crash, and a photo that comes out cleans to
    /// itself. (Damage can turn a comment's marker into a table's, whose bytes are then kept as
    /// image data: what the crafted cases above check, damage cannot.)
    @Test func randomCorruptionsGiveAPhotoOrAClearProblemNeverACrash() throws {
        var rng = SystemRandomNumberGenerator()
        let seeds: [[UInt8]] = [
            Fixtures.jpegWithGPS, Fixtures.pngWithMetadata,
            Self.soi + Self.jfif + Self.segment(0xE1, Self.exifWithGPS()) + Self.dqt + Self.sof(0xC2) + Self.dht + Self.sos
                + Self.scanData + Self.segment(0xFE, Array(Self.secret.utf8)) + Self.sos + Self.scanData + Self.eoi,
            PhotoSanitizer.pngSignature + Self.ihdr + Self.chunk("tEXt", Array(Self.secret.utf8)) + Self.idat + Self.iend,
        ]
        var outcomes = (photos: 0, problems: 0)
        for _ in 0..<3000 {
            var bytes = seeds.randomElement(using: &rng)!
            switch Int.random(in: 0..<4, using: &rng) {
            case 0:
                for _ in 0..<Int.random(in: 1...8, using: &rng) {
                    bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
                }
            case 1:
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
            case 2:
                let a = Int.random(in: 0..<bytes.count, using: &rng), b = Int.random(in: a..<bytes.count, using: &rng)
                bytes.insert(contentsOf: bytes[a..<b], at: Int.random(in: 0..<bytes.count, using: &rng))
            default:
                let at = Int.random(in: 2..<bytes.count, using: &rng)
                bytes.replaceSubrange(at..<min(bytes.count, at + 4), with: [0xFF, UInt8.random(in: 0...255, using: &rng), 0xFF, 0xFF])
            }
            do {
                let photo = try PhotoSanitizer.sanitize(bytes)
                outcomes.photos += 1
                #expect(try PhotoSanitizer.sanitize(photo.bytes) == photo)
            } catch {
                outcomes.problems += 1
            }
        }
        #expect(outcomes.photos > 0 && outcomes.problems > 0)
    }
}
