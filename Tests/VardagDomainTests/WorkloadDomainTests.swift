import XCTest
@testable import VardagDomain

final class WorkloadDomainTests: XCTestCase {
    func testFieldDerivationAtEveryBoundaryWithDefaultThreshold() {
        for time in 1...5 {
            for difficulty in 1...5 {
                let expected: WorkloadField
                switch (time >= 3, difficulty >= 3) {
                case (false, false): expected = .latt
                case (true, false): expected = .tidskravande
                case (false, true): expected = .svar
                case (true, true): expected = .tung
                }
                XCTAssertEqual(WorkloadField.of(time: time, difficulty: difficulty), expected, "\(time)x\(difficulty)")
            }
        }
        XCTAssertEqual(WorkloadField.of(time: 2, difficulty: 2), .latt)
        XCTAssertEqual(WorkloadField.of(time: 3, difficulty: 2), .tidskravande)
        XCTAssertEqual(WorkloadField.of(time: 2, difficulty: 3), .svar)
        XCTAssertEqual(WorkloadField.of(time: 3, difficulty: 3), .tung)
    }

    func testConfigurableThresholdMovesTheBoundary() {
        XCTAssertEqual(WorkloadField.of(time: 3, difficulty: 3, threshold: 4), .latt)
        XCTAssertEqual(WorkloadField.of(time: 4, difficulty: 3, threshold: 4), .tidskravande)
        XCTAssertEqual(WorkloadField.of(time: 3, difficulty: 4, threshold: 4), .svar)
        XCTAssertEqual(WorkloadField.of(time: 4, difficulty: 4, threshold: 4), .tung)
        XCTAssertEqual(WorkloadField.of(time: 2, difficulty: 2, threshold: 2), .tung)
        XCTAssertThrowsError(try WorkloadSettings(highThreshold: 1).validate())
        XCTAssertThrowsError(try WorkloadSettings(highThreshold: 6).validate())
    }

    func testRatingsOutsideOneToFiveAreRefused() {
        XCTAssertThrowsError(try Rating(0))
        XCTAssertThrowsError(try Rating(6))
        XCTAssertEqual(try Rating.parse(" 4 ").value, 4)
        XCTAssertThrowsError(try Rating.parse("x"))
        XCTAssertThrowsError(try Rating.parse("3.5"))
        XCTAssertEqual(Rating(clamping: 9).value, 5)
        XCTAssertEqual(try Rating(5).raised.value, 5)
        XCTAssertEqual(try Rating(1).lowered.value, 1)
    }

    func testCaseDraftCollectsAllFieldErrors() {
        let draft = CaseDraft(reference: "  ", note: String(repeating: "x", count: 201), time: "0", difficulty: "6")
        XCTAssertThrowsError(try draft.validate()) { error in
            let failure = error as? WorkloadFailure
            XCTAssertEqual(failure?.errors[.reference], .required)
            XCTAssertEqual(failure?.errors[.note], .tooLong(max: 200))
            XCTAssertEqual(failure?.errors[.time], .ratingOutOfRange("0"))
            XCTAssertEqual(failure?.errors[.difficulty], .ratingOutOfRange("6"))
        }
        let valid = try? CaseDraft(reference: " Ärende 14 ", caseType: .utredning, time: "4", difficulty: "2").validate()
        XCTAssertEqual(valid?.reference, "Ärende 14")
        XCTAssertEqual(valid?.time, 4)
    }

    func testLoadFigureIsSumOfTimeTimesDifficulty() {
        XCTAssertEqual(LoadFigure.of([]), 0)
        XCTAssertEqual(LoadFigure.of([(1, 1)]), 1)
        XCTAssertEqual(LoadFigure.of([(5, 5), (2, 3), (1, 4)]), 25 + 6 + 4)
    }

