@testable import VardagStore
import VardagDomain
import XCTest

/// The import's packed steps give back exactly the completions they were given.
final class CompetenceImportStepsTests: XCTestCase {
    /// Every step, validering or not, on edge dates, comes back in step order; unset steps stay unset.
    func testPackedStepsComeBackAsTheyWereGiven() throws {
        let given = [
            StepCompletion(step: 5, date: try LocalDate(year: 2024, month: 2, day: 29), validering: true),
            StepCompletion(step: 1, date: try LocalDate(year: 1950, month: 1, day: 1)),
            StepCompletion(step: 3, date: try LocalDate(year: 9999, month: 12, day: 31), validering: true),
        ]
        var steps = AppDatabase.ImportSteps()
        XCTAssertEqual(steps.count, 0)
        XCTAssertEqual(steps.completions, [])
        for completion in given { steps.record(completion) }
        XCTAssertEqual(steps.count, 3)
        XCTAssertEqual(steps.completions, given.sorted { $0.step < $1.step })
        // The same step again replaces it and is not counted twice.
        let again = StepCompletion(step: 3, date: try LocalDate(year: 2020, month: 10, day: 5))
        steps.record(again)
        XCTAssertEqual(steps.count, 3)
        XCTAssertEqual(steps.completions.map(\.date), [given[1].date, again.date, given[0].date])
    }

    /// A planned write's step keeps the person, the step, the date and validering in 16 bytes.
    func testAPlannedStepKeepsItsCompletion() throws {
        let completion = StepCompletion(step: 4, date: try LocalDate(year: 2023, month: 12, day: 31), validering: true)
        let step = AppDatabase.ImportWritePlan.Step(id: 48_778, completion: completion)
        XCTAssertEqual(step.id, 48_778)
        XCTAssertEqual(step.completion, completion)
        XCTAssertEqual(MemoryLayout<AppDatabase.ImportWritePlan.Step>.stride, 16)
        XCTAssertNil(AppDatabase.ImportSteps.unpack(0, step: 1), "0 means not done")
    }
}
