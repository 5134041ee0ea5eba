import VardagDomain
import XCTest

/// The rules of a participant's competence steps and of her employment as servicebiträde.
final class ParticipantLadderTests: XCTestCase {
    private func d(_ s: String) -> LocalDate { try! LocalDate.parse(s) }
    private let today = try! LocalDate.parse("2026-12-06")

    private func problems(_ body: () throws -> Void) -> [ShadowingField: ShadowingProblem]? {
        do { try body(); return nil } catch { return (error as? ShadowingValidationFailure)?.problems }
    }

    func testStepsAreTakenInOrderDatedForwardAndNotInTheFuture() {
        let ladder = ParticipantLadder([StepCompletion(step: 2, date: d("2026-10-01")), StepCompletion(step: 1, date: d("2026-09-01"))])
        XCTAssertEqual(ladder.completions.map(\.step), [1, 2], "kept in step order")
        XCTAssertEqual(ladder.next, 3)
        XCTAssertNil(problems { try ladder.checkComplete(step: 3, on: d("2026-10-01"), today: today, employed: false) })
        XCTAssertEqual(problems { try ladder.checkComplete(step: 4, on: d("2026-11-01"), today: today, employed: false) },
                       [.step: .ladderStepMissing(3)])
        XCTAssertEqual(problems { try ladder.checkComplete(step: 2, on: d("2026-11-01"), today: today, employed: false) },
                       [.step: .ladderStepDone(2)])
        XCTAssertEqual(problems { try ladder.checkComplete(step: 6, on: d("2026-11-01"), today: today, employed: false) },
                       [.step: .unknownReference])
        XCTAssertEqual(problems { try ladder.checkComplete(step: 3, on: d("2026-09-30"), today: today, employed: false) },
                       [.date: .dateBeforePrevious(d("2026-10-01"))])
        XCTAssertEqual(problems { try ladder.checkComplete(step: 3, on: d("2026-12-07"), today: today, employed: false) },
                       [.date: .dateInFuture])
        XCTAssertEqual(problems { try ladder.checkComplete(step: 3, on: d("2026-11-01"), today: today, employed: true) },
                       [.step: .alreadyEmployed])
        XCTAssertNil(ParticipantLadder((1...5).map { StepCompletion(step: $0, date: d("2026-09-01")) }).next)
    }

    func testTheLatestStepIsTakenBackUnlessThereIsNoneOrSheIsEmployed() throws {
        let first = StepCompletion(step: 1, date: try LocalDate.parse("2026-09-20"))
        let second = StepCompletion(step: 2, date: try LocalDate.parse("2026-10-15"))
        XCTAssertEqual(try ParticipantLadder([second, first]).checkRemoveLatest(employed: false), second)
        XCTAssertThrowsError(try ParticipantLadder().checkRemoveLatest(employed: false)) { error in
            XCTAssertEqual((error as? ShadowingValidationFailure)?.problems, [.step: .noLadderStep])
        }
        XCTAssertThrowsError(try ParticipantLadder([first]).checkRemoveLatest(employed: true)) { error in
            XCTAssertEqual((error as? ShadowingValidationFailure)?.problems, [.step: .alreadyEmployed])
        }
    }

    func testEmploymentOnceStillInTheTeamOrLeftForThatJobNotBeforeHerLastStep() {
        let path = ParticipantPath(steps: [(.introduktion, d("2026-09-01")), (.sjalvstandigt, d("2026-10-20"))])
        XCTAssertNil(problems { try ParticipantLadder.checkEmploy(path: path, employed: false, start: d("2026-10-20")) })
        XCTAssertTrue(ParticipantLadder.employmentChanges(path: path) == (true, true))
        XCTAssertEqual(problems { try ParticipantLadder.checkEmploy(path: path, employed: true, start: d("2026-11-01")) },
                       [.step: .alreadyEmployed])
        XCTAssertEqual(problems { try ParticipantLadder.checkEmploy(path: path, employed: false, start: d("2026-10-19")) },
                       [.date: .dateBeforePrevious(d("2026-10-20"))])
        var studied = path
        try? studied.leave(on: d("2026-11-01"), outcome: .studier)
        XCTAssertEqual(problems { try ParticipantLadder.checkEmploy(path: studied, employed: false, start: d("2026-11-02")) },
                       [.step: .participantLeft])
        var hired = ParticipantPath(steps: [(.anstalld, d("2026-10-01"))])
        try? hired.leave(on: d("2026-10-01"), outcome: .servicebitrade)
        XCTAssertNil(problems { try ParticipantLadder.checkEmploy(path: hired, employed: false, start: d("2026-10-01")) },
                     "left for the job before the register knew her: she can still be made staff")
        XCTAssertTrue(ParticipantLadder.employmentChanges(path: hired) == (false, false))
    }

    func testTheJourneyMergesLadderStepsIntoThePathByDate() {
        var path = ParticipantPath(steps: [(.introduktion, d("2026-09-01")), (.skuggning, d("2026-09-15"))])
        try? path.leave(on: d("2026-11-01"), outcome: .servicebitrade)
        let p = ShadowingParticipant(id: 1, teamId: 1, name: "Anna", path: path,
                                     ladder: ParticipantLadder([StepCompletion(step: 1, date: d("2026-09-15")),
                                                                StepCompletion(step: 2, date: d("2026-10-10"))]))
        let lines = p.journey(today: today)
        XCTAssertEqual(lines.map(\.date.iso), ["2026-09-01", "2026-09-15", "2026-09-15", "2026-10-10", "2026-11-01"])
        XCTAssertEqual(lines.map(\.ladderStep), [nil, nil, 1, 2, nil])
        XCTAssertEqual(lines.map(\.step), [.introduktion, .skuggning, nil, nil, nil])
        XCTAssertEqual(lines.last?.outcome, .servicebitrade)
        XCTAssertEqual(lines[1].days, 47, "the path's days are the path's own")
    }
}
