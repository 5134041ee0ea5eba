import XCTest
@testable import VardagDomain

final class ShadowingDomainTests: XCTestCase {
    private let catalogue = [
        ShadowingTask(id: 1, name: "Tvätt", category: .service, defaultJudgement: .yes, defaultMinutes: 30),
        ShadowingTask(id: 2, name: "Inköp", category: .service, defaultJudgement: .yes, defaultMinutes: 45),
        ShadowingTask(id: 3, name: "Personlig hygien", category: .omvardnad, defaultJudgement: .no, defaultMinutes: 30),
        ShadowingTask(id: 4, name: "Läkemedelsöverlämning", category: .delegeradHSL, defaultJudgement: .no, defaultMinutes: 10),
        ShadowingTask(id: 5, name: "Tvättstuga", category: .service, defaultJudgement: .yes, defaultMinutes: 20, active: false),
        ShadowingTask(id: 6, name: "Städning", category: .service, defaultJudgement: .yes, defaultMinutes: 60),
        ShadowingTask(id: 7, name: "Mattvätt", category: .service, defaultJudgement: .yes, defaultMinutes: 60),
    ]

    // MARK: Search

    func testSearchFindsTasksByPrefixWithSwedishLettersAndIgnoresCase() {
        let search = TaskSearch(tasks: catalogue)
        XCTAssertEqual(search.matches("tvä").map(\.name), ["Tvätt", "Mattvätt"], "prefix first, then inside; inactive left out")
        XCTAssertEqual(search.matches("inkö").map(\.name), ["Inköp"])
        XCTAssertEqual(search.matches("INKÖ").map(\.name), ["Inköp"])
        XCTAssertEqual(search.matches("ÖVER").map(\.name), ["Läkemedelsöverlämning"])
        XCTAssertEqual(search.matches("hyg").map(\.name), ["Personlig hygien"], "a later word's start")
        XCTAssertEqual(search.matches("").map(\.name), ["Inköp", "Läkemedelsöverlämning", "Mattvätt", "Personlig hygien", "Städning", "Tvätt"])
        XCTAssertEqual(search.matches("xyz"), [])
    }

    func testSearchTreatsÅÄÖAsOwnLettersAndFoldsOnlyWhenNothingElseMatches() {
        let search = TaskSearch(tasks: catalogue)
        XCTAssertEqual(search.matches("sta").map(\.name), ["Städning"], "no exact match, so 'sta' falls back to 'stä'")
        XCTAssertEqual(search.matches("tva").map(\.name), ["Tvätt", "Mattvätt"])
        // "ink" matches exactly; the fallback is not used.
        XCTAssertEqual(search.matches("ink").map(\.name), ["Inköp"])
        // A decomposed "ä" (a + combining diaeresis) is the same letter.
        XCTAssertEqual(search.matches("tva\u{308}").map(\.name), ["Tvätt", "Mattvätt"])
    }

    // MARK: Catalogue

    func testStarterCatalogueDefaultsDecodeFromTheFileShape() throws {
        let json = #"[{"name": "Tvätt", "category": "service", "judgement": "ja", "minutes": 30},"#
            + #"{"name": "Läkemedelsöverlämning", "category": "delegerad_hsl", "judgement": "nej", "minutes": 10}]"#
        let tasks = try JSONDecoder().decode([ShadowingTask].self, from: Data(json.utf8))
        XCTAssertEqual(tasks[0].defaultJudgement, .yes)
        XCTAssertEqual(tasks[0].defaultMinutes, 30)
        XCTAssertEqual(tasks[1].category, .delegeradHSL)
        XCTAssertEqual(tasks[1].defaultJudgement, .no)
        XCTAssertTrue(tasks[1].active)
    }

    // MARK: Rules

    private func draft(date: String = "2026-10-05", participant: Int64? = 1, lines: [(Int64?, String)]) -> DayEntryDraft {
        DayEntryDraft(teamId: 1, participantId: participant, date: date, role: .underskoterska,
                      tasks: lines.map { .init(taskId: $0.0, minutes: $0.1, judgement: .yes) }, lessons: "")
    }

