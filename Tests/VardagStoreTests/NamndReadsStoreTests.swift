import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// The nämnd report's reads per kommun and month on the demo, on both backends
/// (`VARDAG_TEST_BACKEND=postgres`): each figure equals the one the tool's own screen reads
/// give (the overview, the time diary summary, the loops, the analysis, the gaps export),
/// and a write shows in the next read.
final class NamndReadsStoreTests: XCTestCase {
    private let today = try! LocalDate(year: 2026, month: 12, day: 6)
    private let month = try! StaffMonth.parse("2026-11")
    private var database: TemporaryDatabase!
    private var store: AppDatabase!

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        try FullDemo.populate(store, today: today)
    }

    override func tearDownWithError() throws {
        try store?.close()
        database?.remove()
    }

    private func kommun(_ name: String) throws -> Int64 { try XCTUnwrap(try store.kommunId(named: name), name) }

    func testTheTestsLoginReadsEveryRow() throws {
        // The file's owner on SQLite, the cluster's superuser on PostgreSQL.
        XCTAssertTrue(try store.readsEveryRow())
    }

    func testTheMonthsPeriodsAreTheWeeksWhoseThursdayFallsInIt() throws {
        XCTAssertEqual(NamndWorkloadMonth.periods(in: month, kind: .week).map(\.description), ["2026-W45", "2026-W46", "2026-W47", "2026-W48"])
        XCTAssertEqual(NamndWorkloadMonth.periods(in: try StaffMonth.parse("2026-10"), kind: .week).map(\.description),
                       ["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44"], "1 October 2026 is a Thursday")
        XCTAssertEqual(NamndWorkloadMonth.periods(in: month, kind: .month).map(\.description), ["2026-11"])
    }

    func testWorkloadFiguresAreTheOverviewsAndTheDiarySummarys() throws {
        let settings = try store.workloadSettings()
        var ratings = 0, keepers = 0
        for name in ["Älvdala", "Åsbro", "Östervik"] {
            let read = try store.namndWorkload(kommunId: try kommun(name), month: month)
            XCTAssertEqual(read.periods.count, 4)
            for team in read.teams {
                var raters = Set<Int64>(), heavy = Set<Int64>(), rated = 0, tung = 0
                for period in read.periods {
                    for row in try store.workloadOverview(teamId: team.teamId, period: period, periods: 2, settings: settings) {
                        let counts = row.history.last!.counts
                        if counts.total > 0 { raters.insert(row.id) }
                        rated += counts.total
                        tung += counts.tung
                        if row.flagged { heavy.insert(row.id) }
                    }
                }
                XCTAssertEqual([team.raters, team.ratings, team.tung, team.heavy], [raters.count, rated, tung, heavy.count],
                               "\(name) \(team.teamName)")
                let diary = try store.directShares(teamId: team.teamId, from: month.firstDay, to: month.lastDay).filter { $0.totalMinutes > 0 }
                XCTAssertEqual(team.diaryKeepers, diary.count)
                XCTAssertEqual(team.directMinutes, diary.map { $0.minutes[.direkt] ?? 0 }.reduce(0, +))
                XCTAssertEqual(team.loggedMinutes, diary.map(\.totalMinutes).reduce(0, +))
                ratings += team.ratings
                keepers += team.diaryKeepers
            }
        }
        XCTAssertGreaterThan(ratings, 0, "the demo rates cases in the month")
        XCTAssertGreaterThan(keepers, 0, "and keeps diaries")
    }

    func testDialogueFiguresAreTheLoopsOfTheYearToTheMonthsEnd() throws {
        var held = 0
        for name in ["Älvdala", "Åsbro", "Östervik"] {
            let read = try store.namndDialogue(kommunId: try kommun(name), month: month)
            let loops = try DialogueExport.loops(from: store, filter: .init(kommun: name, year: 2026), today: today)
                .filter { ($0.startad ?? "9999") <= month.lastDay.iso }
            let end = month.lastDay.iso
            XCTAssertEqual(read.map(\.held).reduce(0, +), loops.count, name)
            XCTAssertEqual(read.map(\.questionsAsked).reduce(0, +),
                           loops.flatMap(\.stafettfragor).filter { $0.stalld_datum <= end }.count, name)
            XCTAssertEqual(read.map(\.questionsAnswered).reduce(0, +),
                           loops.flatMap(\.stafettfragor).filter { ($0.besvarad_datum ?? "9999") <= end }.count, name)
            XCTAssertEqual(read.map(\.actions).reduce(0, +), loops.flatMap(\.atgarder).count, name)
            XCTAssertEqual(read.map(\.actionsFedBack).reduce(0, +), loops.flatMap(\.atgarder).filter(\.aterkopplad).count, name)
            let targets = try store.dialogueTargets(year: 2026, today: today).filter { $0.kommunName == name }
            XCTAssertEqual(read.map(\.target), targets.map(\.target), name)
            held += loops.count
        }
        XCTAssertGreaterThan(held, 0)
    }

    func testShadowingAndCompetenceReadsPerKommun() throws {
        let alvdala = try store.namndShadowing(kommunId: try kommun("Älvdala"), month: month)
        XCTAssertEqual(alvdala.count, 1)
        XCTAssertEqual(alvdala[0].participants, 12)
        XCTAssertGreaterThan(alvdala[0].analysis.totalMinutes, 0)
        XCTAssertEqual(alvdala[0].analysis, try store.shadowingAnalysis(teamId: alvdala[0].team.id, from: month.firstDay, to: month.lastDay))
        XCTAssertEqual(try store.namndShadowing(kommunId: try kommun("Åsbro"), month: month).count, 0, "the team is Älvdala's")

        for name in ["Älvdala", "Åsbro", "Östervik"] {
            let read = try store.namndCompetence(kommunId: try kommun(name), month: month, today: today)
            let gaps = try CompetenceExport.table(from: store, kind: .gaps, kommuner: [name], today: today).rows
            XCTAssertEqual(read.people.count, gaps.count, name)
            XCTAssertEqual(read.people.filter { $0.gaps > 0 }.count, gaps.filter { !$0[5].isEmpty }.count, name)
            XCTAssertEqual(read.people.filter(\.isManager).count, gaps.filter { $0[3] == "Chef" }.count, name)
            let plan = try CompetenceExport.table(from: store, kind: .plan, kommuner: [name], today: today).rows
            XCTAssertEqual(read.planItems.count, plan.filter { $0[6] == "2026-K4" }.count, name)
            XCTAssertEqual(read.quarter, Quarter(year: 2026, number: 4))
        }
    }

    func testARatingWrittenShowsInTheNextRead() throws {
        let id = try kommun("Östervik")
        let before = try store.namndWorkload(kommunId: id, month: month)
        let team = try XCTUnwrap(before.teams.first { $0.raters > 0 })
        let member = try XCTUnwrap(try store.teamMembers(teamId: team.teamId).first)
        let period = try XCTUnwrap(before.periods.last)
        _ = try store.addCase(medarbetareId: member.id, period: period, draft: CaseDraft(reference: "Ärende 901", time: "5", difficulty: "5"), today: today)
        let after = try XCTUnwrap(try store.namndWorkload(kommunId: id, month: month).teams.first { $0.teamId == team.teamId })
        XCTAssertEqual(after.ratings, team.ratings + 1)
        XCTAssertEqual(after.tung, team.tung + 1)
    }
}
