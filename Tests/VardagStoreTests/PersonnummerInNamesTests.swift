import Foundation
import GRDB
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// A personnummer is never stored in a name, a title, a responsible or an import column,
/// and a case reference that reads as a person's name is refused.
final class PersonnummerInNamesTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private var team: Team!
    private var asa: Medarbetare!
    private let today = try! LocalDate.parse("2026-11-23")
    /// Skatteverket's test number, in each shape the detector knows.
    private let numbers = ["121212-1212", "121212+1212", "1212121212", "19121212-1212", "191212121212"]

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        team = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        asa = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Åsa Öberg", title: "Undersköterska", role: .medarbetare, startDate: "2015-03-01"))
    }

    override func tearDown() {
        store = nil
        database.remove()
    }

    func testAStaffNameOrTitleWithAPersonnummerIsRefusedAndNothingIsStored() throws {
        for number in numbers {
            XCTAssertThrowsError(try store.addMedarbetare(MedarbetareDraft(
                teamId: team.id, name: "Anna Berg \(number)", title: "Vårdbiträde", role: .medarbetare, startDate: "2020-01-01"))) {
                XCTAssertEqual(($0 as? ValidationFailure)?.errors, [.name: .personnummer], number)
            }
            XCTAssertThrowsError(try store.addMedarbetare(MedarbetareDraft(
                teamId: team.id, name: "Anna Berg", title: "Vårdbiträde \(number)", role: .medarbetare, startDate: "2020-01-01"))) {
                XCTAssertEqual(($0 as? ValidationFailure)?.errors, [.title: .personnummer], number)
            }
        }
        XCTAssertThrowsError(try store.addTeam(enhetId: team.enhetId, name: "Grupp 121212-1212"))
        XCTAssertEqual(try store.staffCount(), 1)
        // An ordinary number that fails the check digit is a name's business.
        XCTAssertNoThrow(try store.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Anna Berg", title: "Vårdbiträde 121212-1213", role: .medarbetare, startDate: "2020-01-01")))
    }

    func testSkuggningNamesAndAResponsibleRefuseAPersonnummer() throws {
        XCTAssertThrowsError(try ShadowingRules.validateText("Deltagare 121212-1212", field: .name, max: 100))
        XCTAssertEqual(try ShadowingRules.validateText("Anna Åkesson", field: .name, max: 100), "Anna Åkesson")
        var errors: [DialogueField: DialogueError] = [:]
        let draft = ActionDraft(loopId: 1, what: "Fler utflykter", responsible: "Bo 1212121212", due: "2026-12-01")
        XCTAssertNil(draft.checked(into: &errors))
        XCTAssertEqual(errors, [.responsible: .personnummer])
    }

    func testACaseReferenceThatReadsAsAPersonsNameIsRefused() throws {
        for reference in ["Anna Berg", "Karl-Erik Svensson", "Fru Lind", "ärende Maria Lind"] {
            XCTAssertThrowsError(try CaseDraft(reference: reference, time: "3", difficulty: "3").validate()) {
                XCTAssertEqual(($0 as? WorkloadFailure)?.errors, [.reference: .personNameInReference], reference)
            }
        }
        for reference in ["Ärende 14", "ÄR-2026-114", "Familj B", "Hemtjänst Norr 3", "anna berg"] {
            XCTAssertNoThrow(try CaseDraft(reference: reference, time: "3", difficulty: "3").validate(), reference)
        }
    }

    // MARK: Import

    private let header = "Kommun;Enhet;Team;Namn;Titel;Utbildning;Poäng;Bevis;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5;Önskemål"

    private func problems(_ text: String, createMissing: Bool = false) -> [String] {
        do {
            try store.importCompetence(Data(text.utf8), source: "test.csv", createMissing: createMissing, today: today)
            XCTFail("import should fail")
            return []
        } catch let failure as CompetenceImportFailure {
            return failure.problems.map(\.description)
        } catch {
            XCTFail("\(error)")
            return []
        }
    }

    func testTheImportRefusesAPersonnummerInTheWishesAndANewNameByLineAndColumn() throws {
        let text = header + "\n"
            + "Åsbro;Hemtjänst Norr;Grupp Ängen;Åsa Öberg;Undersköterska;Gymnasial;1500;Nej;;;;;;Vill gå steg 3 (pnr 19121212-1212)\n"
            + "Åsbro;Hemtjänst Norr;Grupp Ängen;Nora 1212121212;Vårdbiträde;Gymnasial;800;Nej;;;;;;\n"
        let found = problems(text, createMissing: true)
        XCTAssertEqual(found, [
            "rad 2: kolumnen ”Önskemål” innehåller något som liknar ett personnummer, som aldrig sparas (ta bort det i filen)",
            "rad 3: kolumnen ”Namn” innehåller något som liknar ett personnummer, som aldrig sparas (ta bort det i filen)",
        ])
        XCTAssertFalse(found.joined().contains("1212"), "the number is never echoed")
        XCTAssertEqual(try store.staffCount(), 1)
        XCTAssertEqual(try store.competencePeople().first?.mapping.wishes, "")
        // Dates in the step columns and an ordinary wish pass.
        let good = header + "\n"
            + "Åsbro;Hemtjänst Norr;Grupp Ängen;Åsa Öberg;Undersköterska;Gymnasial;1500;Nej;2020-02-01;;;;;Vill gå steg 3, tel 0701234567\n"
        XCTAssertNoThrow(try store.importCompetence(Data(good.utf8), source: "test.csv", today: today))
    }
}