    private let period = try! LocalDate.parse("2026-09-01")...LocalDate.parse("2026-12-31")

    func testValidEntryPassesWithParsedMinutes() throws {
        let result = try ShadowingRules.validate(draft(lines: [(1, "30"), (2, " 600 "), (3, "1")]),
                                                 period: period, members: [1], taskIds: [1, 2, 3])
        XCTAssertEqual(result.minutes, [30, 600, 1])
        XCTAssertEqual(result.date.iso, "2026-10-05")
    }

    func testEntryRulesRefuseEachFieldWithItsOwnProblem() {
        XCTAssertThrowsError(try ShadowingRules.validate(
            draft(date: "2027-01-01", participant: 9, lines: [(nil, "30"), (1, "0"), (1, "601"), (42, "abc")]),
            period: period, members: [1], taskIds: [1])) { error in
            let problems = (error as! ShadowingValidationFailure).problems
            XCTAssertEqual(problems[.date], .outsidePeriod(start: period.lowerBound, end: period.upperBound))
            XCTAssertEqual(problems[.participant], .notInTeam)
            XCTAssertEqual(problems[.task(0)], .required)
            XCTAssertNil(problems[.minutes(0)])
            XCTAssertEqual(problems[.minutes(1)], .minutesOutOfRange)
            XCTAssertEqual(problems[.minutes(2)], .minutesOutOfRange)
            XCTAssertEqual(problems[.task(3)], .unknownReference)
            XCTAssertEqual(problems[.minutes(3)], .minutesOutOfRange)
            XCTAssertEqual(problems.count, 7)
        }
        XCTAssertThrowsError(try ShadowingRules.validate(draft(date: "2026-13-01", lines: []), period: period, members: [1], taskIds: [])) {
            XCTAssertEqual(($0 as! ShadowingValidationFailure).problems, [.date: .invalidDate])
        }
    }

    func testTeamSizeWarningOutsideEightToSixteen() {
        XCTAssertTrue(ShadowingRules.sizeNeedsWarning(7))
        XCTAssertFalse(ShadowingRules.sizeNeedsWarning(8))
        XCTAssertFalse(ShadowingRules.sizeNeedsWarning(16))
        XCTAssertTrue(ShadowingRules.sizeNeedsWarning(17))
    }

    func testPeriodEndBeforeStartIsRefused() {
        XCTAssertThrowsError(try ShadowingRules.validatePeriod(start: "2026-10-01", end: "2026-09-30")) {
            XCTAssertEqual(($0 as! ShadowingValidationFailure).problems, [.endDate: .endBeforeStart])
        }
    }

    // MARK: Path

    /// The step history has every step with its date and the days spent in it, the current
    /// step running to today, and after leaving a last line with the outcome.
    /// Lessons group by ISO week in week order, empty ones left out; the text has a heading
    /// and one line per lesson with its date and participant, line breaks as " / ".
    func testWeeklyLessonsGroupByIsoWeekAsText() throws {
        let d = { (t: String) in try LocalDate.parse(t) }
        let weeks = WeeklyLessons.grouped([
            .init(date: try d("2026-11-12"), participant: "Bo Ek", text: "Apoteket tar tid."),
            .init(date: try d("2026-11-16"), participant: "Anna Åkesson", text: "Rad ett\nrad två"),
            .init(date: try d("2026-11-17"), participant: "Bo Ek", text: "  "),
            .init(date: try d("2026-11-22"), participant: "Özlem Yıldız", text: "Söndag räknas till vecka 47."),
        ])
        XCTAssertEqual(weeks.map(\.week.description), ["2026-W46", "2026-W47"])
        XCTAssertEqual(weeks[1].lessons.map(\.participant), ["Anna Åkesson", "Özlem Yıldız"])
        XCTAssertEqual(weeks[1].textLines(heading: "Vecka 47"), [
            "Vecka 47", "2026-11-16 Anna Åkesson: Rad ett / rad två", "2026-11-22 Özlem Yıldız: Söndag räknas till vecka 47.",
        ])
        XCTAssertEqual(WeeklyLessons.grouped([]), [])
    }

