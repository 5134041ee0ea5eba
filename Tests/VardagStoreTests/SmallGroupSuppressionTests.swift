import Foundation
import GRDB
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// The small-group rule where it leaves the app: the threshold as stored, the comparison
/// and its export.
final class SmallGroupSuppressionTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private let today = try! LocalDate.parse("2026-11-23")

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
    }

    override func tearDown() {
        store = nil
        database.remove()
    }

    /// A kommun with one vård och omsorg team of `staff` undersköterskor, the first
    /// `stepOne` of whom have done step 1.
    @discardableResult
    private func kommun(_ name: String, staff: Int, stepOne: Int) throws -> Int64 {
        let kommun = try store.addKommun(name: name)
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst \(name)", omrade: .vardOchOmsorg)
        let team = try store.addTeam(enhetId: enhet.id, name: "Grupp \(name)")
        for n in 0..<staff {
            let person = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Person \(n) \(name)", title: "Undersköterska",
                                                                   role: .medarbetare, startDate: "2020-01-01"))
            if n < stepOne { try store.markCompetenceStepDone(medarbetareId: person.id, step: 1, date: try LocalDate.parse("2025-01-10")) }
        }
        return kommun.id
    }

    private func comparisonRows(_ kommuner: [String] = []) throws -> [[String]] {
        try CompetenceExport.table(from: store, kind: .comparison, kommuner: kommuner, today: today).rows
    }

    private func thresholdAudit() throws -> [AuditEntry] {
        try store.auditEntries(entity: "competence_setting")
    }

    func testAThresholdBelowFiveIsRefusedUnchangedAndUnaudited() throws {
        for low in [4, 3, 2] {
            XCTAssertThrowsError(try store.setCompetenceSuppressionThreshold(low)) {
                XCTAssertEqual($0 as? CompetenceError, .thresholdOutOfRange(low))
            }
        }
        XCTAssertEqual(try store.competenceSuppression().threshold, 5)
        XCTAssertEqual(try thresholdAudit().count, 0, "a refused change leaves no audit row")
    }

    func testAThresholdChangeIsAuditedWithTheOldAndNewValue() throws {
        try store.setCompetenceSuppressionThreshold(7)
        try store.setCompetenceSuppressionThreshold(5)
        XCTAssertThrowsError(try store.setCompetenceSuppressionThreshold(4))
        let audit = try thresholdAudit()
        XCTAssertEqual(audit.count, 2)
        let rows = audit.sorted { $0.id < $1.id }
        XCTAssertEqual(rows.map(\.action), [.update, .update])
        XCTAssertEqual(rows[0].before?["suppression_threshold"], .integer(5))
        XCTAssertEqual(rows[0].after?["suppression_threshold"], .integer(7))
        XCTAssertEqual(rows[1].before?["suppression_threshold"], .integer(7))
        XCTAssertEqual(rows[1].after?["suppression_threshold"], .integer(5))
    }

    /// A value below five written earlier (by an older version, or by hand) is read as five,
    /// by the comparison, its export and every other cross-unit figure.
    func testAStoredThresholdBelowFiveReadsAsFiveEverywhere() throws {
        try kommun("Fyrby", staff: 4, stepOne: 0)
        try kommun("Sexby", staff: 6, stepOne: 3)
        try store.writer.write { db in
            try db.execute(sql: "UPDATE competence_setting SET value = 2 WHERE key = 'suppression_threshold'")
        }
        XCTAssertEqual(try store.competenceSuppression().threshold, 5)
        XCTAssertEqual(try store.smallGroupSuppression().threshold, 5)
        XCTAssertEqual(try store.competenceComparison().suppression.threshold, 5)
        let rows = try comparisonRows()
        XCTAssertFalse(rows.contains { $0[1] == "Fyrby" }, "a group of 4 never goes out: \(rows)")
        XCTAssertTrue(rows.allSatisfy { Int($0[2])! >= 5 }, "\(rows)")
    }

    /// `Vård och omsorg steg 1;Litenby;5;1;20 %` told that one person of five did the step.
    func testACountOfOneInAGroupOfFiveIsExportedAsTooFewWithoutTheCount() throws {
        try kommun("Litenby", staff: 5, stepOne: 1)
        let comparison = try store.competenceComparison()
        let step1 = try XCTUnwrap(comparison.rows.first { $0.criterion == .step(omrade: .vardOchOmsorg, step: 1) })
        XCTAssertEqual(step1.cells.map(\.visibility), [.tooFew])
        XCTAssertNil(step1.cells[0].share)
        let rows = try comparisonRows()
        XCTAssertTrue(rows.contains(["Vård och omsorg steg 1", "Litenby", "5", "", "för få"]), "\(rows)")
        XCTAssertFalse(rows.contains { $0[3] == "1" || $0[4] == "20 %" }, "\(rows)")
        // Four of five is "för få" too: the one who has not done it would stand out.
        try kommun("Fyraby", staff: 5, stepOne: 4)
        XCTAssertTrue(try comparisonRows().contains(["Vård och omsorg steg 1", "Fyraby", "5", "", "för få"]))
        let json = String(decoding: try CompetenceExport.json(CompetenceExport.Table(header: ["Kriterium", "Kommun", "Antal", "Uppfyller", "Andel"],
                                                                                     rows: try comparisonRows())), as: UTF8.self)
        XCTAssertFalse(json.contains("0.2"), json)
    }

    /// Whatever is hidden in a row, the total over the kommuner never gives it back by
    /// subtraction: checked for every criterion against the export's own figures.
    func testNoTotalLetsAHiddenCellBeWorkedOutBySubtraction() throws {
        try kommun("Litenby", staff: 6, stepOne: 1)   // step 1: "för få"
        try kommun("Mellanby", staff: 10, stepOne: 5)
        try kommun("Storby", staff: 12, stepOne: 7)
        var rows = try comparisonRows()
        let total = try XCTUnwrap(rows.first { $0[0] == "Vård och omsorg steg 1" && $0[1] == CompetenceExport.totalName })
        XCTAssertEqual(total, ["Vård och omsorg steg 1", "Totalt", "28", "", "dold"], "13 − 5 − 7 would give Litenby's 1")
        assertNoSubtractionReveals(rows)

        // A hidden group: the total's size minus the others would give its size.
        try kommun("Pyttby", staff: 3, stepOne: 0)
        rows = try comparisonRows()
        XCTAssertFalse(rows.contains { $0[1] == "Pyttby" })
        XCTAssertFalse(rows.contains { $0[0] == "Vård och omsorg steg 1" && $0[1] == CompetenceExport.totalName }, "\(rows)")
        assertNoSubtractionReveals(rows)

        // Two hidden counts and no hidden group: only their sum is known, so the total is shown.
        try kommun("Tvåby", staff: 6, stepOne: 2)
        rows = try comparisonRows(["Litenby", "Mellanby", "Storby", "Tvåby"])
        XCTAssertTrue(rows.contains(["Vård och omsorg steg 1", "Totalt", "34", "15", "44 %"]), "\(rows)")
    }

    /// For each criterion: when the total shows a count (or size), at most one kommun's may
    /// be missing only if it is zero-sized; never exactly one hidden.
    private func assertNoSubtractionReveals(_ rows: [[String]], file: StaticString = #filePath, line: UInt = #line) {
        let comparison = try! store.competenceComparison()
        for row in comparison.rows {
            let exported = rows.filter { $0[0] == row.label }
            guard let total = exported.first(where: { $0[1] == CompetenceExport.totalName }) else { continue }
            let kommunRows = exported.filter { $0[1] != CompetenceExport.totalName }
            let people = row.cells.filter { $0.groupSize > 0 }.count
            let hiddenSizes = people - kommunRows.count
            XCTAssertNotEqual(hiddenSizes, 1, "\(row.label): the total's size gives a hidden group away", file: file, line: line)
            if !total[3].isEmpty {
                let hiddenCounts = hiddenSizes + kommunRows.filter { $0[3].isEmpty }.count
                XCTAssertNotEqual(hiddenCounts, 1, "\(row.label): the total's count gives a hidden count away", file: file, line: line)
            }
        }
    }
}
