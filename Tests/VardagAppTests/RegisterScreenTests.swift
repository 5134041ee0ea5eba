import TerminalKit
import TestSupport
import VardagDemo
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

final class RegisterScreenTests: XCTestCase {
    /// Opens the register on top of the main menu.
    private func openRegister(_ app: AppHarness) { app.open(.register) }

    func testStaffListAt80x24() throws {
        let app = try AppHarness()
        openRegister(app)
        assertScreen(app, [
            " Vardag › Register",
            "  Medarbetare │ Kommuner │ Enheter │ Team │ Behörigheter",
            "",
            " 1 av 2 · Sorterat på namn",
            "",
            "  Namn               Titel        Roll        Team         Kommun        Aktiv",
            "> Bo Ek              Vårdbiträde  Medarbetare Grupp Ängen  Åsbro         ja",
            "  Märta Öhman        Undersköter… Teamledare  Grupp Ängen  Åsbro         ja",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ])
    }

    /// From 120 columns the list also shows each person's unit (Enhet).
    func testStaffListAt120x40UsesTheWidth() throws {
        let app = try AppHarness(width: 120, height: 40)
        openRegister(app)
        assertLines(Array(app.lines.prefix(9)), [
            " Vardag › Register",
            "  Medarbetare │ Kommuner │ Enheter │ Team │ Behörigheter",
            "",
            " 1 av 2 · Sorterat på namn",
            "",
            "  Namn                      Titel             Roll        Team              Enhet             Kommun             Aktiv",
            "> Bo Ek                     Vårdbiträde       Medarbetare Grupp Ängen       Hemtjänst Norr    Åsbro              ja",
            "  Märta Öhman               Undersköterska    Teamledare  Grupp Ängen       Hemtjänst Norr    Åsbro              ja",
            "",
        ])
    }