    func testStepHistoryHasEveryDateAndTheDaysInEachStep() throws {
        let d = { (t: String) in try LocalDate.parse(t) }
        var path = ParticipantPath()
        try path.advance(to: .introduktion, on: d("2026-11-02"))
        try path.advance(to: .skuggning, on: d("2026-11-09"))
        let open = path.history(today: try d("2026-11-23"))
        XCTAssertEqual(open.map(\.step), [.introduktion, .skuggning])
        XCTAssertEqual(open.map(\.date.iso), ["2026-11-02", "2026-11-09"])
        XCTAssertEqual(open.map(\.days), [7, 14])
        XCTAssertEqual(open.map(\.isCurrent), [false, true])
        try path.leave(on: d("2026-12-01"), outcome: .studier)
        let closed = path.history(today: try d("2027-01-10"))
        XCTAssertEqual(closed.map(\.days), [7, 22, nil], "after leaving, the last step ends on the day she left")
        XCTAssertEqual(closed.last?.outcome, .studier)
        XCTAssertNil(closed.last?.step)
        XCTAssertFalse(closed.contains { $0.isCurrent })
        XCTAssertEqual(ParticipantPath().history(today: try d("2026-11-23")), [])
    }

    func testPathStepsGoForwardOnlyMaySkipAndStopAfterLeaving() throws {
        let d = { (s: String) in try LocalDate.parse(s) }
        var path = ParticipantPath()
        try path.advance(to: .introduktion, on: d("2026-09-01"))
        try path.advance(to: .skuggning, on: d("2026-09-08"))
        XCTAssertThrowsError(try path.advance(to: .skuggning, on: d("2026-09-09"))) {
            XCTAssertEqual(($0 as! ShadowingValidationFailure).problems, [.step: .stepNotForward(current: .skuggning)])
        }
        XCTAssertThrowsError(try path.advance(to: .egnaMedStod, on: d("2026-09-07"))) {
            XCTAssertEqual(($0 as! ShadowingValidationFailure).problems, [.date: .dateBeforePrevious(try! d("2026-09-08"))])
        }
        try path.advance(to: .sjalvstandigt, on: d("2026-10-01"))
        XCTAssertEqual(path.current, .sjalvstandigt)
        XCTAssertEqual(PathStep.skuggning.next, .egnaMedStod)
        XCTAssertNil(PathStep.anstalld.next)
        try path.leave(on: d("2026-10-30"), outcome: .servicebitrade)
        XCTAssertThrowsError(try path.advance(to: .anstalld, on: d("2026-11-01"))) {
            XCTAssertEqual(($0 as! ShadowingValidationFailure).problems, [.step: .participantLeft])
        }
    }

    func testAStepDateIsCorrectedOnlyBetweenItsNeighboursAndTheLatestStepTakenBackOnlyBeforeLeaving() throws {
        let d = { (s: String) in try LocalDate.parse(s) }
        func problems(_ body: () throws -> Void) -> [ShadowingField: ShadowingProblem] {
            do { try body() } catch let failure as ShadowingValidationFailure { return failure.problems } catch {}
            return [:]
        }
        var path = ParticipantPath()
        try path.advance(to: .introduktion, on: d("2026-09-01"))
        try path.advance(to: .skuggning, on: d("2026-09-08"))
        try path.advance(to: .egnaMedStod, on: d("2026-09-15"))
        XCTAssertEqual(problems { try path.checkRedate(.skuggning, to: d("2026-08-31")) }, [.date: .dateBeforePrevious(try d("2026-09-01"))])
        XCTAssertEqual(problems { try path.checkRedate(.skuggning, to: d("2026-09-16")) }, [.date: .dateAfterNext(try d("2026-09-15"))])
        XCTAssertEqual(problems { try path.checkRedate(.skuggning, to: d("2026-09-15")) }, [:])
        XCTAssertEqual(problems { try path.checkRedate(.anstalld, to: d("2026-09-15")) }, [.step: .unknownReference])
        XCTAssertEqual(problems { try path.checkRemoveLatest() }, [:])
        try path.leave(on: d("2026-09-20"), outcome: .avbrott)
        XCTAssertEqual(problems { try path.checkRedate(.egnaMedStod, to: d("2026-09-21")) }, [.date: .dateAfterNext(try d("2026-09-20"))])
        XCTAssertEqual(problems { try path.checkRemoveLatest() }, [.step: .participantLeft])
        XCTAssertEqual(problems { try ParticipantPath().checkRemoveLatest() }, [.step: .unknownReference])
    }

