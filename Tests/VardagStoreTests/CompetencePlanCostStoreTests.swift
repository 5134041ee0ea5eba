import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// A plan item's provider and cost (v22): stored, corrected and audited in one transaction,
/// refused by the rules and by the schema, exported, and summed per unit and quarter.
final class CompetencePlanCostStoreTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private var asa: Medarbetare!
    private var karin: Medarbetare!

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let kommun = try store.addKommun(name: "Åsbro")
        let norr = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let linden = try store.addEnhet(kommunId: kommun.id, name: "Äldreboende Linden", omrade: .vardOchOmsorg)
        asa = try store.addMedarbetare(MedarbetareDraft(teamId: try store.addTeam(enhetId: norr.id, name: "Grupp Ängen").id,
                                                        name: "Åsa Öberg", title: "Undersköterska", role: .medarbetare, startDate: "2015-03-01"))
        karin = try store.addMedarbetare(MedarbetareDraft(teamId: try store.addTeam(enhetId: linden.id, name: "Avdelning 1").id,
                                                          name: "Karin Ahl", title: "Enhetschef", role: .chef, startDate: "2012-02-01"))
    }

    override func tearDown() {
        store = nil
        database.remove()
    }

    private func date(_ text: String) -> LocalDate { try! LocalDate.parse(text) }

    func testProviderAndCostRoundTripWithAuditAndACorrectionKeepsThemUnlessGiven() throws {
        let item = try store.addCompetencePlanItem(medarbetareId: asa.id, step: 2, course: "", targetDate: date("2027-02-15"),
                                                   provider: " Vård- och omsorgscollege Väst ", cost: 12_500)
        let stored = try XCTUnwrap(try database.open().competencePlanItems(medarbetareId: asa.id).first)
        XCTAssertEqual(stored.provider, "Vård- och omsorgscollege Väst")
        XCTAssertEqual(stored.cost, 12_500)
        let added = try XCTUnwrap(try store.auditEntries(entity: "competence_plan", entityId: item.id).first)
        XCTAssertEqual(added.after?["cost"], .integer(12_500))
        XCTAssertEqual(added.after?["provider"], .text("Vård- och omsorgscollege Väst"))

        try store.correctCompetencePlanItem(id: item.id, step: 2, course: "", targetDate: date("2027-04-01"))
        let kept = try XCTUnwrap(try store.competencePlanItems(medarbetareId: asa.id).first)
        XCTAssertEqual([kept.provider, kept.cost.map(String.init)], ["Vård- och omsorgscollege Väst", "12500"])

        try store.correctCompetencePlanItem(id: item.id, step: 2, course: "", targetDate: date("2027-04-01"), provider: "Komvux", cost: nil)
        let corrected = try XCTUnwrap(try database.open().competencePlanItems(medarbetareId: asa.id).first)
        XCTAssertEqual(corrected.provider, "Komvux")
        XCTAssertNil(corrected.cost)
        let last = try XCTUnwrap(try store.auditEntries(entity: "competence_plan", entityId: item.id).max { $0.id < $1.id })
        XCTAssertEqual(last.before?["cost"], .integer(12_500))
        XCTAssertEqual(last.after?["cost"], .null)
        XCTAssertEqual(last.after?["provider"], .text("Komvux"))
    }

    func testRefusalsWriteNothing() throws {
        let item = try store.addCompetencePlanItem(medarbetareId: asa.id, step: 1, course: "", targetDate: date("2027-02-15"))
        let auditBefore = try store.auditCount()
        XCTAssertThrowsError(try store.addCompetencePlanItem(medarbetareId: asa.id, step: 1, course: "", targetDate: date("2027-02-15"), cost: -1)) {
            XCTAssertEqual($0 as? CompetenceError, .costOutOfRange(-1))
        }
        XCTAssertThrowsError(try store.correctCompetencePlanItem(id: item.id, step: 1, course: "", targetDate: date("2027-02-15"),
                                                              provider: "", cost: 10_000_001))
        XCTAssertThrowsError(try store.correctCompetencePlanItem(id: item.id, step: 1, course: "", targetDate: date("2027-02-15"),
                                                              provider: "Skola\u{1B}[31m", cost: nil)) {
            XCTAssertEqual($0 as? CompetenceError, .invalidCharacters(.provider))
        }
        XCTAssertThrowsError(try store.correctCompetencePlanItem(id: item.id, step: 1, course: "", targetDate: date("2027-02-15"),
                                                              provider: String(repeating: "å", count: 101), cost: nil))
        XCTAssertEqual(try store.auditCount(), auditBefore)
        XCTAssertEqual(try store.competencePlanItems(medarbetareId: asa.id).first?.cost, nil)
    }

    func testTheSchemaRefusesANegativeCostAndALongProvider() throws {
        let item = try store.addCompetencePlanItem(medarbetareId: asa.id, step: 1, course: "", targetDate: date("2027-02-15"))
        XCTAssertThrowsError(try store.writer.write { db in
            try db.execute(sql: "UPDATE competence_plan SET cost = ? WHERE id = ?", arguments: [-5, item.id])
        })
        XCTAssertThrowsError(try store.writer.write { db in
            try db.execute(sql: "UPDATE competence_plan SET provider = ? WHERE id = ?", arguments: [String(repeating: "å", count: 101), item.id])
        })
        XCTAssertThrowsError(try store.writer.write { db in
            try db.execute(sql: "UPDATE competence_title SET active = 2", arguments: [])
        })
        XCTAssertEqual(try store.competencePlanItems(medarbetareId: asa.id).map(\.provider), [""], "a plan from before v22 has no provider")
    }

    func testPlanExportCarriesProviderAndCostAndPlanCostSumsPerUnitAndQuarter() throws {
        try store.addCompetencePlanItem(medarbetareId: asa.id, step: 1, course: "", targetDate: date("2027-01-15"), provider: "Komvux", cost: 4_000)
        try store.addCompetencePlanItem(medarbetareId: asa.id, step: 2, course: "", targetDate: date("2027-03-31"), cost: 8_500)
        try store.addCompetencePlanItem(medarbetareId: asa.id, step: nil, course: "Brandskydd", targetDate: date("2027-02-01"))
        let cancelled = try store.addCompetencePlanItem(medarbetareId: asa.id, step: 3, course: "", targetDate: date("2027-02-01"), cost: 99_000)
        try store.setCompetencePlanStatus(id: cancelled.id, status: .avbruten)
        try store.addCompetencePlanItem(medarbetareId: karin.id, step: 1, course: "", targetDate: date("2027-05-10"), cost: 15_000)
        let today = date("2026-11-23")
        let plan = try CompetenceExport.table(from: store, kind: .plan, kommuner: [], today: today)
        XCTAssertEqual(Array(plan.header.suffix(2)), ["Anordnare", "Kostnad"])
        XCTAssertTrue(plan.rows.contains { $0[2] == "Åsa Öberg" && $0[4] == "" && $0.suffix(2) == ["Komvux", "4000"] }, "\(plan.rows)")
        let cost = try CompetenceExport.table(from: store, kind: .planCost, kommuner: ["Åsbro"], today: today)
        XCTAssertEqual(cost.header, ["Kommun", "Enhet", "Kvartal", "Kostnad", "Poster", "Utan kostnad"])
        XCTAssertEqual(cost.rows, [
            ["Åsbro", "Hemtjänst Norr", "2027-K1", "12500", "3", "1"],
            ["Åsbro", "Hemtjänst Norr", "Totalt", "12500", "3", "1"],
            ["Åsbro", "Äldreboende Linden", "2027-K2", "15000", "1", "0"],
            ["Åsbro", "Äldreboende Linden", "Totalt", "15000", "1", "0"],
        ])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: CompetenceExport.json(cost)) as? [[String: Any]])
        XCTAssertEqual(json.first?["Kostnad"] as? Int, 12_500)
    }
}
