import XCTest
@testable import VardagDomain

/// The monthly staff figures: reading, the rules, personalomsättning and the public
/// document's small-group and complementary suppression.
final class StaffFiguresTests: XCTestCase {
    private func month(_ text: String) -> StaffMonth { try! StaffMonth.parse(text) }

    private func figures(_ headcount: Int, leavers: Int = 0, sick: Int = 0, scheduled: Int = 0, hires: Int = 0) -> StaffFigures {
        StaffFigures(headcount: headcount, fte: Hundredths(whole: headcount), newHires: hires, leftOwnRequest: leavers,
                     sickHoursShort: Hundredths(whole: sick), scheduledHours: Hundredths(whole: scheduled))
    }

    func testMonthsParseOnlyYYYYMM() throws {
        XCTAssertEqual(month("2026-11").description, "2026-11")
        XCTAssertEqual(month("2026-01").adding(months: -1).description, "2025-12")
        XCTAssertEqual(month("2025-12").adding(months: 13).description, "2027-01")
        for bad in ["2026-13", "2026-00", "26-11", "2026-1", "2026/11", "2026-11-01", "", "1999-12", "２０２６-11"] {
            XCTAssertThrowsError(try StaffMonth.parse(bad), bad)
        }
        XCTAssertEqual(StaffMonth.span(from: month("2025-11"), to: month("2026-02")).map(\.description),
                       ["2025-11", "2025-12", "2026-01", "2026-02"])
        XCTAssertEqual(StaffMonth.span(from: month("2026-02"), to: month("2026-01")), [])
    }

    func testDecimalsReadWithCommaOrPointAndTwoDecimalsAtMost() throws {
        XCTAssertEqual(try Hundredths.parse("21,75").hundredths, 2175)
        XCTAssertEqual(try Hundredths.parse("21.5").hundredths, 2150)
        XCTAssertEqual(try Hundredths.parse(" 1 234,5 ").hundredths, 123_450)
        XCTAssertEqual(try Hundredths.parse("1\u{A0}234").hundredths, 123_400)
        XCTAssertEqual(try Hundredths.parse("7,500").hundredths, 750)
        XCTAssertEqual(try Hundredths.parse("-3").hundredths, -300)
        XCTAssertEqual(Hundredths(hundredths: 2175).description, "21.75")
        XCTAssertEqual(Hundredths(hundredths: 5).text(decimalSign: ","), "0,05")
        XCTAssertThrowsError(try Hundredths.parse("1,234")) { XCTAssertEqual($0 as? Hundredths.ParseFailure, .tooManyDecimals) }
        for bad in ["", "x", "1,2,3", "1 2 ,5", ",5", "5,", "1e3", "--1", "12 %"] {
            XCTAssertThrowsError(try Hundredths.parse(bad), bad)
        }
        XCTAssertThrowsError(try Hundredths.parse("99999999999")) { XCTAssertEqual($0 as? Hundredths.ParseFailure, .tooLarge) }
    }

    func testTheRulesRefuseNegativesFTEAboveHeadcountAndSickAboveScheduled() {
        XCTAssertEqual(figures(12, leavers: 1, sick: 10, scheduled: 1800).problems(), [])
        var bad = figures(12)
        bad.vacancies = -1
        bad.fte = Hundredths(hundredths: 1250)
        bad.sickHoursLong = Hundredths(whole: 5)
        XCTAssertEqual(bad.problems(), [
            .negative(.vacancies, "-1"),
            .fteAboveHeadcount(fte: "12.50", headcount: 12),
            .sickAboveScheduled(sick: "5.00", scheduled: "0.00"),
        ])
        XCTAssertEqual(StaffFigureProblem.fteAboveHeadcount(fte: "12.50", headcount: 12).description,
                       "FTE 12.50 is more than the headcount 12")
    }

