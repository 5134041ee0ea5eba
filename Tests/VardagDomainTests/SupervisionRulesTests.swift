import VardagDomain
import XCTest

/// Skuggning's handledare rules: who is in the team in a week, places against participants,
/// those without a handledare, and which new assignment is allowed.
final class SupervisionRulesTests: XCTestCase {
    private func day(_ text: String) -> LocalDate { try! LocalDate.parse(text) }

    private lazy var team = ShadowingTeam(id: 1, kommunId: 1, hostTeamId: 1, name: "T", startDate: day("2026-09-07"), endDate: day("2026-10-04"))

    private func participant(_ id: Int64, joined: String?, left: String? = nil) -> ShadowingParticipant {
        ShadowingParticipant(id: id, teamId: 1, name: "P\(id)", path: ParticipantPath(
            steps: joined.map { [(PathStep.introduktion, day($0))] } ?? [], left: left.map { (day($0), PathOutcome.avbrott) }))
    }

    private func supervisor(_ id: Int64, places: Int, since: String) -> ShadowingSupervisor {
        ShadowingSupervisor(teamId: 1, medarbetareId: id, name: "H\(id)", trainedOn: nil, places: places, since: day(since))
    }

    /// Participants join on their first step (or the team's start) and count until the week
    /// they leave; places count from the week a handledare joins the pool; a participant is
    /// without a handledare in a week no assignment of hers touches.
    func testWeeksCountParticipantsPlacesShortageAndThoseWithoutAHandledare() {
        let people = [participant(1, joined: nil), participant(2, joined: "2026-09-16"), participant(3, joined: "2026-09-07", left: "2026-09-22"),
                      participant(4, joined: "2026-09-28")]
        let pool = [supervisor(10, places: 1, since: "2026-09-01"), supervisor(11, places: 2, since: "2026-09-27")]
        let assignments = [
            SupervisionAssignment(id: 1, participantId: 1, supervisorId: 10, from: day("2026-09-07"), to: day("2026-09-20")),
            SupervisionAssignment(id: 2, participantId: 1, supervisorId: 11, from: day("2026-09-21"), to: nil),
            SupervisionAssignment(id: 3, participantId: 2, supervisorId: 11, from: day("2026-09-27"), to: nil),
        ]
        let weeks = SupervisionRules.weeks(team: team, from: day("2026-08-01"), to: day("2026-12-31"), participants: people, pool: pool,
                                           assignments: assignments)
        XCTAssertEqual(weeks.map(\.week.description), ["2026-W37", "2026-W38", "2026-W39", "2026-W40"])
        XCTAssertEqual(weeks.map(\.participants), [2, 3, 3, 3])
        XCTAssertEqual(weeks.map(\.supervisors), [1, 1, 2, 2])
        XCTAssertEqual(weeks.map(\.places), [1, 1, 3, 3])
        XCTAssertEqual(weeks.map(\.shortage), [1, 2, 0, 0])
        XCTAssertEqual(weeks.map(\.withoutSupervisor), [1, 2, 1, 1])
        XCTAssertEqual(weeks.map(\.isFlagged), [true, true, true, true])
        XCTAssertEqual(SupervisionRules.load(on: day("2026-09-28"), participants: people, team: team, assignments: assignments), [11: 2])
        XCTAssertEqual(SupervisionRules.supervisor(of: 1, on: day("2026-09-20"), assignments: assignments)?.supervisorId, 10)
        XCTAssertNil(SupervisionRules.supervisor(of: 4, on: day("2026-09-28"), assignments: assignments))
        XCTAssertEqual(SupervisionRules.weeks(team: team, from: day("2026-10-05"), to: day("2026-10-31"), participants: people,
                                              pool: pool, assignments: assignments), [])
    }

    func testPlacesAndTheAssignmentRule() {
        XCTAssertEqual(SupervisionRules.places(" 3 "), 3)
        XCTAssertEqual(SupervisionRules.places("0"), 0)
        XCTAssertNil(SupervisionRules.places("11"))
        XCTAssertNil(SupervisionRules.places("två"))
        let latest = SupervisionAssignment(id: 1, participantId: 1, supervisorId: 10, from: day("2026-09-14"), to: nil)
        let anna = participant(1, joined: nil, left: "2026-09-30")
        func problems(_ from: String) -> [ShadowingField: ShadowingProblem]? {
            do {
                try SupervisionRules.checkAssignment(from: day(from), latest: latest, participant: anna, team: team)
                return nil
            } catch { return error.problems }
        }
        XCTAssertNil(problems("2026-09-14"), "the same day replaces it")
        XCTAssertNil(problems("2026-09-21"))
        XCTAssertEqual(problems("2026-09-13"), [.date: .dateBeforePrevious(day("2026-09-14"))])
        XCTAssertEqual(problems("2026-10-01"), [.date: .leftOn(day("2026-09-30"))])
        XCTAssertEqual(problems("2026-10-05"), [.date: .outsidePeriod(start: day("2026-09-07"), end: day("2026-10-04"))])
    }
}
