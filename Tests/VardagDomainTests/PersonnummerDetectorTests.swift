import Testing
import VardagDomain

@Suite("Personnummer detector")
struct PersonnummerDetectorTests {
    @Test("finds every written shape of a valid personnummer", arguments: [
        "121212-1212", "121212+1212", "1212121212", "19121212-1212", "191212121212", "20121212+1212",
    ])
    func shapes(_ number: String) {
        let found = PersonnummerDetector.matches(in: "Ring om \(number) i morgon")
        #expect(found == [PersonnummerMatch(text: number, offset: 8, isSamordningsnummer: false)])
    }

    @Test("a samordningsnummer (day + 60) is found and marked")
    func samordningsnummer() {
        #expect(PersonnummerDetector.matches(in: "701063-2391") == [
            PersonnummerMatch(text: "701063-2391", offset: 0, isSamordningsnummer: true),
        ])
    }

    @Test("ordinary numbers are not flagged", arguments: [
        "121212-1213",            // wrong check digit
        "121312-1212",            // month 13
        "120230-1234",            // 30 February
        "08-123 456 78",          // phone number
        "0701234567",             // mobile number, not a date
        "Ärende 2026-0412",       // case number
        "1121212-12120",          // digits glued on both sides
        "summa 1 500 kr",
        "121212-121",             // too short
    ])
    func noFalseAlarms(_ text: String) {
        #expect(PersonnummerDetector.matches(in: text).isEmpty)
    }

    @Test("29 February only in leap years; six-digit years may be 19YY or 20YY")
    func leapDays() {
        // 000229: a leap day in 2000; check digit computed for 000229-123C.
        #expect(PersonnummerDetector.containsPersonnummer("000229-1235"))
        #expect(!PersonnummerDetector.containsPersonnummer("19000229-1235"))  // 1900 was not a leap year
    }

    @Test("several numbers in one text are all found, in order")
    func several() {
        let found = PersonnummerDetector.matches(in: "121212-1212 och 701063-2391")
        #expect(found.map(\.text) == ["121212-1212", "701063-2391"])
        #expect(found.map(\.offset) == [0, 16])
    }
}
