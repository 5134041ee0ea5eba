import Foundation
import GRDB
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

final class WorkloadStoreTests: XCTestCase {
    var temp: TemporaryDatabase!
    var store: AppDatabase!
    var asa: Medarbetare!
    var bo: Medarbetare!
    var outsider: Medarbetare!
    var team: Team!
    let today = try! LocalDate(year: 2026, month: 11, day: 23)
    let w48 = WorkloadPeriod.week(try! IsoWeek(year: 2026, week: 48))

    override func setUpWithError() throws {
        temp = try TemporaryDatabase()
        store = try temp.open(user: "märta")
        let kommun = try store.addKommun(name: "Helsingborg")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "IFO Barn och unga", omrade: .ifo)
        team = try store.addTeam(enhetId: enhet.id, name: "Utredning 1")
        let other = try store.addTeam(enhetId: enhet.id, name: "Utredning 2")
        asa = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Åsa Öberg", title: "Socialsekreterare", role: .medarbetare, startDate: "2020-01-01"))
        bo = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Bo Ek", title: "Socialsekreterare", role: .medarbetare, startDate: "2021-01-01"))
        outsider = try store.addMedarbetare(MedarbetareDraft(teamId: other.id, name: "Ulla Ström", title: "Socialsekreterare", role: .medarbetare, startDate: "2021-01-01"))
    }

    override func tearDown() {
        try? store.close()
        temp = nil
    }

    private func add(_ reference: String, _ time: Int, _ difficulty: Int, person: Medarbetare? = nil, period: WorkloadPeriod? = nil) throws -> WorkloadCase {
        try store.addCase(medarbetareId: (person ?? asa).id, period: period ?? w48,
                          draft: CaseDraft(reference: reference, caseType: .utredning, time: "\(time)", difficulty: "\(difficulty)"), today: today)
    }

    func testAddRateAndReadBackTheGridAfterReopening() throws {
        let first = try add("Ärende 14", 4, 2)
        _ = try add("Ärende 3", 1, 1)
        try store.rateCase(caseId: first.id, period: w48, time: 4, difficulty: 5)
        try store.setOverall(medarbetareId: asa.id, period: w48, rating: 4, today: today)
        try store.close()
        store = try temp.open(user: "märta")
        let grid = try XCTUnwrap(store.workloadGrid(medarbetareId: asa.id, period: w48))
        XCTAssertEqual(grid.cases.map(\.reference), ["Ärende 3", "Ärende 14"], "natural order")
        XCTAssertEqual(grid.cases[1].time, 4)
        XCTAssertEqual(grid.cases[1].difficulty, 5)
        XCTAssertEqual(grid.cases[1].field(threshold: 3), .tung)
        XCTAssertEqual(grid.cases[0].field(threshold: 3), .latt)
        XCTAssertEqual(grid.overall, 4)
        XCTAssertEqual(grid.summary(threshold: 3).load, 20 + 1)
    }

    func testEveryWriteLeavesAuditRows() throws {
        let before = try store.auditCount()
        let item = try add("Ärende 1", 2, 2)
        XCTAssertEqual(try store.auditCount(), before + 2) // case + rating
        try store.rateCase(caseId: item.id, period: w48, time: 3, difficulty: 2)
        let entry = try XCTUnwrap(store.auditEntries(entity: "workload_rating").first)
        XCTAssertEqual(entry.action, .update)
        XCTAssertEqual(entry.user, "märta")
        XCTAssertEqual(entry.before?["time"], .integer(2))
        XCTAssertEqual(entry.after?["time"], .integer(3))
        try store.decide(caseId: item.id, period: w48, kind: .prioritera, note: "Först", today: today)
        XCTAssertEqual(try store.auditEntries(entity: "workload_decision").first?.after?["kind"], .text("prioritera"))
    }

    func testBadInputIsRefusedWithFieldMessagesAndNothingStored() throws {
        let count = try store.auditCount()
        XCTAssertThrowsError(try store.addCase(medarbetareId: asa.id, period: w48,
                                               draft: CaseDraft(reference: "", time: "6", difficulty: "0"), today: today)) { error in
            let failure = error as? WorkloadFailure
            XCTAssertEqual(failure?.errors[.reference], .required)
            XCTAssertEqual(failure?.errors[.time], .ratingOutOfRange("6"))
            XCTAssertEqual(failure?.errors[.difficulty], .ratingOutOfRange("0"))
        }
        XCTAssertThrowsError(try add("Ärende 1", 1, 1, period: .week(try IsoWeek(year: 2026, week: 50)))) { error in
            XCTAssertEqual((error as? WorkloadFailure)?.errors[.period], .periodTooFarAhead(latest: "2026-W49"))
        }
        XCTAssertThrowsError(try store.setOverall(medarbetareId: asa.id, period: w48, rating: 6, today: today))
        let item = try add("Ärende 1", 1, 1)
        XCTAssertThrowsError(try store.rateCase(caseId: item.id, period: w48, time: 0, difficulty: 3))
        XCTAssertThrowsError(try store.decide(caseId: item.id, period: w48, kind: .kanVanta, reviewDate: "2026-02-30", today: today)) { error in
            XCTAssertEqual((error as? WorkloadFailure)?.errors[.reviewDate], .invalidDate("2026-02-30"))
        }
        XCTAssertThrowsError(try store.decide(caseId: item.id, period: w48, kind: .kanVanta, reviewDate: "", today: today))
        XCTAssertThrowsError(try store.decide(caseId: item.id, period: w48, kind: .prioritera, note: "Först\u{1b}]0;pwned\u{7}", today: today)) { error in
            XCTAssertEqual((error as? WorkloadFailure)?.errors, [.note: .invalidCharacters])
        }
        XCTAssertThrowsError(try store.decide(caseId: item.id, period: w48, kind: .kanVanta, reviewDate: "2026-11-22", today: today)) { error in
            XCTAssertEqual((error as? WorkloadFailure)?.errors[.reviewDate], .beforeToday("2026-11-23"))
        }
        XCTAssertThrowsError(try store.decide(caseId: item.id, period: w48, kind: .omfordela, toMedarbetareId: outsider.id, today: today)) { error in
            XCTAssertEqual((error as? WorkloadFailure)?.errors[.colleague], .notInTeam)
        }
        XCTAssertEqual(try store.auditCount(), count + 2)
        XCTAssertEqual(try store.decisions(caseId: item.id), [])
        XCTAssertEqual(try store.workloadGrid(medarbetareId: asa.id, period: w48)?.cases.first?.time, 1)
    }

    /// The README promises "nothing lost when the process is killed" with WAL and synchronous=NORMAL
    /// (a commit is in the WAL before the write returns; only checkpoints sync to disk).
    func testStoreRunsInWALModeWithSynchronousNormal() throws {
        try XCTSkipIf(TemporaryDatabase.backendUnderTest == .postgres, "a SQLite file's journal; the server keeps its own")
        try store.writer.write { db in
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA journal_mode"), "wal")
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA synchronous"), 1, "1 = NORMAL")
        }
    }

    func testKanVantaReviewDateMayBeTodayButNotEarlier() throws {
        let item = try add("Ärende 4", 2, 2)
        XCTAssertThrowsError(try store.decide(caseId: item.id, period: w48, kind: .kanVanta, reviewDate: "2026-11-22", today: today)) { error in
            XCTAssertEqual((error as? WorkloadFailure)?.errors[.reviewDate], .beforeToday("2026-11-23"))
        }
        XCTAssertEqual(try store.decisions(caseId: item.id), [])
        XCTAssertEqual(try store.decide(caseId: item.id, period: w48, kind: .kanVanta, reviewDate: "2026-11-23", today: today).reviewDate, today)
    }

    func testOmfordelaMovesTheCaseToTheColleagueFromTheNextPeriod() throws {
        let item = try add("Ärende 7", 4, 4)
        _ = try add("Ärende 8", 2, 2)
        try store.decide(caseId: item.id, period: w48, kind: .omfordela, toMedarbetareId: bo.id, note: "Bo har tid", today: today)
        let w49 = w48.next
        XCTAssertEqual(try store.workloadGrid(medarbetareId: bo.id, period: w49)?.cases.map(\.reference), ["Ärende 7"])
        XCTAssertEqual(try store.workloadGrid(medarbetareId: bo.id, period: w49)?.cases.first?.difficulty, 4)
        XCTAssertEqual(try store.workloadGrid(medarbetareId: asa.id, period: w48)?.cases.count, 2, "this period is unchanged")
        XCTAssertEqual(try store.copyForward(medarbetareId: asa.id, period: w49, today: today), 1)
        XCTAssertEqual(try store.workloadGrid(medarbetareId: asa.id, period: w49)?.cases.map(\.reference), ["Ärende 8"])
        let decision = try XCTUnwrap(store.decisions(caseId: item.id).first)
        XCTAssertEqual(decision.decidedBy, "märta")
        XCTAssertEqual(decision.toMedarbetareId, bo.id)
    }

    func testCopyForwardCarriesRatingsAndSkipsClosedCases() throws {
        let w47 = w48.previous
        let keep = try add("Ärende 1", 5, 3, period: w47)
        let closed = try add("Ärende 2", 2, 2, period: w47)
        try store.setOverall(medarbetareId: asa.id, period: w47, rating: 3, today: today)
        try store.decide(caseId: closed.id, period: w47, kind: .avsluta, today: today)
        XCTAssertEqual(try store.workloadGrid(medarbetareId: asa.id, period: w48)?.previousCount, 2)
        XCTAssertEqual(try store.copyForward(medarbetareId: asa.id, period: w48, today: today), 1)
        let grid = try XCTUnwrap(store.workloadGrid(medarbetareId: asa.id, period: w48))
        XCTAssertEqual(grid.cases.map(\.id), [keep.id])
        XCTAssertEqual(grid.cases[0].time, 5)
        XCTAssertEqual(try store.copyForward(medarbetareId: asa.id, period: w48, today: today), 0, "a second copy adds nothing")
    }

    func testCopyForwardReportsOnlyTheCasesItCopied() throws {
        let w47 = w48.previous
        let item = try add("Ärende 5", 3, 3, period: w47)
        _ = try add("Ärende 6", 2, 2, period: w47)
        // Handed to Bo (he has it in w48), then re-prioritised: the latest decision no longer
        // says omfördela, so copy-forward would offer it to Åsa, but Bo already rates it in w48.
        try store.decide(caseId: item.id, period: w47, kind: .omfordela, toMedarbetareId: bo.id, today: today)
        try store.decide(caseId: item.id, period: w47, kind: .prioritera, today: today)
        XCTAssertEqual(try store.workloadGrid(medarbetareId: bo.id, period: w48)?.cases.map(\.reference), ["Ärende 5"])
        XCTAssertEqual(try store.copyForward(medarbetareId: asa.id, period: w48, today: today), 1, "only Ärende 6 was copied")
        XCTAssertEqual(try store.workloadGrid(medarbetareId: asa.id, period: w48)?.cases.map(\.reference), ["Ärende 6"])
    }

    func testAvslutaTakesTheCaseOffLaterPeriodsWhereItWasOnlyCopied() throws {
        let w47 = w48.previous
        let closed = try add("Ärende 1", 4, 4, period: w47)
        let reworked = try add("Ärende 2", 2, 2, period: w47)
        _ = try add("Ärende 3", 1, 1, period: w47)
        XCTAssertEqual(try store.copyForward(medarbetareId: asa.id, period: w48, today: today), 3)
        XCTAssertEqual(try store.copyForward(medarbetareId: asa.id, period: w48.next, today: today), 3)
        try store.rateCase(caseId: reworked.id, period: w48, time: 5, difficulty: 5)
        let audits = try store.auditCount()
        try store.decide(caseId: closed.id, period: w47, kind: .avsluta, today: today)
        try store.decide(caseId: reworked.id, period: w47, kind: .avsluta, today: today)
        let w48Grid = try XCTUnwrap(store.workloadGrid(medarbetareId: asa.id, period: w48))
        XCTAssertEqual(w48Grid.cases.map(\.reference), ["Ärende 2", "Ärende 3"],
                       "the closed copy is gone; the one rated anew in w48 stays")
        XCTAssertEqual(try store.workloadGrid(medarbetareId: asa.id, period: w48.next)?.cases.map(\.reference), ["Ärende 2", "Ärende 3"])
        XCTAssertEqual(w48Grid.summary(threshold: 3).load, 25 + 1, "the load no longer counts the closed case")
        XCTAssertEqual(try store.workloadGrid(medarbetareId: asa.id, period: w47)?.cases.count, 3, "the closing period keeps it")
        XCTAssertEqual(try store.auditCount(), audits + 2 + 2, "two decisions and two removed ratings, each audited")
    }

    func testOverviewPutsEveryRatingInItsPersonAndPeriodAndNothingFromOutside() throws {
        let w46 = w48.previous.previous
        let cecilia = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Cecilia Ångström", title: "Socialsekreterare",
                                                                role: .medarbetare, startDate: "2022-01-01"))
        _ = try add("Ärende 1", 4, 2)
        _ = try add("Ärende 2", 2, 5, period: w46)
        // Outside the twelve periods (before and after), and another team's person.
        _ = try add("Ärende 3", 5, 5, period: w48.trailing(13)[0])
        _ = try add("Ärende 4", 5, 5, period: w48.next)
        _ = try add("Ärende 5", 5, 5, person: outsider)
        try store.setOverall(medarbetareId: bo.id, period: w46, rating: 3, today: today)

        let rows = try store.workloadOverview(teamId: team.id, period: w48, settings: .standard)
        XCTAssertEqual(rows.map(\.name), ["Bo Ek", "Cecilia Ångström", "Åsa Öberg"])
        for row in rows { XCTAssertEqual(row.history.map(\.period), w48.trailing(12), row.name) }
        let asaRow = rows[2], boRow = rows[0], ceciliaRow = rows[1]
        XCTAssertEqual(asaRow.current.counts, FieldCounts(tidskravande: 1))
        XCTAssertEqual(asaRow.current.load, 8)
        XCTAssertEqual(asaRow.history[9].counts, FieldCounts(svar: 1))
        XCTAssertEqual(asaRow.history[9].load, 10)
        XCTAssertEqual(asaRow.history.map(\.counts.total).reduce(0, +), 2, "nothing from before or after the twelve periods")
        // An overall rating with no case ratings in its period, and a person with nothing at all.
        XCTAssertEqual(boRow.history[9].overall, 3)
        XCTAssertEqual(boRow.history.map(\.counts.total).reduce(0, +), 0)
        XCTAssertEqual(boRow.history.compactMap(\.overall), [3])
        XCTAssertEqual(ceciliaRow.id, cecilia.id)
        XCTAssertEqual(ceciliaRow.history, w48.trailing(12).map { PeriodSummary(period: $0) })

        // Months ("2026-11", seven bytes) the same way.
        let november = WorkloadPeriod.month(year: 2026, month: 11)
        _ = try add("Ärende 6", 1, 1, person: bo, period: november)
        try store.setOverall(medarbetareId: bo.id, period: november.previous, rating: 2, today: today)
        let months = try store.workloadOverview(teamId: team.id, period: november, settings: WorkloadSettings(periodKind: .month))
        XCTAssertEqual(months[0].name, "Bo Ek")
        XCTAssertEqual(months[0].current.counts, FieldCounts(latt: 1))
        XCTAssertEqual(months[0].history[10].overall, 2)
        XCTAssertEqual(months[2].history.map(\.counts.total).reduce(0, +), 0, "week ratings are not months'")
    }

    func testOverviewFlagsTwoHeavyPeriodsAndWaitingListIsByReviewDate() throws {
        let w47 = w48.previous
        for period in [w47, w48] {
            try store.setOverall(medarbetareId: asa.id, period: period, rating: 5, today: today)
        }
        _ = try add("Ärende 1", 5, 5)
        _ = try add("Ärende 2", 1, 1, person: bo)
        try store.setOverall(medarbetareId: bo.id, period: w48, rating: 5, today: today)
        let rows = try store.workloadOverview(teamId: team.id, period: w48, settings: .standard)
        XCTAssertEqual(rows.map(\.name), ["Bo Ek", "Åsa Öberg"])
        XCTAssertEqual(rows[0].flagged, false)
        XCTAssertEqual(rows[1].flagged, true)
        XCTAssertEqual(rows[1].history.count, 12)
        XCTAssertEqual(rows[1].current.load, 25)
        XCTAssertEqual(rows[1].current.counts.tung, 1)
        XCTAssertEqual(rows[1].history[10].overall, 5)

        let later = try add("Ärende 3", 2, 2)
        let sooner = try add("Ärende 4", 2, 2)
        try store.decide(caseId: later.id, period: w48, kind: .kanVanta, reviewDate: "2026-12-20", today: today)
        try store.decide(caseId: sooner.id, period: w48, kind: .kanVanta, reviewDate: "2026-11-25", today: today)
        XCTAssertEqual(try store.waitingCases(teamId: team.id).map(\.reference), ["Ärende 4", "Ärende 3"])
        try store.decide(caseId: sooner.id, period: w48, kind: .prioritera, today: today)
        XCTAssertEqual(try store.waitingCases(teamId: team.id).map(\.reference), ["Ärende 3"], "a newer decision ends the wait")
    }

    func testExportRowsMatchWhatWasEntered() throws {
        let item = try add("Ärende 14", 4, 2)
        try store.decide(caseId: item.id, period: w48, kind: .prioritera, today: today)
        _ = try add("=Ärende 2", 3, 3, person: bo)
        let rows = try WorkloadExport.workloadRows(from: store, filter: .init(teamName: "utredning 1"))
        XCTAssertEqual(rows.count, 2)
        let asaRow = try XCTUnwrap(rows.first { $0.medarbetare == "Åsa Öberg" })
        XCTAssertEqual(asaRow.kommun, "Helsingborg")
        XCTAssertEqual(asaRow.team, "Utredning 1")
        XCTAssertEqual(asaRow.period, "2026-W48")
        XCTAssertEqual(asaRow.arende, "Ärende 14")
        XCTAssertEqual(asaRow.arendetyp, "utredning")
        XCTAssertEqual(asaRow.tid, 4)
        XCTAssertEqual(asaRow.svarighet, 2)
        XCTAssertEqual(asaRow.falt, "tidskrävande")
        XCTAssertEqual(asaRow.beslut, "prioritera")
        XCTAssertEqual(asaRow.beslutAv, "märta")
        XCTAssertEqual(try WorkloadExport.workloadRows(from: store, filter: .init(from: w48.next)).count, 0)
        XCTAssertEqual(try WorkloadExport.workloadRows(from: store, filter: .init(to: w48.previous)).count, 0)
        // A later period's rating carries the decision made before it.
        try store.copyForward(medarbetareId: asa.id, period: w48.next, today: today)
        let next = try WorkloadExport.workloadRows(from: store, filter: .init(from: w48.next, to: w48.next))
        XCTAssertEqual(next.map(\.beslut), ["prioritera"])
        let csv = String(decoding: try WorkloadExport.workloadData(from: store, filter: .init(), format: .csv), as: UTF8.self)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}Kommun;Enhet;Team;Medarbetare;Period;Ärende"))
        XCTAssertTrue(csv.contains(";'=Ärende 2;"), csv)
        XCTAssertThrowsError(try WorkloadExport.workloadRows(from: store, filter: .init(teamName: "Finns inte")))
    }

    func testTimeDiaryMinutesSlotsLimitsAndDirectShare() throws {
        try store.setDiaryMinutes(medarbetareId: asa.id, day: "2026-11-23", category: .direkt, minutes: "12s", today: today)
        try store.setDiaryMinutes(medarbetareId: asa.id, day: "2026-11-23", category: .administration, minutes: "360", today: today)
        XCTAssertThrowsError(try store.setDiaryMinutes(medarbetareId: asa.id, day: "2026-11-23", category: .resor, minutes: "1000", today: today)) { error in
            XCTAssertEqual((error as? WorkloadFailure)?.errors[.minutes], .dayTooLong(minutes: 1480))
        }
        XCTAssertThrowsError(try store.setDiaryMinutes(medarbetareId: asa.id, day: "2026-11-31", category: .resor, minutes: "10", today: today))
        XCTAssertThrowsError(try store.setDiaryMinutes(medarbetareId: asa.id, day: "2026-11-24", category: .resor, minutes: "10", today: today))
        XCTAssertEqual(try store.diaryDay(medarbetareId: asa.id, day: today), [.direkt: 120, .administration: 360])
        let shares = try store.directShares(teamId: team.id, from: today.adding(days: -6), to: today)
        XCTAssertEqual(shares.map(\.name), ["Bo Ek", "Åsa Öberg"])
        XCTAssertNil(shares[0].directPercent)
        XCTAssertEqual(shares[1].directPercent, 25)
        let rows = try WorkloadExport.diaryRows(from: store)
        XCTAssertEqual(rows.map(\.kategori), ["direkt", "administration"])
        XCTAssertEqual(rows.first?.minuter, 120)
    }

    func testDirectShareOverATypedRangeCountsOnlyTheDaysInside() throws {
        // Åsa: all direct on 2026-10-30, all administration on 2026-11-02, half and half on 2026-11-23. Bo: direct only on 2026-11-23.
        try store.setDiaryMinutes(medarbetareId: asa.id, day: "2026-10-30", category: .direkt, minutes: "300", today: today)
        try store.setDiaryMinutes(medarbetareId: asa.id, day: "2026-11-02", category: .administration, minutes: "300", today: today)
        try store.setDiaryMinutes(medarbetareId: asa.id, day: "2026-11-23", category: .direkt, minutes: "60", today: today)
        try store.setDiaryMinutes(medarbetareId: asa.id, day: "2026-11-23", category: .indirekt, minutes: "60", today: today)
        try store.setDiaryMinutes(medarbetareId: bo.id, day: "2026-11-23", category: .direkt, minutes: "6s", today: today)
        func percents(_ from: String, _ to: String) throws -> [String: Int?] {
            let range = try DiaryRange.parse(from: from, to: to, today: today)
            return Dictionary(uniqueKeysWithValues: try store.directShares(teamId: team.id, from: range.from, to: range.to)
                .map { ($0.name, $0.directPercent) })
        }
        XCTAssertEqual(try percents("2026-10-30", "2026-11-02"), ["Åsa Öberg": 50, "Bo Ek": nil])
        XCTAssertEqual(try percents("2026-10-31", "2026-11-23"), ["Åsa Öberg": 14, "Bo Ek": 100], "60 direct minutes of 420")
        XCTAssertEqual(try percents("2026-10-30", "2026-10-30"), ["Åsa Öberg": 100, "Bo Ek": nil], "both ends are included")
        XCTAssertEqual(try percents("2026-10-01", "2026-10-29"), ["Åsa Öberg": nil, "Bo Ek": nil])
    }

    func testDemoDataHasEveryTeamHeavyWorkersWaitingCasesAndDiaries() throws {
        let demoTemp = try TemporaryDatabase()
        let demo = try demoTemp.open(user: "demo")
        try DemoData.populate(demo)
        let summary = try WorkloadDemo.populate(demo, today: today)
        XCTAssertGreaterThan(summary.ratings, 1000)
        XCTAssertGreaterThan(summary.diaryEntries, 0)
        let teams = try demo.registerTree().kommuner.flatMap { $0.enheter.flatMap { $0.teams.map(\.team) } }
        var flagged = 0, waiting = 0
        for team in teams where team.active {
            let rows = try demo.workloadOverview(teamId: team.id, period: w48, settings: .standard)
            XCTAssertTrue(rows.contains { $0.current.counts.total > 0 }, team.name)
            flagged += rows.filter(\.flagged).count
            waiting += try demo.waitingCases(teamId: team.id).count
        }
        XCTAssertGreaterThan(flagged, 0)
        XCTAssertGreaterThan(waiting, 0)
        try demo.close()
    }

    func testSettingsRoundTripAndMonthPeriods() throws {
        try store.updateWorkloadSettings(WorkloadSettings(periodKind: .month, highThreshold: 4))
        XCTAssertEqual(try store.workloadSettings().periodKind, .month)
        XCTAssertEqual(try store.workloadSettings().highThreshold, 4)
        XCTAssertThrowsError(try store.updateWorkloadSettings(WorkloadSettings(highThreshold: 7)))
        let november = try WorkloadPeriod.parse("2026-11")
        _ = try add("Ärende 1", 3, 3, period: november)
        XCTAssertEqual(try store.workloadGrid(medarbetareId: asa.id, period: november)?.cases.count, 1)
        XCTAssertEqual(try store.workloadGrid(medarbetareId: asa.id, period: w48)?.cases.count, 0)
    }

    func testMismatchSettingsRoundTripAndAreAudited() throws {
        XCTAssertEqual(try store.workloadSettings(), .standard, "v19 gives the defaults")
        var settings = WorkloadSettings.standard
        settings.mismatchHighOverall = 4
        settings.mismatchLattPercent = 60
        settings.mismatchLowOverall = 1
        settings.mismatchTungPercent = 75
        settings.mismatchMinCases = 5
        try store.updateWorkloadSettings(settings)
        XCTAssertEqual(try store.workloadSettings(), settings)
        let entry = try XCTUnwrap(try store.auditEntries(entity: "workload_settings").first)
        XCTAssertEqual(entry.before?["mismatch_min_cases"], .integer(3))
        XCTAssertEqual(entry.after?["mismatch_min_cases"], .integer(5))
        XCTAssertEqual(entry.after?["mismatch_tung_percent"], .integer(75))
        settings.mismatchTungPercent = 0
        XCTAssertThrowsError(try store.updateWorkloadSettings(settings))
        XCTAssertEqual(try store.workloadSettings().mismatchTungPercent, 75, "a refused change stores nothing")
    }

    func testExportGivesTheOverallSelfRatingAndTheLoadPerPersonAndPeriod() throws {
        _ = try add("Ärende 14", 4, 2)
        _ = try add("Ärende 7", 5, 5)
        _ = try add("Ärende 2", 3, 3, person: bo)
        try store.setOverall(medarbetareId: asa.id, period: w48, rating: 4, today: today)
        let rows = try WorkloadExport.workloadRows(from: store, filter: .init(teamName: "Utredning 1"))
        XCTAssertEqual(rows.map(\.medarbetare), ["Bo Ek", "Åsa Öberg", "Åsa Öberg"])
        XCTAssertEqual(rows.map(\.belastning), [9, 33, 33], "8 + 25 on each of Åsa's rows")
        XCTAssertEqual(rows.map(\.helhet), [nil, 4, 4])
        let csv = String(decoding: try WorkloadExport.workloadData(from: store, filter: .init(), format: .csv), as: UTF8.self)
        let lines = csv.split(separator: "\r\n", omittingEmptySubsequences: true).map(String.init)
        XCTAssertTrue(lines[0].hasSuffix(";Beslut;Beslut av;Beslut tid;Helhet;Belastning"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("Helsingborg;IFO Barn och unga;Utredning 1;Bo Ek;2026-W48;Ärende 2;"), lines[1])
        XCTAssertTrue(lines[1].hasSuffix(";;;;;9"), "no decision, no overall rating, load 9: \(lines[1])")
        XCTAssertTrue(lines[2].hasSuffix(";4;33"), lines[2])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(
            with: try WorkloadExport.workloadData(from: store, filter: .init(), format: .json)) as? [[String: Any]])
        XCTAssertEqual(json.map { $0["belastning"] as? Int }, [9, 33, 33])
        XCTAssertNil(json[0]["helhet"], "left out when she gave none")
        XCTAssertEqual(json[1]["helhet"] as? Int, 4)
    }

    func testTalkAgendaListsEveryOpenDecisionOfThePeriodWithWhoAndWhen() throws {
        let first = try add("Ärende 1", 3, 3)
        let second = try add("Ärende 2", 2, 2)
        let third = try add("Ärende 3", 4, 4)
        let fourth = try add("Ärende 4", 1, 1, person: bo)
        let fifth = try add("Ärende 5", 1, 2, person: bo)
        try store.decide(caseId: first.id, period: w48, kind: .prioritera, today: today)
        try store.decide(caseId: second.id, period: w48, kind: .kanVanta, reviewDate: "2026-12-01", note: "Efter mötet", today: today)
        try store.decide(caseId: third.id, period: w48, kind: .omfordela, toMedarbetareId: bo.id, today: today)
        try store.decide(caseId: fourth.id, period: w48, kind: .avsluta, today: today)
        try store.decide(caseId: fifth.id, period: w48, kind: .kanVanta, reviewDate: "2026-11-25", today: today)
        let agenda = try store.talkAgenda(teamId: team.id, period: w48)
        XCTAssertEqual(agenda.map(\.reference), ["Ärende 1", "Ärende 5", "Ärende 2", "Ärende 3", "Ärende 4"],
                       "prioritera, kan vänta by review date, omfördela, avsluta")
        XCTAssertEqual(agenda.map(\.kind), [.prioritera, .kanVanta, .kanVanta, .omfordela, .avsluta])
        XCTAssertEqual(agenda[2].reviewDate?.iso, "2026-12-01")
        XCTAssertEqual(agenda[2].note, "Efter mötet")
        XCTAssertEqual(agenda[3].toName, "Bo Ek")
        XCTAssertEqual(agenda.map(\.decidedBy), Array(repeating: "märta", count: 5))
        XCTAssertTrue(agenda.allSatisfy { $0.decidedAt.hasPrefix("20") && $0.period == "2026-W48" })
        // A later period: the wait goes on; the prioritera (not rated there), omfördela and avsluta are done.
        XCTAssertEqual(try store.talkAgenda(teamId: team.id, period: w48.next).map(\.reference), ["Ärende 5", "Ärende 2"])
        // A newer decision replaces the old one on the agenda.
        try store.decide(caseId: second.id, period: w48, kind: .prioritera, today: today)
        XCTAssertEqual(try store.talkAgenda(teamId: team.id, period: w48).filter { $0.kind == .kanVanta }.map(\.reference), ["Ärende 5"])
    }

    func testClearOverallTakesTheRatingAwayAndIsAudited() throws {
        try store.setOverall(medarbetareId: asa.id, period: w48, rating: 4, today: today)
        try store.clearOverall(medarbetareId: asa.id, period: w48, today: today)
        XCTAssertNil(try store.workloadGrid(medarbetareId: asa.id, period: w48)?.overall)
        let entry = try XCTUnwrap(try store.auditEntries(entity: "workload_overall").first)
        XCTAssertEqual(entry.action, .delete)
        XCTAssertEqual(entry.before?["rating"], .integer(4))
        XCTAssertThrowsError(try store.clearOverall(medarbetareId: asa.id, period: w48, today: today), "nothing left to take away")
        XCTAssertEqual(try store.auditEntries(entity: "workload_overall").count, 2, "the refused one wrote nothing")
    }
}
