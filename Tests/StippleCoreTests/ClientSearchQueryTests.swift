import StippleCore
import Testing

/// What a person types to find a client is read as one thing: a date, an email, a phone or a name.
@Suite struct ClientSearchQueryTests {
    @Test func datesOfBirthInTheFormsPeopleTypeThem() {
        let day = LocalDate(iso: "1979-09-30")!
        for text in ["1979-09-30", "30/09/1979", "30-09-1979", "30.09.1979", " 30/9/1979 "] {
            #expect(ClientSearchQuery.parse(text) == .dateOfBirth(day), "\(text)")
        }
        // Shaped like a date but not one: nothing to search by (a 422 naming q), never a name.
        #expect(ClientSearchQuery.parse("31/02/1979") == nil)
    }

    @Test func aWholeEmailAddressIsLookedUpAndPartOfOneSearchedFor() {
        #expect(ClientSearchQuery.parse("Marcus.Bell@Example.com") == .emailAddress("marcus.bell@example.com"))
        #expect(ClientSearchQuery.parse("bell@example") == .email("bell@example"))
        #expect(ClientSearchQuery.parse("@example.com") == .email("@example.com"))
    }

    @Test func aPhoneNumberIsItsDigitsFromFourOn() {
        #expect(ClientSearchQuery.parse("+44 (0)7700 900-123") == .phone(digits: "4407700900123"))
        #expect(ClientSearchQuery.parse("0123") == .phone(digits: "0123"))
        #expect(ClientSearchQuery.parse("012") == nil)
    }

    @Test func anythingElseIsWordsOfTheNameFromTwoLettersOn() {
        #expect(ClientSearchQuery.parse("  Marcus   BELL ") == .name(["marcus", "bell"]))
        #expect(ClientSearchQuery.parse("Bo") == .name(["bo"]))
        #expect(ClientSearchQuery.parse("B") == nil)
        #expect(ClientSearchQuery.parse("   ") == nil)
        #expect(ClientSearchQuery.parse(String(repeating: "a", count: 101)) == nil)
    }
}
