import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// `vardag export competence --kind certificate`: undersköterskor without the certificate.
final class CompetenceCertificateExportTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private let today = try! LocalDate.parse("2026-11-23")

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let usk = try XCTUnwrap(try store.competenceTitles().first { $0.name == "Undersköterska" })
        for (kommunName, enhetName) in [("Åsbro", "Hemtjänst Norr"), ("Örby", "Boende Björken")] {
            let kommun = try store.addKommun(name: kommunName)
            let enhet = try store.addEnhet(kommunId: kommun.id, name: enhetName, omrade: .vardOchOmsorg)
            let team = try store.addTeam(enhetId: enhet.id, name: "Grupp 1")
            func add(_ name: String, _ title: String, _ start: String) throws -> Int64 {
                try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: name, title: title, role: .medarbetare, startDate: start)).id
            }
            guard kommunName == "Åsbro" else { _ = try add("Östen Ny", "Undersköterska", "2025-01-01"); continue }
            let asa = try add("Åsa Öberg", "Undersköterska", "2015-03-01")
            let maria = try add("Maria Lind", "Undersköterska", "2012-03-01")
            _ = try add("Ali Berg", "Undersköterska", "2024-05-01")
            _ = try add("Bo Ek", "Vårdbiträde", "2024-03-01")
            try store.saveCompetenceMapping(CompetenceMapping(
                medarbetareId: asa, titleId: usk.id, educationKind: .gymnasial, points: 1500, certificate: false,
                employedOnProtectionDay: true))
            try store.saveCompetenceMapping(CompetenceMapping(
                medarbetareId: maria, titleId: usk.id, educationKind: .gymnasial, points: 1500, certificate: true))
        }
    }

    override func tearDown() {
        store = nil
        database.remove()
    }

    func testListsThoseWithoutTheRightFirstThenTheDaysLeftAndLeavesCertifiedOut() throws {
        let table = try CompetenceExport.table(from: store, kind: .certificate, kommuner: ["åsbro"], today: today)
        XCTAssertEqual(table.header, ["Kommun", "Enhet", "Namn", "Roll", "Titel", "Anställd som undersköterska 2023-07-01", "Dagar kvar", "Status"])
        XCTAssertEqual(table.rows, [
            ["Åsbro", "Hemtjänst Norr", "Ali Berg", "Medarbetare", "Undersköterska", "Nej", "", "Saknar bevis och övergångsrätt"],
            ["Åsbro", "Hemtjänst Norr", "Åsa Öberg", "Medarbetare", "Undersköterska", "Ja", "2411", "Övergång"],
        ])
        let all = try CompetenceExport.table(from: store, kind: .certificate, kommuner: [], today: today)
        XCTAssertEqual(all.rows.map { $0[2] }, ["Ali Berg", "Östen Ny", "Åsa Öberg"])
    }

    func testJSONGivesTheDaysAsANumberAndCSVKeepsTheLayout() throws {
        let table = try CompetenceExport.table(from: store, kind: .certificate, kommuner: ["Åsbro"], today: today)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: CompetenceExport.json(table)) as? [[String: Any]])
        XCTAssertEqual(json.last?["Dagar kvar"] as? Int, 2411)
        XCTAssertEqual(json.first?["Dagar kvar"] as? String, "")
        let csv = String(decoding: try CompetenceExport.csv(table), as: UTF8.self)
        XCTAssertTrue(csv.contains("Åsbro;Hemtjänst Norr;Åsa Öberg;Medarbetare;Undersköterska;Ja;2411;Övergång\r\n"), csv)
    }

    func testAfterTheTransitionEveryoneWithoutTheCertificateHasNoRight() throws {
        let after = try LocalDate.parse("2033-07-01")
        let table = try CompetenceExport.table(from: store, kind: .certificate, kommuner: ["Åsbro"], today: after)
        XCTAssertEqual(table.rows.map { [$0[2], $0[6]] }, [["Ali Berg", ""], ["Åsa Öberg", ""]])
    }
}