    func testHeavyPeriodByOverallOrMostCasesInTung() {
        let week = WorkloadPeriod.week(try! IsoWeek(year: 2026, week: 48))
        let settings = WorkloadSettings.standard
        XCTAssertTrue(PeriodSummary(period: week, overall: 5).isHeavy(settings))
        XCTAssertFalse(PeriodSummary(period: week, overall: 4).isHeavy(settings))
        XCTAssertFalse(PeriodSummary(period: week).isHeavy(settings))
        // Exactly half in tung is not "most".
        XCTAssertFalse(PeriodSummary(period: week, counts: FieldCounts(latt: 2, tung: 2)).isHeavy(settings))
        XCTAssertTrue(PeriodSummary(period: week, counts: FieldCounts(latt: 2, tung: 3)).isHeavy(settings))
        XCTAssertTrue(PeriodSummary(period: week, overall: 4).isHeavy(WorkloadSettings(heavyOverall: 4)))
    }

    func testFlagNeedsTwoHeavyPeriodsInARowEndingWithTheLatest() {
        let weeks = WorkloadPeriod.week(try! IsoWeek(year: 2026, week: 48)).trailing(4)
        func history(_ overalls: [Int?]) -> [PeriodSummary] {
            zip(weeks, overalls).map { PeriodSummary(period: $0, overall: $1) }
        }
        let settings = WorkloadSettings.standard
        XCTAssertTrue(HeavyFlag.isRaised(history([1, 2, 5, 5]), settings: settings))
        XCTAssertFalse(HeavyFlag.isRaised(history([5, 5, 2, 5]), settings: settings))
        XCTAssertFalse(HeavyFlag.isRaised(history([1, 2, 5, nil]), settings: settings))
        XCTAssertFalse(HeavyFlag.isRaised(history([5]).suffix(1).map { $0 }, settings: settings))
        XCTAssertTrue(HeavyFlag.isRaised(history([1, 5, 5, 5]), settings: WorkloadSettings(heavyPeriodsInRow: 3)))
        XCTAssertFalse(HeavyFlag.isRaised(history([1, 2, 5, 5]), settings: WorkloadSettings(heavyPeriodsInRow: 3)))
        XCTAssertEqual(HeavyFlag.longestRun(history([5, 5, 5, 1]), settings: settings), 3)
    }

    func testCopyForwardKeepsRatingsSkipsClosedAndHandsOverReassigned() {
        let previous = [
            CarriedCase(caseId: 1, medarbetareId: 10, time: 4, difficulty: 2),
            CarriedCase(caseId: 2, medarbetareId: 10, time: 5, difficulty: 5, decision: .avsluta),
            CarriedCase(caseId: 3, medarbetareId: 10, time: 3, difficulty: 4, decision: .omfordela, toMedarbetareId: 11),
            CarriedCase(caseId: 4, medarbetareId: 10, time: 1, difficulty: 1, decision: .kanVanta),
            CarriedCase(caseId: 5, medarbetareId: 10, time: 2, difficulty: 2),
        ]
        let mine = CopyForward.carries(from: previous, to: 10, alreadyRated: [5])
        XCTAssertEqual(mine.map(\.caseId), [1, 4])
        XCTAssertEqual(mine.first?.time, 4)
        XCTAssertEqual(mine.first?.difficulty, 2)
        let hers = CopyForward.carries(from: previous, to: 11)
        XCTAssertEqual(hers.map(\.caseId), [3])
        XCTAssertEqual(hers.first?.medarbetareId, 11)
        XCTAssertEqual(hers.first?.difficulty, 4)
    }

    func testPeriodsWeeksAndMonthsParseStepAndCheckTheFuture() throws {
        let week = try WorkloadPeriod.parse("2026-W01")
        XCTAssertEqual(week.previous.description, "2025-W52")
        XCTAssertEqual(try WorkloadPeriod.parse("2026-W53").description, "2026-W53")
        XCTAssertThrowsError(try WorkloadPeriod.parse("2025-W53"))
        let month = try WorkloadPeriod.parse("2026-12")
        XCTAssertEqual(month.next.description, "2027-01")
        XCTAssertEqual(month.lastDay.iso, "2026-12-31")
        XCTAssertThrowsError(try WorkloadPeriod.parse("2026-13"))
        XCTAssertThrowsError(try WorkloadPeriod.parse("2026-1"))
        XCTAssertEqual(try WorkloadPeriod.parse("2024-02").lastDay.iso, "2024-02-29")
        XCTAssertEqual(week.trailing(3).map(\.description), ["2025-W51", "2025-W52", "2026-W01"])
        let today = try LocalDate(year: 2026, month: 11, day: 23) // Monday of W48
        XCTAssertNoThrow(try PeriodRule.check(.parse("2026-W49"), today: today))
        XCTAssertThrowsError(try PeriodRule.check(.parse("2026-W50"), today: today)) { error in
            XCTAssertEqual((error as? WorkloadFailure)?.errors[.period], .periodTooFarAhead(latest: "2026-W49"))
        }
        XCTAssertNoThrow(try PeriodRule.check(.parse("2026-12"), today: today))
        XCTAssertThrowsError(try PeriodRule.check(.parse("2027-01"), today: today))
        XCTAssertThrowsError(try PeriodRule.date("2026-02-30", field: .reviewDate))
    }

