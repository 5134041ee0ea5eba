import VardagDomain
import XCTest

final class RegisterValidationTests: XCTestCase {
    func testNameIsRequiredAfterTrimming() {
        XCTAssertEqual(RegisterValidation.checkName(""), .required)
        XCTAssertEqual(RegisterValidation.checkName("   \n "), .required)
        XCTAssertNil(RegisterValidation.checkName(" Åsele "))
    }

    func testNameLengthLimit() {
        XCTAssertNil(RegisterValidation.checkName(String(repeating: "ö", count: 100)))
        XCTAssertEqual(RegisterValidation.checkName(String(repeating: "ö", count: 101)), .tooLong(max: 100))
        // "å" as a + combining ring counts as one character after NFC.
        XCTAssertNil(RegisterValidation.checkName(String(repeating: "a\u{30A}", count: 100)))
    }

    func testControlCharactersAreRefused() {
        XCTAssertEqual(RegisterValidation.checkName("Anna\tAndersson"), .invalidCharacters)
        XCTAssertEqual(RegisterValidation.checkName("Anna\u{1B}[31m"), .invalidCharacters)
    }

    func testDuplicatesIgnoreCaseIncludingSwedishLetters() {
        XCTAssertEqual(RegisterValidation.checkName("åsa", siblingNames: ["Åsa"]), .duplicate)
        XCTAssertEqual(RegisterValidation.checkName("ÖSTERVIK", siblingNames: ["Östervik"]), .duplicate)
        XCTAssertEqual(RegisterValidation.checkName(" Team Ängen ", siblingNames: ["team ängen"]), .duplicate)
        // Decomposed "Å" equals precomposed "å".
        XCTAssertEqual(RegisterValidation.checkName("A\u{30A}sa", siblingNames: ["åsa"]), .duplicate)
        // Diacritics matter: Åsa and Asa are different names.
        XCTAssertNil(RegisterValidation.checkName("Asa", siblingNames: ["Åsa"]))
    }

    func testDateRule() {
        XCTAssertEqual(try RegisterValidation.checkDate(" 2024-02-29 ").get().iso, "2024-02-29")
        XCTAssertEqual(RegisterValidation.checkDate(""), .failure(.required))
        XCTAssertEqual(
            RegisterValidation.checkDate("2026-02-29"),
            .failure(.invalidDate(.dayOutOfRange(day: 29, daysInMonth: 28))))
        XCTAssertEqual(RegisterValidation.checkDate("igår"), .failure(.invalidDate(.malformed("igår"))))
    }

    func testMedarbetareCollectsAllFieldErrors() {
        let draft = MedarbetareDraft(teamId: 1, name: " ", title: "", role: .medarbetare, startDate: "2026-13-01")
        let errors = RegisterValidation.validateMedarbetare(draft)
        XCTAssertEqual(errors[.name], .required)
        XCTAssertEqual(errors[.title], .required)
        XCTAssertEqual(errors[.startDate], .invalidDate(.monthOutOfRange(13)))
        XCTAssertEqual(errors.count, 3)
        let valid = MedarbetareDraft(teamId: 1, name: "Märta Öberg", title: "Undersköterska",
                                     role: .teamledare, startDate: "2019-08-15")
        XCTAssertEqual(RegisterValidation.validateMedarbetare(valid), [:])
    }

    func testEntityValidators() {
        XCTAssertEqual(RegisterValidation.validateKommun(name: "åsele", otherKommunNames: ["Åsele"]), [.name: .duplicate])
        XCTAssertEqual(RegisterValidation.validateEnhet(name: "", siblingNames: []), [.name: .required])
        XCTAssertEqual(RegisterValidation.validateTeam(name: "Team Norr", siblingNames: ["Team Söder"]), [:])
    }

    func testNormalisationAndSwedishSortOrder() {
        XCTAssertEqual(RegisterName.normalize("  A\u{30A}sa "), "Åsa")
        XCTAssertEqual(RegisterName.normalize("  A\u{30A}sa ").unicodeScalars.count, 3)
        let names = ["Östen", "Åke", "Zara", "Ärla", "Anna", "Émile", "ebba"]
        let sorted = names.sorted { RegisterName.swedishSortKey($0) < RegisterName.swedishSortKey($1) }
        XCTAssertEqual(sorted, ["Anna", "ebba", "Émile", "Zara", "Åke", "Ärla", "Östen"])
    }

    func testCodesAndDisplayNamesAreStable() {
        XCTAssertEqual(Verksamhetsomrade.allCases.map(\.rawValue),
                       ["funktionshinder", "socialpsykiatri", "vard_och_omsorg", "ifo"])
        XCTAssertEqual(Verksamhetsomrade.allCases.map(\.displayName),
                       ["Funktionshinder", "Socialpsykiatri", "Vård och omsorg", "IFO"])
        XCTAssertEqual(MedarbetarRoll.allCases.map(\.rawValue), ["medarbetare", "teamledare", "chef", "vagledare"])
        XCTAssertEqual(MedarbetarRoll.vagledare.displayName, "Vägledare")
    }
}