    func testParsingCellsNamesEveryBadCell() {
        var cells: [StaffField: String] = [.headcount: "24", .fte: "21,75", .newHires: "1", .leftOwnRequest: "2",
                                           .sickHoursShort: "120,5", .sickHoursLong: "80", .scheduledHours: "3 900",
                                           .vacancies: "", .openRecruitments: " 2 "]
        guard case .success(let good) = StaffFigures.parse(cells) else { return XCTFail("should read") }
        XCTAssertEqual(good.fte.hundredths, 2175)
        XCTAssertEqual(good.vacancies, 0)
        XCTAssertEqual(good.openRecruitments, 2)
        XCTAssertEqual(good.leavers, 2)
        XCTAssertEqual(good.sickShare!, 200.5 / 3900, accuracy: 1e-12)
        cells[.headcount] = ""
        cells[.newHires] = "1,5"
        cells[.leftOther] = "-1"
        cells[.sickHoursLong] = "8,125"
        cells[.vacancies] = "två"
        guard case .failure(let failure) = StaffFigures.parse(cells) else { return XCTFail("should refuse") }
        XCTAssertEqual(failure.problems, [
            .notANumber(.headcount, ""), .notWhole(.newHires, "1,5"), .negative(.leftOther, "-1"),
            .tooManyDecimals(.sickHoursLong, "8,125"), .notANumber(.vacancies, "två"),
        ])
        // A negative count alone.
        cells = [.headcount: "3", .fte: "2", .leftOther: "-1"]
        guard case .failure(let negative) = StaffFigures.parse(cells) else { return XCTFail("should refuse") }
        XCTAssertEqual(negative.problems, [.negative(.leftOther, "-1")])
    }

    func testTurnoverIsLeaversOverAverageHeadcountAnnualisedOverReportedMonths() {
        let end = month("2026-12")
        var history: [StaffMonth: StaffFigures] = [:]
        for offset in 0..<12 { history[end.adding(months: -offset)] = figures(offset < 6 ? 20 : 30, leavers: 1) }
        // 12 leavers, average headcount 25: 48 %.
        var turnover = StaffTurnover(endingWith: end, figures: history)
        XCTAssertEqual(turnover.monthsWithFigures, 12)
        XCTAssertEqual(turnover.leavers, 12)
        XCTAssertEqual(turnover.averageHeadcount, 25)
        XCTAssertEqual(turnover.rate!, 12.0 / 25.0, accuracy: 1e-12)
        // A month older than the window does not count.
        history[end.adding(months: -12)] = figures(25, leavers: 9)
        XCTAssertEqual(StaffTurnover(endingWith: end, figures: history).leavers, 12)
        // Three months missing: 9 leavers over 9 months with an average of 800/30 ... scaled to a year.
        for offset in [1, 4, 7] { history[end.adding(months: -offset)] = nil }
        turnover = StaffTurnover(endingWith: end, figures: history)
        XCTAssertEqual(turnover.monthsWithFigures, 9)
        XCTAssertEqual(turnover.rate!, 9.0 / turnover.averageHeadcount * 12.0 / 9.0, accuracy: 1e-12)
        // Four missing: too few months, "saknas".
        history[end.adding(months: -10)] = nil
        XCTAssertNil(StaffTurnover(endingWith: end, figures: history).rate)
        // Nobody employed: no rate.
        XCTAssertNil(StaffTurnover(endingWith: end, figures: Dictionary(uniqueKeysWithValues: (0..<12).map {
            (end.adding(months: -$0), StaffFigures.zero) })).rate)
    }

    func testTheThresholdCannotGoBelowTen() throws {
        XCTAssertThrowsError(try StaffSuppression(threshold: 9))
        XCTAssertThrowsError(try StaffSuppression(threshold: 5))
        XCTAssertEqual(try StaffSuppression(threshold: 12).threshold, 12)
        XCTAssertEqual(StaffSuppression(stored: 3).threshold, 10)
        XCTAssertEqual(StaffSuppression(stored: nil).threshold, 10)
        XCTAssertTrue(StaffSuppression.standard.suppresses(people: 10))
        XCTAssertFalse(StaffSuppression.standard.suppresses(people: 11))
    }

