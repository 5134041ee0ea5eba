import XCTest
@testable import VardagDomain

/// No tool's validation lets a control character, an escape sequence or a bidi control
/// into stored text (issue 7), whether it comes from a paste, the command line or
/// another program; ordinary Swedish text with emoji passes unchanged.
final class ControlCharacterTests: XCTestCase {
    private let refusedInOneLine = HostileInput.embedded(HostileInput.alwaysRefused + HostileInput.lineBreaks)
    private let refusedInNotes = HostileInput.embedded(HostileInput.alwaysRefused)

    // MARK: The shared rule

    func testFreeTextRefusesEveryHostileFragmentInOneLineAndInNotes() {
        for text in refusedInOneLine {
            XCTAssertEqual(FreeText.check(text, required: true, max: 100), .failure(.controlCharacters), text.debugDescription)
        }
        for text in refusedInNotes {
            XCTAssertEqual(FreeText.check(text, required: true, max: 100, lines: .multiple), .failure(.controlCharacters),
                           text.debugDescription)
        }
    }

    func testEveryForbiddenCharacterBeginsWithAByteTheFastPathFlags() {
        var forbidden = 0
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), FreeText.isForbidden(scalar, lines: .single) else { continue }
            forbidden += 1
            let lead = String(scalar).utf8.first!
            XCTAssertTrue(FreeText.mayBeginForbidden(utf8: lead), "U+\(String(value, radix: 16)) starts with 0x\(String(lead, radix: 16))")
        }
        XCTAssertGreaterThan(forbidden, 70, "C0, DEL, C1, bidi controls and separators")
    }

    func testFreeTextKeepsOrdinaryTextAsItIs() {
        for text in HostileInput.ordinary {
            XCTAssertEqual(FreeText.check(text, required: true, max: 100), .success(text))
            XCTAssertEqual(FreeText.check(text, required: true, max: 100, lines: .multiple), .success(text))
        }
        // NFC and trimming still apply: a decomposed å is stored precomposed.
        XCTAssertEqual(FreeText.check("  a\u{30A}sa \n", required: true, max: 100), .success("åsa"))
    }

    func testMultiLineFieldsKeepTabAndLineFeedAndStoreEveryLineBreakAsLineFeed() {
        XCTAssertEqual(FreeText.check("Rad 1\r\nRad 2\rRad 3\u{2028}Rad 4\n\tRad 5", required: true, max: 100, lines: .multiple),
                       .success("Rad 1\nRad 2\nRad 3\nRad 4\n\tRad 5"))
        XCTAssertEqual(FreeText.check("Rad 1\nRad 2", required: true, max: 100), .failure(.controlCharacters))
    }

    // MARK: Each tool

    func testRegisterNamesAndTitles() {
        for text in refusedInOneLine {
            XCTAssertEqual(RegisterValidation.checkName(text), .invalidCharacters, text.debugDescription)
            let draft = MedarbetareDraft(teamId: 1, name: "Bo Ek", title: text, role: .medarbetare, startDate: "2026-01-01")
            XCTAssertEqual(RegisterValidation.validateMedarbetare(draft), [.title: .invalidCharacters], text.debugDescription)
        }
        for text in HostileInput.ordinary {
            XCTAssertNil(RegisterValidation.checkName(text))
            XCTAssertEqual(RegisterValidation.validateKommun(name: text, otherKommunNames: []), [:])
        }
    }

    func testWorkloadCaseReferenceNoteAndDecisionNote() throws {
        for text in refusedInOneLine {
            XCTAssertThrowsError(try CaseDraft(reference: text, note: text, time: "3", difficulty: "3").validate()) { error in
                XCTAssertEqual((error as? WorkloadFailure)?.errors, [.reference: .invalidCharacters, .note: .invalidCharacters])
            }
            XCTAssertThrowsError(try CaseDraft.checkNote(text)) { error in
                XCTAssertEqual((error as? WorkloadFailure)?.errors, [.note: .invalidCharacters])
            }
        }
        // A reference that reads as a person's name ("Åsa Öberg-Ärlig") is refused on its
        // own grounds (PersonnummerInNamesTests); the note keeps it.
        for text in HostileInput.ordinary {
            let reference = SwedishFirstNames.looksLikePersonName(text) ? "Ärende 14" : String(text.prefix(CaseDraft.referenceMax))
            let valid = try CaseDraft(reference: reference, note: text, time: "3", difficulty: "3").validate()
            XCTAssertEqual(valid.note, text)
            XCTAssertEqual(try CaseDraft.checkNote(text), text)
        }
    }

    func testDialogueTextsAndNotes() {
        for text in refusedInOneLine {
            XCTAssertEqual(DialogueRules.checkText(text, required: true, max: DialogueRules.maxTextLength), .failure(.invalidCharacters),
                           text.debugDescription)
        }
        for text in refusedInNotes {
            XCTAssertEqual(DialogueRules.checkText(text, required: false, max: DialogueRules.maxTextLength, multiline: true),
                           .failure(.invalidCharacters), text.debugDescription)
        }
        for text in HostileInput.ordinary {
            XCTAssertEqual(DialogueRules.checkText(text, required: true, max: DialogueRules.maxThemeLength), .success(text))
        }
        XCTAssertEqual(DialogueRules.checkText("Vi åt\r\n\tsoppa", required: false, max: 100, multiline: true), .success("Vi åt\n\tsoppa"))
    }

    func testShadowingNamesStatementsAndLessons() throws {
        for text in refusedInOneLine {
            XCTAssertThrowsError(try ShadowingRules.validateText(text, field: .name, max: ShadowingRules.maxNameLength)) { error in
                XCTAssertEqual((error as? ShadowingValidationFailure)?.problems, [.name: .invalidCharacters], text.debugDescription)
            }
            XCTAssertThrowsError(try ShadowingRules.validateText(text, field: .statement, max: ShadowingRules.maxStatementLength)) {
                XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.statement: .invalidCharacters])
            }
        }
        let period = try LocalDate.parse("2026-09-01")...LocalDate.parse("2026-12-31")
        func day(lessons: String) throws -> String {
            let draft = DayEntryDraft(teamId: 1, participantId: 1, date: "2026-10-05", role: .underskoterska,
                                      tasks: [.init(taskId: 1, minutes: "30", judgement: .yes)], lessons: lessons)
            return try ShadowingRules.validate(draft, period: period, members: [1], taskIds: [1]).lessons
        }
        for text in refusedInNotes {
            XCTAssertThrowsError(try day(lessons: text)) { error in
                XCTAssertEqual((error as? ShadowingValidationFailure)?.problems, [.lessons: .invalidCharacters], text.debugDescription)
            }
        }
        for text in HostileInput.ordinary {
            XCTAssertEqual(try ShadowingRules.validateText(text, field: .name, max: ShadowingRules.maxNameLength), text)
            XCTAssertEqual(try day(lessons: text), text)
        }
        XCTAssertEqual(try day(lessons: " Dusch\r\ngick bra \n"), "Dusch\ngick bra")
    }

    func testCompetencePlanCourseWishesAndLadderStep() throws {
        let today = try LocalDate.parse("2026-11-23")
        for text in refusedInOneLine {
            XCTAssertThrowsError(try PlanItem(id: 0, medarbetareId: 1, step: nil, course: text, targetDate: today, status: .planerad).validate()) {
                XCTAssertEqual($0 as? CompetenceError, .invalidCharacters(.course), text.debugDescription)
            }
            XCTAssertThrowsError(try LadderStep(number: 1, name: text, content: "", courses: []).validated()) {
                XCTAssertEqual($0 as? CompetenceError, .invalidCharacters(.stepName))
            }
            XCTAssertThrowsError(try LadderStep(number: 1, name: "Steg", content: "", courses: ["Kurs", text]).validated()) {
                XCTAssertEqual($0 as? CompetenceError, .invalidCharacters(.course))
            }
        }
        for text in refusedInNotes {
            XCTAssertThrowsError(try CompetenceMapping(medarbetareId: 1, titleId: 1, wishes: text).validate()) {
                XCTAssertEqual($0 as? CompetenceError, .invalidCharacters(.wishes), text.debugDescription)
            }
            XCTAssertThrowsError(try LadderStep(number: 1, name: "Steg", content: text, courses: []).validated()) {
                XCTAssertEqual($0 as? CompetenceError, .invalidCharacters(.content))
            }
        }
        for text in HostileInput.ordinary {
            XCTAssertNoThrow(try PlanItem(id: 0, medarbetareId: 1, step: nil, course: text, targetDate: today, status: .planerad).validate())
            XCTAssertNoThrow(try CompetenceMapping(medarbetareId: 1, titleId: 1, wishes: text).validate())
            XCTAssertEqual(try LadderStep(number: 2, name: text, content: text, courses: [text, " "]).validated(),
                           LadderStep(number: 2, name: text, content: text, courses: [text]))
        }
    }
}
