import VardagDomain
import XCTest

final class NameMentionDetectorTests: XCTestCase {
    let detector = NameMentionDetector(firstNames: ["Anna", "Karin", "Åsa", "Linnéa"])

    func testHonorificsWithACapitalisedWordAreAName() {
        XCTAssertEqual(detector.firstMention(in: "Fru Berg ville inte duscha"), "Fru Berg")
        XCTAssertEqual(detector.firstMention(in: "pratade med herr Öberg om maten"), "herr Öberg")
        XCTAssertEqual(detector.firstMention(in: "Fröken Lind, 92 år"), "Fröken Lind")
        XCTAssertNil(detector.firstMention(in: "frun i huset ville inte"), "not an honorific")
        XCTAssertNil(detector.firstMention(in: "herr och fru var hemma"), "no capitalised word after")
    }

    func testKnownFirstNamesCapitalisedAreANameAlsoInHyphenatedAndDecomposedForms() {
        XCTAssertEqual(detector.firstMention(in: "Tvätten gick fort med Anna"), "Anna")
        XCTAssertEqual(detector.firstMention(in: "Anna-Karin handlade"), "Anna-Karin")
        XCTAssertEqual(detector.firstMention(in: "A\u{30A}sa var med"), "Åsa", "a + ring is the same name")
        XCTAssertEqual(detector.firstMention(in: "Linne\u{301}a hälsade"), "Linnéa")
        XCTAssertNil(detector.firstMention(in: "anna"), "lower case is not read as a name")
        XCTAssertNil(detector.firstMention(in: "ANNA"), "nor all capitals (an abbreviation)")
        XCTAssertNil(detector.firstMention(in: "Städningen gick fort, inköpen kan samordnas."))
        XCTAssertNil(detector.firstMention(in: ""))
    }

    func testACaseReferenceThatIsAPersonnummerIsRefusedNotWarned() {
        XCTAssertThrowsError(try CaseDraft(reference: "121212-1212", time: "2", difficulty: "2").validate()) { error in
            XCTAssertEqual((error as? WorkloadFailure)?.errors[.reference], .personnummerInReference)
        }
        XCTAssertThrowsError(try CaseDraft(reference: "Ärende 19121212-1212", time: "2", difficulty: "2").validate())
        XCTAssertNoThrow(try CaseDraft(reference: "Ärende 2026-0412", time: "2", difficulty: "2").validate(), "a case number is fine")
    }
}