    // MARK: Analysis

    func testAnalysisFiguresOnHandMadeData() throws {
        let sums: [ShadowingAnalysis.TaskSum] = [
            .init(taskId: 1, taskName: "Tvätt", category: .service, judgement: .yes, minutes: 120, observations: 4),
            .init(taskId: 1, taskName: "Tvätt", category: .service, judgement: .withSupport, minutes: 30, observations: 1),
            .init(taskId: 2, taskName: "Inköp", category: .service, judgement: .yes, minutes: 90, observations: 2),
            .init(taskId: 3, taskName: "Personlig hygien", category: .omvardnad, judgement: .no, minutes: 200, observations: 5),
            .init(taskId: 3, taskName: "Personlig hygien", category: .omvardnad, judgement: .yes, minutes: 20, observations: 1),
            .init(taskId: 4, taskName: "Tillsyn", category: .annat, judgement: .yes, minutes: 40, observations: 1),
            .init(taskId: 4, taskName: "Tillsyn", category: .annat, judgement: .no, minutes: 40, observations: 1),
        ]
        let w = { (s: String) in try IsoWeek.parse(s) }
        let a = ShadowingAnalysis(sums: sums, lessonsPerWeek: [(try w("2026-W41"), 2), (try w("2026-W40"), 3)],
                                  currentSteps: [.skuggning, .skuggning, nil, .egnaMedStod], outcomes: [.servicebitrade])
        XCTAssertEqual(a.totalMinutes, 540)
        XCTAssertEqual(a.observations, 15)
        XCTAssertEqual(a.minutesPerCategory, [.service: 240, .omvardnad: 220, .delegeradHSL: 0, .annat: 80])
        XCTAssertEqual(a.transferableMinutes, 120 + 90 + 20 + 40)
        XCTAssertEqual(a.transferableServiceMinutes, 210)
        XCTAssertEqual(a.withSupportMinutes, 30)
        XCTAssertEqual(a.transferableShare, 270.0 / 540.0, accuracy: 1e-9)
        XCTAssertEqual(a.tasks.map(\.name), ["Personlig hygien", "Tvätt", "Inköp", "Tillsyn"])
        XCTAssertEqual(a.tasks[1].yes, 4)
        XCTAssertEqual(a.tasks[1].withSupport, 1)
        // Draft list: judged ja in at least half of the observations, most ja first.
        XCTAssertEqual(a.draftTaskList.map(\.name), ["Tvätt", "Inköp", "Tillsyn"])
        XCTAssertEqual(a.lessonsPerWeek.map(\.week.description), ["2026-W40", "2026-W41"])
        XCTAssertEqual(a.lessonsPerWeek.map(\.count), [3, 2])
        XCTAssertEqual(a.participantsPerStep, [.skuggning: 2, .egnaMedStod: 1])
        XCTAssertEqual(a.participantsLeft, [.servicebitrade: 1])
    }

    func testAnalysisOfNothingIsZeroNotNaN() {
        let a = ShadowingAnalysis(sums: [], lessonsPerWeek: [], currentSteps: [], outcomes: [])
        XCTAssertEqual(a.transferableShare, 0)
        XCTAssertEqual(a.draftTaskList, [])
    }
}
