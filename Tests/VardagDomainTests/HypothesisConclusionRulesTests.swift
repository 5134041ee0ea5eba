import XCTest
@testable import VardagDomain

/// The rules for a hypothesis's notes and conclusion, and what a line of its history says.
final class HypothesisConclusionRulesTests: XCTestCase {
    func testAClosedStatusNeedsAConclusionAndAnOpenOneHasNone() throws {
        for status in [HypothesisStatus.bekraftad, .forkastad] {
            XCTAssertThrowsError(try ShadowingRules.validateConclusion("  ", status: status)) {
                XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.conclusion: .required])
            }
            XCTAssertEqual(try ShadowingRules.validateConclusion(" Det höll. ", status: status), "Det höll.")
        }
        for status in [HypothesisStatus.attProva, .pagar] {
            XCTAssertNil(try ShadowingRules.validateConclusion("kvar från förr", status: status))
        }
        XCTAssertThrowsError(try ShadowingRules.validateConclusion("19121212-1212", status: .bekraftad)) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.conclusion: .personnummer])
        }
    }

    func testANoteIsOneCheckedLine() throws {
        XCTAssertEqual(try ShadowingRules.validateNote(" Ringer MAS. "), "Ringer MAS.")
        XCTAssertThrowsError(try ShadowingRules.validateNote("Rad 1\nRad 2")) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.note: .invalidCharacters])
        }
        XCTAssertThrowsError(try ShadowingRules.validateNote(String(repeating: "ö", count: ShadowingRules.maxNoteLength + 1))) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.note: .tooLong(max: 1000)])
        }
    }

    func testOnlyAChangeToAClosedStatusCloses() {
        func event(_ kind: HypothesisEvent.Kind, _ to: HypothesisStatus?) -> HypothesisEvent {
            HypothesisEvent(id: 1, hypothesisId: 1, kind: kind, oldStatus: nil, newStatus: to, text: "", writtenBy: "a", at: "2026-11-23T08:00:00Z")
        }
        XCTAssertTrue(event(.status, .bekraftad).closes)
        XCTAssertTrue(event(.status, .forkastad).closes)
        XCTAssertFalse(event(.status, .pagar).closes)
        XCTAssertFalse(event(.note, nil).closes)
    }
}