    func testTimeDiaryMinutesSlotsAndDirectShare() throws {
        XCTAssertEqual(try TimeDiary.parseMinutes("90"), 90)
        XCTAssertEqual(try TimeDiary.parseMinutes("9s"), 90)
        XCTAssertEqual(try TimeDiary.parseMinutes("3 rutor"), 30)
        XCTAssertThrowsError(try TimeDiary.parseMinutes("-5"))
        XCTAssertThrowsError(try TimeDiary.parseMinutes("1441"))
        XCTAssertThrowsError(try TimeDiary.parseMinutes("abc"))
        XCTAssertNil(TimeDiary.directPercent([:]))
        XCTAssertEqual(TimeDiary.directPercent([.direkt: 120, .administration: 240, .resor: 120]), 25)
        XCTAssertEqual(TimeDiary.directPercent([.direkt: 1, .indirekt: 2]), 33)
        XCTAssertEqual(TimeDiary.directPercent([.direkt: 2, .indirekt: 1]), 67)
    }

    func testDiaryRangePresetsAndTypedRangeAreChecked() throws {
        let today = try LocalDate(year: 2026, month: 11, day: 23)
        let sunday = try LocalDate.parse("2026-11-29")
        XCTAssertEqual(DiaryRange.week(containing: today).description, "2026-11-23–2026-11-29")
        XCTAssertEqual(DiaryRange.fourWeeks(endingWith: today).description, "2026-11-02–2026-11-29")
        let typed = try DiaryRange.parse(from: " 2026-10-15 ", to: "2026-11-23", today: today)
        XCTAssertEqual(typed.description, "2026-10-15–2026-11-23")
        XCTAssertFalse(typed.isWeek)
        XCTAssertEqual(try DiaryRange.parse(from: "2026-11-23", to: "2026-11-23", today: today).description, "2026-11-23–2026-11-23",
                       "one day is a range")
        func errors(_ from: String, _ to: String, today day: LocalDate? = nil) -> [WorkloadInput: WorkloadError] {
            do { _ = try DiaryRange.parse(from: from, to: to, today: day ?? today); return [:] } catch { return error.errors }
        }
        XCTAssertEqual(errors("2026-02-30", "2026-11-01"), [.rangeFrom: .invalidDate("2026-02-30")])
        XCTAssertEqual(errors("", "igår"), [.rangeFrom: .required, .rangeTo: .invalidDate("igår")])
        XCTAssertEqual(errors("2026-11-10", "2026-11-09"), [.rangeTo: .rangeReversed(from: "2026-11-10")])
        XCTAssertEqual(errors("2026-11-20", "2026-11-24"), [.rangeTo: .afterToday("2026-11-23")])
        XCTAssertEqual(errors("2026-11-24", "2026-11-29", today: sunday), [:], "up to today is allowed")
        XCTAssertEqual(errors("2026-11-30", "2026-11-30", today: sunday), [.rangeFrom: .afterToday("2026-11-29"), .rangeTo: .afterToday("2026-11-29")])
    }

    func testDiaryMinutesWhileTypingTakeDigitsThenASlotWordOnly() {
        for ok in ["", "9", "90", "9s", "9 s", "3 r", "3 rut", "3 rutor", "12 slo", " 4"] {
            XCTAssertTrue(TimeDiary.couldBecomeMinutes(ok), ok)
        }
        for bad in ["x", "4x", "s", "9 t", "9 rutorx", "9s9", "½", "٣", "4-"] {
            XCTAssertFalse(TimeDiary.couldBecomeMinutes(bad), bad)
        }
    }
}
