import Foundation
import GRDB
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// What a competence import keeps, clears, refuses and adds: a column the file lacks changes
/// nothing, an empty cell clears (and a dry run lists it), rows the app would refuse are
/// refused by line, and `createMissing` adds new hires to the unit and team on their row.
final class CompetenceImportRulesTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private var asa: Medarbetare!
    private var bo: Medarbetare!
    private var team: Team!
    private let today = try! LocalDate.parse("2026-11-23")
    private let fullHeader = "Id;Kommun;Enhet;Team;Namn;Titel;Utbildning;Poäng;Utbildningsår;Bevis;Övergång;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5;Önskemål"
    private let requiredHeader = "Kommun;Enhet;Namn;Titel;Utbildning;Poäng;Bevis;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5"

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        team = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        asa = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Åsa Öberg", title: "Undersköterska", role: .medarbetare, startDate: "2015-03-01"))
        bo = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Bo Ek", title: "Vårdbiträde", role: .medarbetare, startDate: "2024-03-01"))
        // Both with övergång Ja, wishes and an education year: what a narrow file used to wipe.
        try importText(fullHeader + "\n"
            + "\(asa.id);Åsbro;Hemtjänst Norr;Grupp Ängen;Åsa Öberg;Undersköterska;Gymnasial;1500;2012;Nej;Ja;2020-02-01;2021-03-01 V;;;;Vill gå steg 3\n"
            + "\(bo.id);Åsbro;Hemtjänst Norr;Grupp Ängen;Bo Ek;Vårdbiträde;Gymnasial;800;2020;Ja;Ja;2024-06-01;;;;;Vill läsa till usk\n")
    }

    override func tearDown() {
        store = nil
        database.remove()
    }

    @discardableResult
    private func importText(_ text: String, dryRun: Bool = false, createMissing: Bool = false) throws -> CompetenceImportSummary {
        try store.importCompetence(Data(text.utf8), source: "test.csv", dryRun: dryRun, createMissing: createMissing, today: today)
    }

    private func problems(_ text: String, createMissing: Bool = false) -> [String] {
        do {
            try importText(text, createMissing: createMissing)
            XCTFail("import should fail")
            return []
        } catch let failure as CompetenceImportFailure {
            return failure.problems.map(\.description)
        } catch {
            XCTFail("\(error)")
            return []
        }
    }

    /// Every stored competence and register row, column by column.
    private func storedRows() throws -> [String: [[StoreValue]]] {
        try store.writer.read { db in
            var tables: [String: [[StoreValue]]] = [:]
            for (table, order) in [("competence_mapping", "medarbetare_id"), ("competence_step_done", "medarbetare_id, step_no"),
                                   ("competence_plan", "id"), ("medarbetare", "id")] {
                tables[table] = try StoreRow.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)").map(\.values)
            }
            return tables
        }
    }

    func testAFileWithOnlyTheRequiredColumnsLeavesEveryOtherStoredValueByteIdentical() throws {
        let before = try storedRows()
        XCTAssertEqual(before["competence_mapping"]?.count, 2)
        let summary = try importText(requiredHeader + "\n"
            + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Nej;2020-02-01;2021-03-01 V;;;\n"
            + "Åsbro;Hemtjänst Norr;Bo Ek;Vårdbiträde;Gymnasial;800;Ja;2024-06-01;;;;\n")
        XCTAssertEqual(summary.people, 2)
        XCTAssertEqual(summary.cleared, [])
        XCTAssertEqual(try storedRows(), before, "övergång, wishes and education year are kept when their columns are missing")

        // A changed value in a column that is there is written; the missing ones still stay.
        try importText(requiredHeader + "\nÅsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1600;Nej;2020-02-01;2021-03-01 V;;;\n")
        let asaMapping = try XCTUnwrap(try store.competencePeople().first { $0.id == asa.id }).mapping
        XCTAssertEqual(asaMapping.points, 1600)
        XCTAssertTrue(asaMapping.employedOnProtectionDay)
        XCTAssertEqual(asaMapping.educationYear, 2012)
        XCTAssertEqual(asaMapping.wishes, "Vill gå steg 3")
        let after = try storedRows()
        XCTAssertEqual(after["competence_mapping"]?.last, before["competence_mapping"]?.last, "Bo, not in the file, untouched")
        XCTAssertEqual(after["competence_step_done"], before["competence_step_done"])
    }

    func testAnEmptyCellInAPresentColumnClearsAndADryRunListsIt() throws {
        let text = fullHeader + "\n"
            + "\(asa.id);Åsbro;Hemtjänst Norr;Grupp Ängen;Åsa Öberg;Undersköterska;Gymnasial;;;Nej;;2020-02-01;;;;;\n"
        let before = try storedRows()
        let dry = try importText(text, dryRun: true)
        let expected: [(CompetenceImportClearing.Field, String)] = [
            (.points, "1500"), (.educationYear, "2012"), (.transition, "Ja"), (.wishes, "Vill gå steg 3"), (.step(2), "2021-03-01 V"),
        ]
        XCTAssertEqual(dry.cleared, expected.map {
            CompetenceImportClearing(line: 2, medarbetareId: asa.id, name: "Åsa Öberg", field: $0.0, old: $0.1)
        })
        XCTAssertEqual(try storedRows(), before, "a dry run stores nothing")

        let done = try importText(text)
        XCTAssertEqual(done.cleared, dry.cleared)
        let asaMapping = try XCTUnwrap(try store.competencePeople().first { $0.id == asa.id }).mapping
        XCTAssertEqual(asaMapping.points, 0)
        XCTAssertNil(asaMapping.educationYear)
        XCTAssertFalse(asaMapping.employedOnProtectionDay)
        XCTAssertEqual(asaMapping.wishes, "")
        XCTAssertEqual(asaMapping.completions.map(\.step), [1])
        let audit = try XCTUnwrap(try store.auditEntries(entity: "competence_import").first)
        XCTAssertEqual(audit.after?["cleared"], .integer(5))
    }

    func testARetiredTitleIsRefusedByLineSoNoOneIsGivenItAgain() throws {
        let vbtr = try XCTUnwrap(try store.competenceTitles().first { $0.name == "Vårdbiträde" })
        try store.setCompetenceTitleActive(id: vbtr.id, active: false)
        let before = try storedRows()
        XCTAssertEqual(problems(requiredHeader + "\n"
            + "Åsbro;Hemtjänst Norr;Åsa Öberg;vårdbiträde;Gymnasial;1500;Nej;2020-02-01;;;;\n"), [
            "rad 2: titeln ”Vårdbiträde” är avvecklad: ta tillbaka den under Titlar (a) eller välj en annan titel",
        ])
        XCTAssertEqual(try storedRows(), before)
        try store.setCompetenceTitleActive(id: vbtr.id, active: true)
        try importText(requiredHeader + "\nÅsbro;Hemtjänst Norr;Åsa Öberg;Vårdbiträde;Gymnasial;1500;Nej;2020-02-01;;;;\n")
        XCTAssertEqual(try XCTUnwrap(try store.competencePeople().first { $0.id == asa.id }).mapping.titleId, vbtr.id)
    }

    func testRowsTheAppWouldRefuseAreRefusedByLineAndNothingIsStored() throws {
        let other = try store.addKommun(name: "Björkby")
        _ = try store.addEnhet(kommunId: other.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        _ = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Cia Berg", title: "Vårdbiträde", role: .medarbetare, startDate: "2024-03-01"))
        let before = try storedRows()
        let found = problems(fullHeader + "\n"
            + "\(asa.id);Åsbro;Hemtjänst Norr;;Åsa Öberg;Undersköterska;Gymnasial;1500;2012;X;Ja;2020-02-01;;;;;\n"
            + "\(bo.id);Björkby;Hemtjänst Norr;;Bo Ek;Vårdbiträde;Gymnasial;800;;Nej;Nej;;;;;;\n"
            + "\(bo.id);Åsbro;Hemtjänst Norr;;Åsa Öberg;Vårdbiträde;Gymnasial;800;;Nej;Nej;;;;;;\n"
            + ";Åsbro;Hemtjänst Norr;;Cia Berg;Vårdbiträde;Gymnasial;800;;Nej;1;2099-01-01;;;;;\n"
            + ";;Hemtjänst Norr;;Bo Ek;Vårdbiträde;Gymnasial;800;;Nej;Nej;;;;;;\n"
            + ";Åsbro;Hemtjänst Norr;Grupp Ängen;Ny Person;Vårdbiträde;Gymnasial;800;;Nej;Nej;;;;;;\n")
        XCTAssertEqual(found, [
            "rad 2: bevis ska vara Ja, Nej eller tomt (fick ”X”)",
            "rad 3: id \(bo.id) hör till en medarbetare i Åsbro, inte i ”Björkby”",
            "rad 4: id \(bo.id) hör till en annan person än ”Åsa Öberg”",
            "rad 5: övergång ska vara Ja, Nej eller tomt (fick ”1”)",
            "rad 5: steg 1: datumet 2099-01-01 är efter i dag (2026-11-23)",
            "rad 6: enheten ”Hemtjänst Norr” finns i flera kommuner (Björkby, Åsbro); ange Kommun",
            "rad 7: okänd person ”Ny Person” i Hemtjänst Norr, Åsbro; nya medarbetare läggs till med --create-missing",
        ])
        XCTAssertEqual(try storedRows(), before)
    }

    func testCreateMissingAddsTheNewHireToTheNamedUnitAndTeamWithAnAuditRow() throws {
        // The same unit name in another kommun: the row's kommun decides.
        let other = try store.addKommun(name: "Björkby")
        let otherEnhet = try store.addEnhet(kommunId: other.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let otherTeam = try store.addTeam(enhetId: otherEnhet.id, name: "Grupp Ängen")
        let text = requiredHeader + ";Team;Önskemål\n"
            + "Björkby;Hemtjänst Norr;Nora Ny;Vårdbiträde;Gymnasial;800;Nej;2025-01-10;;;;;grupp ängen;Vill gå steg 2\n"
            + "Åsbro;Hemtjänst Norr;Bo Ek;Vårdbiträde;Gymnasial;800;Ja;2024-06-01;;;;;;Vill läsa till usk\n"
        XCTAssertEqual(problems(text), ["rad 2: okänd person ”Nora Ny” i Hemtjänst Norr, Björkby; nya medarbetare läggs till med --create-missing"])

        let dry = try importText(text, dryRun: true, createMissing: true)
        XCTAssertEqual(dry.created, [CompetenceImportNewPerson(line: 2, id: nil, name: "Nora Ny", kommun: "Björkby", enhet: "Hemtjänst Norr", team: "Grupp Ängen")])
        XCTAssertEqual(try store.medarbetare(teamId: otherTeam.id), [], "a dry run adds nobody")

        let summary = try importText(text, createMissing: true)
        let nora = try XCTUnwrap(try store.medarbetare(teamId: otherTeam.id).first)
        XCTAssertEqual(summary.created.map(\.id), [nora.id])
        XCTAssertEqual(nora.name, "Nora Ny")
        XCTAssertEqual(nora.title, "Vårdbiträde")
        XCTAssertEqual(nora.startDate, today)
        XCTAssertEqual(try store.medarbetare(teamId: team.id).count, 2, "nobody added to Åsbro's team of the same name")
        let audit = try store.auditEntries(entity: "medarbetare", entityId: nora.id)
        XCTAssertEqual(audit.map(\.action), [.insert])
        XCTAssertEqual(audit.first?.user, try store.auditEntries(entity: "competence_import").first?.user)
        let mapping = try XCTUnwrap(try store.competencePeople().first { $0.id == nora.id }).mapping
        XCTAssertEqual(mapping.completions.map(\.step), [1])
        XCTAssertEqual(mapping.wishes, "Vill gå steg 2")

        // A team that is not in the unit, or none, refuses the row with the reason.
        let noTeam = requiredHeader + ";Team\n"
            + "Björkby;Hemtjänst Norr;Per Ny;Vårdbiträde;Gymnasial;800;Nej;;;;;;Grupp Backen\n"
            + "Björkby;Hemtjänst Norr;Pia Ny;Vårdbiträde;Gymnasial;800;Nej;;;;;;\n"
        XCTAssertEqual(problems(noTeam, createMissing: true), [
            "rad 2: okänt team ”Grupp Backen” i Hemtjänst Norr, Björkby; aktiva team där: Grupp Ängen",
            "rad 3: ny medarbetare ”Pia Ny”: ange i kolumnen Team vilket team i Hemtjänst Norr, Björkby personen ska läggas till i",
        ])
    }
}
