import VardagDomain
import XCTest

/// The rules of a spreading activity (kunskapsspridning): what it may say, when it counts as
/// held or overdue, that it spreads something completed, and a group's steps against spread.
final class SpreadingRulesTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { try! LocalDate.parse(text) }
    private lazy var today = date("2026-11-23")

    private func activity(step: Int? = 2, plan: Int64? = nil, planned: String = "2026-12-01", held: String? = nil,
                          count: Int? = nil, outcome: String = "", description: String = "") -> SpreadingActivity {
        SpreadingActivity(id: 1, medarbetareId: 7, step: step, planItemId: plan, kind: .presentation, description: description,
                          audience: .team, plannedOn: date(planned), heldOn: held.map(date), participants: count, outcome: outcome)
    }

    func testAHeldActivityNeedsAPastDayAndACountInRange() throws {
        XCTAssertNoThrow(try activity().validate(today: today))
        XCTAssertNoThrow(try activity(held: "2026-11-23", count: 12, outcome: "Ny rutin.\nFärre fel.").validate(today: today))
        XCTAssertNoThrow(try activity(held: "2026-11-20").validate(today: today), "the count may come later")
        XCTAssertThrowsError(try activity(held: "2026-11-24", count: 3).validate(today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .heldInFuture)
        }
        for bad in [0, 1001, -4] {
            XCTAssertThrowsError(try activity(held: "2026-11-20", count: bad).validate(today: today)) {
                XCTAssertEqual($0 as? SpreadingError, .participantsOutOfRange(bad))
            }
        }
        XCTAssertNoThrow(try activity(held: "2026-11-20", count: 1000).validate(today: today))
    }

    func testNothingButThePlanBeforeItIsHeld() {
        XCTAssertThrowsError(try activity(count: 5).validate(today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .notHeldYet(.participants))
        }
        XCTAssertThrowsError(try activity(outcome: "Bättre").validate(today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .notHeldYet(.outcome))
        }
    }

    func testTextIsOneLineOfTwoHundredAndOutcomeFiveHundredWithoutControls() {
        XCTAssertNoThrow(try activity(description: String(repeating: "å", count: 200)).validate(today: today))
        XCTAssertThrowsError(try activity(description: String(repeating: "å", count: 201)).validate(today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .tooLong(.description, max: 200))
        }
        XCTAssertThrowsError(try activity(description: "Rad ett\nrad två").validate(today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .invalidCharacters(.description))
        }
        XCTAssertThrowsError(try activity(held: "2026-11-01", outcome: "Bra\u{1B}[2J").validate(today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .invalidCharacters(.outcome))
        }
        XCTAssertThrowsError(try activity(held: "2026-11-01", outcome: String(repeating: "ö", count: 501)).validate(today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .tooLong(.outcome, max: 500))
        }
    }

    func testOverdueIsPlannedBeforeTodayAndNotHeld() {
        XCTAssertFalse(activity(planned: "2026-11-23").isOverdue(today: today))
        XCTAssertTrue(activity(planned: "2026-11-22").isOverdue(today: today))
        XCTAssertFalse(activity(planned: "2026-11-01", held: "2026-11-02").isOverdue(today: today))
    }

    func testOnlyACompletedStepOrAFinishedPlanItemOfHersIsSpread() {
        let done = [StepCompletion(step: 1, date: date("2025-01-01")), StepCompletion(step: 2, date: date("2026-01-01"), validering: true)]
        XCTAssertNoThrow(try activity(step: 2).validateSource(completions: done, planItem: nil))
        XCTAssertThrowsError(try activity(step: 3).validateSource(completions: done, planItem: nil))
        XCTAssertThrowsError(try activity(step: nil).validateSource(completions: done, planItem: nil))
        var course = PlanItem(id: 9, medarbetareId: 7, step: nil, course: "Demens ABC", targetDate: date("2026-10-01"), status: .pagar)
        XCTAssertThrowsError(try activity(step: nil, plan: 9).validateSource(completions: [], planItem: course), "not klar")
        course.status = .klar
        XCTAssertNoThrow(try activity(step: nil, plan: 9).validateSource(completions: [], planItem: course))
        XCTAssertThrowsError(try activity(step: nil, plan: 9).validateSource(completions: [], planItem: nil), "no such item")
        var someoneElses = course
        someoneElses.medarbetareId = 8
        XCTAssertThrowsError(try activity(step: nil, plan: 9).validateSource(completions: [], planItem: someoneElses))
        let stepItem = PlanItem(id: 9, medarbetareId: 7, step: 3, course: "", targetDate: date("2026-10-01"), status: .klar)
        XCTAssertNoThrow(try activity(step: 3, plan: 9).validateSource(completions: [], planItem: stepItem))
        XCTAssertThrowsError(try activity(step: 2, plan: 9).validateSource(completions: done, planItem: stepItem), "another step than the item's")
    }

    func testASummaryCountsEachPersonsStepOnceAndOnlyHeldSpreadingOfTheSameStep() {
        let done = [StepCompletion(step: 1, date: date("2025-01-01")), StepCompletion(step: 2, date: date("2026-01-01"))]
        var held = activity(step: 1, planned: "2026-02-01", held: "2026-02-03", count: 6)
        held.medarbetareId = 7
        var again = held
        again.id = 2
        var otherPersonsStep = held
        otherPersonsStep.medarbetareId = 8
        otherPersonsStep.step = 2
        var overdue = activity(step: 2, planned: "2026-11-01")
        overdue.medarbetareId = 7
        var planned = activity(step: 1, planned: "2026-12-24")
        planned.medarbetareId = 8
        let summary = SpreadingSummary.summarise(
            completions: [7: done, 8: [StepCompletion(step: 1, date: date("2025-05-05"))], 9: []],
            activities: [held, again, otherPersonsStep, overdue, planned], today: today)
        XCTAssertEqual(summary, SpreadingSummary(completedSteps: 3, spreadSteps: 1, planned: 2, overdue: 1))
        XCTAssertEqual(summary.share ?? 0, 1.0 / 3.0, accuracy: 1e-9)
        XCTAssertNil(SpreadingSummary.summarise(completions: [:], activities: [], today: today).share)
    }
}