    /// The Behörigheter tab gives and takes roles as `vardag access` does, with its refusals in words.
    func testTheAccessTabGrantsAndRevokesARole() throws {
        let app = try AppHarness()
        openRegister(app)
        app.press(.tab, .tab, .tab, .tab)
        XCTAssertTrue(app.lines.contains { $0.contains("Inga inloggningar har roller ännu.") }, linesDiff(app.lines, []))
        app.press(.char("a"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ge en roll") }, linesDiff(app.lines, []))
        app.type("marta.ohman")
        app.press(.tab)
        app.type("Märta Öhman")
        app.press(.tab, .right)
        XCTAssertTrue(app.lines.contains { $0.contains("Omfattning: team:NAMN") }, linesDiff(app.lines, []))
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Teamledare gäller ett område: ange --scope team:NAMN") },
                      linesDiff(app.lines, []))
        // The refusal put the cursor in the scope field.
        app.type("team:Grupp Ängen")
        app.press(.enter)
        XCTAssertEqual(try app.store.accessGrants().map { "\($0.login) \($0.role.rawValue) \($0.scope?.name ?? "")" },
                       ["marta.ohman teamledare Hemtjänst Norr/Grupp Ängen"])
        XCTAssertTrue(app.statusLine.hasPrefix("Sparat: marta.ohman har rollen Teamledare"), app.statusLine)
        XCTAssertTrue(app.lines.contains { $0.contains("> marta.ohman") && $0.contains("Märta Öhman") && $0.contains("Teamledare") },
                      linesDiff(app.lines, []))
        app.press(.char("d"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ta rollen Teamledare") }, linesDiff(app.lines, []))
        app.press(.char("j"))
        XCTAssertEqual(try app.store.accessGrants(), [])
        XCTAssertEqual(try app.store.auditEntries(entity: "access_grant").map(\.action), [.delete, .insert])
    }

    func testAddingAStaffMemberByKeysStoresHerWithAnAuditRow() throws {
        let app = try AppHarness()
        openRegister(app)
        app.press(.char("a"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ny medarbetare") }, linesDiff(app.lines, []))
        app.type("Åsa Öberg")
        app.press(.tab)
        app.type("Undersköterska")
        app.press(.enter)
        let staff = try app.store.staff(offset: 0, limit: 10)
        XCTAssertEqual(staff.map(\.name), ["Bo Ek", "Märta Öhman", "Åsa Öberg"])
        let asa = try XCTUnwrap(staff.last)
        XCTAssertEqual(asa.title, "Undersköterska")
        XCTAssertEqual(asa.startDate.description, "2026-11-23")
        XCTAssertEqual(asa.teamName, "Grupp Ängen")
        let audit = try app.store.auditEntries(entity: "medarbetare", entityId: asa.id)
        XCTAssertEqual(audit.count, 1)
        XCTAssertEqual(audit.first?.user, "testare")
        XCTAssertTrue(app.lines[8].hasPrefix("> Åsa Öberg          Undersköter… Medarbetare Grupp Ängen"), app.lines[8])
        XCTAssertTrue(app.statusLine.hasPrefix("Sparat: Åsa Öberg"), app.statusLine)
    }

    func testInvalidInputShowsMessagesAtTheFieldsAndStoresNothing() throws {
        let app = try AppHarness()
        openRegister(app)
        app.press(.char("a"))
        app.press(.tab, .tab, .tab, .tab)  // to Startdatum
        for _ in 0..<10 { app.press(.backspace) }
        app.type("2026-02-30")
        app.press(.enter)
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Fältet måste fyllas i."), text)
        XCTAssertTrue(text.contains("Skriv ett datum som finns, ÅÅÅÅ-MM-DD."), text)
        XCTAssertTrue(text.contains("Rätta de markerade fälten."), text)
        XCTAssertEqual(try app.store.staffCount(), 2)
        app.press(.escape)
        XCTAssertTrue(app.lines.joined().contains("Kasta ändringarna? (j/n)"), "the typed date would be lost")
        app.press(.char("j"))
        XCTAssertFalse(app.lines.joined().contains("Ny medarbetare"))
        XCTAssertEqual(app.lines[0], " Vardag › Register")
    }

    func testDuplicateKommunNameIsRefusedIgnoringCase() throws {
        let app = try AppHarness()
        openRegister(app)
        app.press(.tab)  // Kommuner
        app.press(.char("a"))
        app.type("åsbro")
        app.press(.enter)
        XCTAssertTrue(app.lines.joined().contains("Namnet finns redan här."), linesDiff(app.lines, []))
        XCTAssertEqual(try app.store.kommuner().count, 1)
    }

    func testDeactivateAsksFirstAndKeepsThePerson() throws {
        let app = try AppHarness()
        openRegister(app)
        app.press(.char("d"))
        XCTAssertTrue(app.lines.joined().contains("Avaktivera Bo Ek?"), linesDiff(app.lines, []))
        app.press(.char("n"))
        XCTAssertEqual(try app.store.staff(offset: 0, limit: 1).first?.active, true)
        app.press(.char("d"), .char("j"))
        let bo = try XCTUnwrap(app.store.staff(offset: 0, limit: 1).first)
        XCTAssertEqual(bo.name, "Bo Ek")
        XCTAssertFalse(bo.active)
        XCTAssertTrue(app.lines[6].hasPrefix("> Bo Ek") && app.lines[6].hasSuffix("inaktiv"), app.lines[6])
        app.press(.char("i"))  // hide inactive
        XCTAssertTrue(app.lines[6].hasPrefix("> Märta Öhman"), app.lines[6])
        XCTAssertEqual(app.lines[7], "")
    }

    func testDeactivatingAKommunSaysWhatHappensToItsUnitsAndTeamsAndDoesIt() throws {
        let app = try AppHarness()
        openRegister(app)
        app.press(.tab)  // Kommuner
        app.press(.char("d"))
        // The dialog's text with its wrapping undone.
        func dialog() -> String {
            app.lines.filter { $0.contains("│") }
                .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }
                .filter { !$0.isEmpty }.joined(separator: " ")
        }
        let text = dialog()
        XCTAssertFalse(text.contains("hon eller han"), "not the text about a person: \(text)")
        XCTAssertTrue(text.contains("Dess 1 aktiva enheter och 1 aktiva team avaktiveras också."), text)
        app.press(.char("j"))
        let kommun = try XCTUnwrap(app.store.registerTree().kommuner.first)
        XCTAssertFalse(kommun.kommun.active)
        XCTAssertEqual(kommun.enheter.map(\.enhet.active), [false])
        XCTAssertEqual(kommun.enheter.flatMap(\.teams).map(\.team.active), [false])
        XCTAssertEqual(try app.store.staff(offset: 0, limit: 10).filter(\.active).count, 2, "staff are not changed")
        XCTAssertTrue(app.statusLine.hasPrefix("Åsbro avaktiverad, med 1 enheter och 1 team."), app.statusLine)
        app.press(.char("d"))
        XCTAssertTrue(dialog().contains("dess enheter och team förblir inaktiva"), dialog())
        app.press(.char("j"))
        let again = try XCTUnwrap(app.store.registerTree().kommuner.first)
        XCTAssertTrue(again.kommun.active)
        XCTAssertEqual(again.enheter.map(\.enhet.active), [false], "as the dialog said")
    }

    func testAnEnlargedWindowShowsTheStaffListFilledWithoutAKey() throws {
        let app = try AppHarness(seed: { store in
            try AppHarness.smallRegister(store)
            let team = try XCTUnwrap(try store.registerTree().kommuner.first?.enheter.first?.teams.first?.team)
            for i in 1...120 {
                _ = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: String(format: "Person %03d", i),
                                                              title: "Vårdbiträde", role: .medarbetare, startDate: "2020-01-01"))
            }
        })
        openRegister(app)
        XCTAssertTrue(app.lines[6].hasPrefix("> Bo Ek"), app.lines[6])
        app.resize(width: 120, height: 90)
        // Rows 6–86 are the table's; every one holds a person, none is left blank.
        let blank = (6..<86).filter { !app.lines[$0].contains("Person") && !app.lines[$0].contains("Bo Ek") && !app.lines[$0].contains("Märta") }
        XCTAssertEqual(blank, [], linesDiff(app.lines, []))
    }

    func testNewUnitAndTeamFormsStartOnTheNameSoTypingIsKept() throws {
        let app = try AppHarness()
        openRegister(app)
        app.press(.tab, .tab)  // Enheter
        app.press(.char("a"))
        app.type("Hemtjänst Syd")
        app.press(.enter)
        let enheter = try XCTUnwrap(app.store.registerTree().kommuner.first?.enheter.map(\.enhet.name))
        XCTAssertTrue(enheter.contains("Hemtjänst Syd"), "\(enheter)")
        app.press(.tab)  // Team
        app.press(.char("a"))
        app.type("Grupp Björken")
        app.press(.enter)
        let teams = try app.store.registerTree().kommuner.flatMap(\.enheter).flatMap(\.teams).map(\.team.name)
        XCTAssertTrue(teams.contains("Grupp Björken"), "\(teams)")
        // The selected row's kommun is preselected for a new unit.
        let other = try app.store.addKommun(name: "Östervik")
        _ = try app.store.addEnhet(kommunId: other.id, name: "IFO Öst", omrade: .ifo)
        app.press(.backTab)  // Enheter
        app.press(.end, .char("a"))
        app.type("IFO Väst")
        app.press(.enter)
        let östervik = try XCTUnwrap(app.store.registerTree().kommuner.first { $0.kommun.name == "Östervik" })
        XCTAssertEqual(östervik.enheter.map(\.enhet.name).sorted(), ["IFO Väst", "IFO Öst"])
    }

    func testSearchFiltersAsYouTypeWithSwedishLetters() throws {
        let app = try AppHarness()
        openRegister(app)
        app.press(.char("/"))
        app.type("öh")
        XCTAssertTrue(app.lines[6].contains("Märta Öhman"), app.lines[6])
        XCTAssertEqual(app.lines[7], "")
        app.press(.enter)
        XCTAssertTrue(app.lines[3].contains("1 av 1"), app.lines[3])
        app.press(.escape)  // clears the search, stays in the register
        XCTAssertTrue(app.lines[3].contains("1 av 2"), app.lines[3])
        XCTAssertEqual(app.lines[0], " Vardag › Register")
    }

    func testTenThousandStaffScrollToTheEnd() throws {
        let app = try AppHarness(seed: { store in _ = try DemoData.populateLarge(store, staff: 2_000) })
        openRegister(app)
        XCTAssertTrue(app.lines[3].contains("1 av 2000"), app.lines[3])
        app.press(.end)
        XCTAssertTrue(app.lines[3].contains("2000 av 2000"), app.lines[3])
        let last = try XCTUnwrap(app.store.staff(offset: 1_999, limit: 1).first)
        XCTAssertTrue(app.lines[21].hasPrefix("> " + last.name), linesDiff(app.lines, []))
        app.press(.pageUp)
        let above = try XCTUnwrap(app.store.staff(offset: 1_999 - 16, limit: 1).first)
        XCTAssertTrue(app.lines[3].contains("1984 av 2000"), app.lines[3])
        XCTAssertTrue(app.lines.contains { $0.hasPrefix("> " + above.name) }, linesDiff(app.lines, []))
    }

    func testResizeKeepsTheRegisterUsable() throws {
        let app = try AppHarness()
        openRegister(app)
        app.resize(width: 120, height: 40)
        XCTAssertEqual(app.lines.count, 40)
        XCTAssertTrue(app.lines[6].contains("Bo Ek"))
        app.resize(width: 80, height: 24)
        XCTAssertTrue(app.lines[6].contains("Bo Ek"))
        app.press(.down)
        XCTAssertTrue(app.lines[7].hasPrefix("> Märta Öhman"), app.lines[7])
    }
}