    /// Units of a kommun with the same headcount every month of two years.
    private func units(_ sizes: [(String, Int)], months: [StaffMonth]) -> [StaffPublication.Unit] {
        sizes.enumerated().map { index, unit in
            StaffPublication.Unit(id: Int64(index + 1), name: unit.0, figures: Dictionary(uniqueKeysWithValues: months.map {
                ($0, figures(unit.1, leavers: 1, sick: unit.1 * 5, scheduled: unit.1 * 160, hires: 1))
            }))
        }
    }

    func testASmallUnitIsTooFewAndTheNextSmallestIsHiddenWithIt() {
        let all = StaffMonth.span(from: month("2025-01"), to: month("2026-12"))
        let kommun = units([("Stor", 40), ("Liten", 8), ("Mellan", 15), ("Näst", 12)], months: all)
        let rows = StaffPublication.rows(units: kommun, from: month("2026-12"), to: month("2026-12"))
        XCTAssertEqual(rows.map { $0.unitName ?? "Totalt" }, ["Stor", "Liten", "Mellan", "Näst", "Totalt"])
        XCTAssertEqual(rows.map(\.visibility), [.shown, .tooFew, .shown, .protecting, .shown])
        let liten = rows[1], nast = rows[3], total = rows[4]
        XCTAssertNil(liten.figures)
        XCTAssertNil(liten.turnover)
        XCTAssertEqual(liten.headcount, 8, "the size is shown")
        XCTAssertNil(nast.figures)
        XCTAssertEqual(total.headcount, 75)
        XCTAssertEqual(total.units, 4)
        XCTAssertEqual(total.figures?.leavers, 4)
        XCTAssertEqual(rows[0].turnover?.rate ?? 0, 12.0 / 40.0, accuracy: 1e-12)
        // What the shown rows give away: the hidden ones only together, 20 people.
        let shownLeavers = rows.filter { !$0.isTotal }.compactMap { $0.figures?.leavers }.reduce(0, +)
        XCTAssertEqual(total.figures!.leavers - shownLeavers, 2)
        XCTAssertGreaterThan(liten.headcount + nast.headcount, StaffSuppression.standard.threshold)
    }

    func testTwoTinyUnitsTogetherAreStillTooFewSoAThirdIsHidden() {
        let all = StaffMonth.span(from: month("2026-01"), to: month("2026-06"))
        let kommun = units([("A", 4), ("B", 5), ("C", 30), ("D", 14)], months: all)
        let rows = StaffPublication.rows(units: kommun, from: month("2026-06"), to: month("2026-06"))
        XCTAssertEqual(rows.map(\.visibility), [.tooFew, .tooFew, .shown, .protecting, .shown])
    }

    func testWithNoUnitLeftToHideTheTotalIsHidden() {
        let all = StaffMonth.span(from: month("2026-01"), to: month("2026-06"))
        let rows = StaffPublication.rows(units: units([("Liten", 6), ("Stor", 50)], months: all),
                                         from: month("2026-05"), to: month("2026-06"))
        // Liten is too few; Stor is hidden to protect it; the total is then of two hidden
        // units with 56 people: shown.
        XCTAssertEqual(rows.filter { $0.month == month("2026-06") }.map(\.visibility), [.tooFew, .protecting, .shown])
        let alone = StaffPublication.rows(units: units([("Liten", 6)], months: all) + units([("Stor", 50)], months: []),
                                          from: month("2026-06"), to: month("2026-06"))
        XCTAssertEqual(alone.map(\.visibility), [.tooFew, .tooFew], "a kommun of 6 people: its total is too few as well")
        // A unit small in February, large later, alone in June: the total of June is its
        // June, so the total is hidden.
        var kommun = units([("Växer", 30), ("Stor", 50)], months: all)
        kommun[0].figures[month("2026-02")]!.headcount = 8
        kommun[0].figures[month("2026-02")]!.fte = Hundredths(whole: 8)
        kommun[1].figures[month("2026-06")] = nil
        let june = StaffPublication.rows(units: kommun, from: month("2026-06"), to: month("2026-06"))
        XCTAssertEqual(june.map { $0.unitName ?? "Totalt" }, ["Växer", "Totalt"])
        XCTAssertEqual(june.map(\.visibility), [.tooFew, .protecting])
        XCTAssertNil(june[1].figures)
        XCTAssertEqual(june[1].headcount, 30)
    }

