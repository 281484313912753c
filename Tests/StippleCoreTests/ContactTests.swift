import Foundation
import Testing
@testable import StippleCore

@Suite struct ContactTests {
    @Test(arguments: ["ruth@example.com", "zoe.o'brien+smp@mail.example.co.uk", "a_b-c@x-y.example", "UPPER@EXAMPLE.COM",
                      "  padded@example.com  ", "x@123.example"])
    func oneAddressIsAccepted(text: String) throws {
        #expect(try EmailAddress(text).text == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        "", "a@b", "@example.com", "ruth@", "ruth", "ruth@@example.com", "a@example.com, x@evil.example", "a@example.com x@evil.example",
        "Ruth <ruth@example.com>", "v@example.com>\r\nRCPT TO:<attacker@evil.example", "v@example.com\nBcc: x@evil.example",
        "ruth@example.com\u{0}", ".ruth@example.com", "ruth.@example.com", "ru..th@example.com", "\"ruth\"@example.com",
        "ruth@[127.0.0.1]", "ruth@-example.com", "ruth@example-.com", "ruth@example..com", "ruth@example.123", "rüth@example.com",
        "ruth@exämple.com", "\u{2028}ruth@example.com",
    ])
    func anythingButOneAddressIsRefusedNamingTheField(text: String) {
        #expect(throws: FieldError.self) { try EmailAddress(text, field: "contact.email") }
        do { _ = try EmailAddress(text, field: "contact.email") } catch let error as FieldError {
            #expect(error.field == "contact.email")
        } catch { Issue.record("\(error)") }
    }

    @Test func anAddressHasASaneLength() throws {
        let local64 = String(repeating: "a", count: 64)
        #expect(try EmailAddress("\(local64)@example.com").text.hasPrefix(local64))
        #expect(throws: FieldError.self) { try EmailAddress("a\(local64)@example.com") }
        // 254 in all is the most SMTP carries.
        let domain = (0..<4).map { _ in String(repeating: "d", count: 60) }.joined(separator: ".") + ".com"  // 247
        #expect(try EmailAddress("abcdef@\(domain)").text.count == 254)
        #expect(throws: FieldError.self) { try EmailAddress("abcdefg@\(domain)") }
    }

    @Test func aLineOfTextHasNoControlCharactersAndALimit() throws {
        #expect(try PlainText.line("  Zoë O'Brien-Müller ", field: "fullName") == "Zoë O'Brien-Müller")
        #expect(try PlainText.line(String(repeating: "x", count: 200), field: "n").count == 200)
        for bad in ["", "   ", String(repeating: "x", count: 201), "Nul\u{0}Byte", "Ruth\r\nBcc: x", "Tab\there", "Del\u{7F}",
                    "C1\u{85}", "Line\u{2028}Separator"] {
            #expect(throws: FieldError.self, "\(bad.debugDescription)") { try PlainText.line(bad, field: "fullName") }
        }
    }

    @Test func aNoteKeepsItsLinesButNoOtherControlCharacters() throws {
        #expect(try PlainText.note("Seen by the GP.\nCream twice a day.\tOk", field: "note") == "Seen by the GP.\nCream twice a day.\tOk")
        #expect(try PlainText.note("   ", field: "note") == nil)
        #expect(try PlainText.note(nil, field: "note") == nil)
        #expect(throws: FieldError.self) { try PlainText.note("Nul\u{0}Byte", field: "note") }
        #expect(throws: FieldError.self) { try PlainText.note(String(repeating: "x", count: 2001), field: "note") }
    }

    @Test func aPhoneNumberIsDigitsAsPeopleWriteThem() throws {
        for good in ["+44 7700 900123", "020 7946 0000", "+31 (0)20-799.0000", "123456"] {
            #expect(try PlainText.phone(good) == good)
        }
        for bad in ["call me", "12345", "+44 7700\r\n900123", "++44 7700 900123", String(repeating: "1", count: 21), "+44 7700 900123 ext"] {
            #expect(throws: FieldError.self, "\(bad)") { try PlainText.phone(bad) }
        }
    }
}
