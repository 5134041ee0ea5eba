import XCTest
@testable import VardagDomain

final class CompetenceRulesTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { try! LocalDate.parse(text) }

    private let usk = CompetenceTitle(id: 1, name: "Undersköterska", educationKind: .gymnasial, points: 1500,
                                      certificateRequired: true, protected: true)
    private let vbtr = CompetenceTitle(id: 2, name: "Vårdbiträde", educationKind: .gymnasial, points: 800,
                                       certificateRequired: false, protected: false)

    func testCertificateHolderIsCertifiedAlways() {
        XCTAssertEqual(ProtectedTitleRule.standing(certificate: true, employedAsTitleOnProtectionDay: false, today: date("2040-01-01")), .certified)
    }

    func testTransitionRunsToTheLastDayInclusiveAndThenEnds() {
        XCTAssertEqual(ProtectedTitleRule.standing(certificate: false, employedAsTitleOnProtectionDay: true, today: date("2033-06-29")), .transition(daysLeft: 1))
        XCTAssertEqual(ProtectedTitleRule.standing(certificate: false, employedAsTitleOnProtectionDay: true, today: date("2033-06-30")), .transition(daysLeft: 0))
        XCTAssertEqual(ProtectedTitleRule.standing(certificate: false, employedAsTitleOnProtectionDay: true, today: date("2033-07-01")), .missingCertificate)
        XCTAssertEqual(ProtectedTitleRule.standing(certificate: false, employedAsTitleOnProtectionDay: true, today: date("2026-11-23")), .transition(daysLeft: 2411))
    }

    func testWithoutEmploymentOnProtectionDayThereIsNoTransition() {
        XCTAssertEqual(ProtectedTitleRule.standing(certificate: false, employedAsTitleOnProtectionDay: false, today: date("2023-07-01")), .missingCertificate)
        XCTAssertEqual(ProtectedTitleRule.standing(certificate: false, employedAsTitleOnProtectionDay: false, today: date("2023-06-30")), .certified)
        XCTAssertTrue(ProtectedTitleRule.couldRelyOnTransition(startDate: date("2023-07-01")))
        XCTAssertFalse(ProtectedTitleRule.couldRelyOnTransition(startDate: date("2023-07-02")))
    }

    func testEducationNeedsKindAndPointsButHigherKindAlwaysMeets() {
        var mapping = CompetenceMapping(medarbetareId: 1, titleId: 1, educationKind: .gymnasial, points: 1499)
        XCTAssertFalse(CompetenceAssessment.meetsEducation(mapping, usk))
        mapping.points = 1500
        XCTAssertTrue(CompetenceAssessment.meetsEducation(mapping, usk))
        mapping.educationKind = .hogskola
        mapping.points = 0
        XCTAssertTrue(CompetenceAssessment.meetsEducation(mapping, usk))
        mapping.educationKind = .ingen
        XCTAssertFalse(CompetenceAssessment.meetsEducation(mapping, vbtr))
    }

    func testAssessmentGivesGapsPlannedAndTransitionCells() {
        let mapping = CompetenceMapping(
            medarbetareId: 1, titleId: 1, educationKind: .gymnasial, points: 1500, certificate: false,
            employedOnProtectionDay: true,
            completions: [StepCompletion(step: 1, date: date("2024-02-01")), StepCompletion(step: 2, date: date("2024-09-01"))])
        let result = CompetenceAssessment.assess(mapping: mapping, title: usk, hasLadder: true, plannedSteps: [3], today: date("2026-11-23"))
        XCTAssertEqual(result.cells[.education], .done)
        XCTAssertEqual(result.cells[.certificate], .transition)
        XCTAssertEqual(result.cells[.step(2)], .done)
        XCTAssertEqual(result.cells[.step(3)], .planned)
        XCTAssertEqual(result.cells[.step(4)], .missing)
        XCTAssertEqual(result.gaps, [.step(3), .step(4), .step(5)])
        XCTAssertEqual(result.doneCount, 4)
        XCTAssertEqual(result.applicableCount, 7)
        let ifo = CompetenceAssessment.assess(mapping: mapping, title: vbtr, hasLadder: false, today: date("2026-11-23"))
        XCTAssertEqual(ifo.cells[.step(1)], .notApplicable)
        XCTAssertEqual(ifo.cells[.certificate], .notApplicable)
        XCTAssertEqual(ifo.gaps, [])
    }

    func testStepsInOrderUnlessValidated() throws {
        XCTAssertNoThrow(try StepOrder.validate([StepCompletion(step: 1, date: date("2024-01-01")), StepCompletion(step: 2, date: date("2024-02-01"))]))
        XCTAssertThrowsError(try StepOrder.validate([StepCompletion(step: 1, date: date("2024-01-01")), StepCompletion(step: 3, date: date("2024-02-01"))])) {
            XCTAssertEqual($0 as? CompetenceError, .stepOutOfOrder(step: 3, missing: 2))
        }
        XCTAssertNoThrow(try StepOrder.validate([StepCompletion(step: 3, date: date("2024-02-01"), validering: true)]))
        XCTAssertNoThrow(try StepOrder.validate([StepCompletion(step: 1, date: date("2024-01-01"), validering: true), StepCompletion(step: 2, date: date("2024-02-01"))]))
        XCTAssertThrowsError(try StepOrder.validate([StepCompletion(step: 6, date: date("2024-02-01"), validering: true)])) {
            XCTAssertEqual($0 as? CompetenceError, .unknownStep(6))
        }
        XCTAssertEqual(StepOrder.nextStep(after: [StepCompletion(step: 1, date: date("2024-01-01"))]), 2)
    }

    func testPointsMustBeZeroTo5000() {
        XCTAssertNoThrow(try CompetenceMapping(medarbetareId: 1, titleId: nil, points: 5000).validate())
        XCTAssertThrowsError(try CompetenceMapping(medarbetareId: 1, titleId: nil, points: 5001).validate())
        XCTAssertThrowsError(try CompetenceMapping(medarbetareId: 1, titleId: nil, points: -1).validate())
    }

    func testLadderHasExactlyFiveSteps() {
        let steps = (1...5).map { LadderStep(number: $0, name: "Steg \($0)", content: "", courses: []) }
        XCTAssertNoThrow(try Ladder(omrade: .socialpsykiatri, steps: steps.reversed()))
        XCTAssertThrowsError(try Ladder(omrade: .socialpsykiatri, steps: Array(steps.prefix(4))))
        XCTAssertThrowsError(try Ladder(omrade: .socialpsykiatri, steps: steps + [LadderStep(number: 6, name: "x", content: "", courses: [])]))
    }

    func testSuppressionAtTheThreshold() throws {
        let rule = try SmallGroupSuppression()
        XCTAssertNil(rule.share(met: 4, groupSize: 4))
        XCTAssertEqual(rule.share(met: 3, groupSize: 6), 0.5)
        XCTAssertEqual(ComparisonCell(groupSize: 4, met: 1, suppression: rule).text, "–")
        XCTAssertEqual(ComparisonCell(groupSize: 6, met: 3, suppression: rule).text, "50 %")
        let strict = try SmallGroupSuppression(threshold: 11)
        XCTAssertTrue(strict.suppresses(groupSize: 10))
        XCTAssertThrowsError(try SmallGroupSuppression(threshold: 1))
    }

    func testOverdueOnlyWhenOpenAndPastTarget() {
        let item = PlanItem(id: 1, medarbetareId: 1, step: 2, course: "", targetDate: date("2026-11-22"), status: .planerad)
        XCTAssertTrue(item.isOverdue(today: date("2026-11-23")))
        XCTAssertFalse(item.isOverdue(today: date("2026-11-22")))
        var done = item
        done.status = .klar
        XCTAssertFalse(done.isOverdue(today: date("2026-11-23")))
        XCTAssertEqual(Quarter(date("2026-11-23")).description, "2026-K4")
        XCTAssertEqual(Quarter(date("2026-12-31")).next.description, "2027-K1")
    }
}