    func testASingleSmallUnitUnderATotalOfTwoHidesTheTotalWhenItsPartnerIsMissingThatMonth() {
        let all = StaffMonth.span(from: month("2026-01"), to: month("2026-06"))
        var kommun = units([("Liten", 6), ("Stor", 50), ("Mellan", 20)], months: all)
        // In June only Liten and Stor report; Mellan has no figures that month.
        kommun[2].figures[month("2026-06")] = nil
        let rows = StaffPublication.rows(units: kommun, from: month("2026-05"), to: month("2026-06"))
        let june = rows.filter { $0.month == month("2026-06") }
        // Mellan (the smallest shown in May) is hidden with Liten; in June that leaves
        // Liten alone hidden beside Stor, so Stor is hidden too, for the whole span.
        XCTAssertEqual(june.map { $0.unitName ?? "Totalt" }, ["Liten", "Stor", "Totalt"])
        XCTAssertEqual(june.map(\.visibility), [.tooFew, .protecting, .shown])
        XCTAssertEqual(rows.filter { $0.month == month("2026-05") }.map(\.visibility), [.tooFew, .protecting, .protecting, .shown])
    }

    func testAUnitThatWasSmallInTheTurnoverWindowIsHiddenInTheWholeDocument() {
        let all = StaffMonth.span(from: month("2025-01"), to: month("2026-12"))
        var kommun = units([("Växer", 30), ("Stor", 40), ("Större", 60)], months: all)
        kommun[0].figures[month("2026-02")]!.headcount = 9
        kommun[0].figures[month("2026-02")]!.fte = Hundredths(whole: 9)
        let rows = StaffPublication.rows(units: kommun, from: month("2026-11"), to: month("2026-12"))
        XCTAssertEqual(rows.filter { $0.unitName == "Växer" }.map(\.visibility), [.tooFew, .tooFew])
        XCTAssertEqual(rows.filter { $0.unitName == "Stor" }.map(\.visibility), [.protecting, .protecting])
    }

    func testNoShownFigureLetsAHiddenOneBeWorkedOut() {
        // Random kommuner: in every month, total minus the shown units is either hidden or
        // describes more than the threshold's people.
        var random = SplitMix(seed: 19)
        for _ in 0..<200 {
            let all = StaffMonth.span(from: month("2025-01"), to: month("2026-12"))
            let count = Int(random.next() % 6) + 1
            var kommun = units((0..<count).map { ("E\($0)", Int(random.next() % 40)) }, months: all)
            for index in kommun.indices where random.next() % 4 == 0 {
                kommun[index].figures[all[Int(random.next() % UInt64(all.count))]] = nil
            }
            let rows = StaffPublication.rows(units: kommun, from: month("2026-01"), to: month("2026-12"))
            for month in Set(rows.map(\.month)) {
                let those = rows.filter { $0.month == month }
                let total = those.first(where: \.isTotal)!
                for row in those where !row.isTotal && row.visibility == .shown {
                    XCTAssertGreaterThan(row.headcount, 10)
                }
                guard total.visibility == .shown else { continue }
                let hidden = those.filter { !$0.isTotal && $0.visibility != .shown }
                XCTAssertNotEqual(hidden.count, 1, "one hidden unit beside a shown total")
                if !hidden.isEmpty { XCTAssertGreaterThan(hidden.map(\.headcount).reduce(0, +), 10) }
                XCTAssertGreaterThan(total.headcount, 10)
            }
        }
    }
}

/// SplitMix64, for the property test (the domain has no demo generator).
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
