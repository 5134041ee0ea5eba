import Foundation
import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Rapport's form for one unit's staff figures of a month, on the in-memory terminal over a
/// real database: filled with what is stored, each bad value said at its field, stored
/// through `saveStaffMonth` and read back, a unit without figures given its first month,
/// Esc asking before typing is thrown away, a login that may not write that unit, 80x24.
final class StaffEntryScreenTests: XCTestCase {
    /// The Rapport tests' Åsbro and Östervik, and in Åsbro a new unit without figures.
    static func seed(_ store: AppDatabase) throws {
        try ReportScreenTests.seed(store)
        let asbro = try XCTUnwrap(try store.kommuner().first { $0.name == "Åsbro" })
        try store.addEnhet(kommunId: asbro.id, name: "Nya Huset", omrade: .ifo)
    }

    func app(width: Int = 80, height: Int = 24, language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: width, height: height, language: language, seed: Self.seed)
        app.open(.report)
        return app
    }

    /// The unit's id by name.
    func unitId(_ app: AppHarness, _ name: String) throws -> Int64 {
        let kommun = try XCTUnwrap(try app.store.kommuner().first { $0.name == "Åsbro" })
        return try XCTUnwrap(try app.store.enheter(kommunId: kommun.id).first { $0.name == name }).id
    }

    func screen(_ app: AppHarness) -> String { app.lines.joined(separator: "\n") }

    /// The focused field's line: the form's label and value.
    func line(_ app: AppHarness, _ label: String) throws -> String {
        try XCTUnwrap(app.lines.first { $0.contains(label) }, "\(label):\n\(screen(app))")
    }

    /// Empties the focused field and types a value.
    func retype(_ app: AppHarness, _ text: String) {
        app.press(.end, .ctrl("u"))
        app.type(text)
    }

    static let october = try! StaffMonth.parse("2026-10")

    /// Enter on the selected unit opens its month, every figure in the box at 80x24, decimals with a comma.
    func testEnterOpensTheSelectedUnitsMonthFilledWithItsStoredFiguresAt80x24() throws {
        let app = try app()
        XCTAssertEqual(app.hintLine, "Enter siffror  s skriv rapport  p/n ←→ månad  v kommun  Esc tillbaka  ? hjälp")
        app.press(.enter)
        XCTAssertTrue(app.runner.model.top.isEditingText)
        let text = screen(app)
        XCTAssertTrue(text.contains("Personalsiffror"), text)
        XCTAssertTrue(text.contains("Boendestöd, oktober 2026."), text)
        // Boendestöd, 16 people: 14,40 årsarbetare, 2 400 scheduled hours, 4 % + 2 % sick.
        let expected: [(String, String)] = [
            ("Anställda (personer)", "16"), ("Årsarbetare", "14,40"), ("Nyanställda", "1"), ("Slutat: egen begäran", "1"),
            ("Slutat: pension", "0"), ("Slutat: visstid slut", "0"), ("Slutat: annat skäl", "0"),
            ("Sjuktimmar dag 1–14", "96,00"), ("Sjuktimmar dag 15–", "48,00"), ("Schemalagda timmar", "2400,00"),
            ("Vakanser", "1"), ("Pågående rekryteringar", "0"),
        ]
        for (label, value) in expected {
            let row = try line(app, label)
            XCTAssertTrue(row.contains(" \(value)"), "\(label) \(value): \(row)")
        }
        XCTAssertTrue(app.hintLine.hasPrefix("Enter spara siffrorna  Esc avbryt  Tab ↑↓ fält"), app.hintLine)
        XCTAssertTrue(app.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        // The cursor is in the first field.
        XCTAssertEqual(app.terminal.cursor?.y, app.lines.firstIndex { $0.contains("Anställda (personer)") })
    }

    /// Årsarbetare above the headcount and sick hours above the scheduled hours are said at
    /// their fields, in Swedish with a comma; nothing is stored until they are right.
    func testBadValuesAreSaidAtTheirFieldsAndNothingIsStored() throws {
        let app = try app()
        let audits = try app.store.auditCount()
        app.press(.enter, .down)
        retype(app, "20")
        app.press(.down, .down, .down, .down, .down, .down)
        retype(app, "3000")
        app.press(.enter)
        XCTAssertTrue(app.runner.model.top.isEditingText)
        let text = screen(app)
        XCTAssertTrue(text.contains("20,00 är fler än de anställda (16)"), text)
        XCTAssertTrue(text.contains("kort + lång 3048,00 > schemalagda 2400,00"), text)
        XCTAssertTrue(text.contains("Rätta"), text)
        // The focus is on the first field with a message; a letter and three decimals are said too.
        XCTAssertTrue(app.lines[app.terminal.cursor?.y ?? 0].contains("Årsarbetare"), screen(app))
        retype(app, "12,345")
        app.press(.up)
        retype(app, "x")
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("”x” är inget tal"), screen(app))
        XCTAssertTrue(screen(app).contains("”12,345” har fler än två decimaler"), screen(app))
        XCTAssertEqual(try app.store.auditCount(), audits)
        XCTAssertEqual(try app.store.staffMonth(enhetId: unitId(app, "Boendestöd"), month: Self.october),
                       ReportScreenTests.figures(16, monthsBack: 0))
    }

    /// A change is stored at once with its audit row, the screen reloads, and the form opens on it again.
    func testSavingStoresTheMonthAndTheScreenReloads() throws {
        let app = try app()
        let id = try unitId(app, "Hemtjänst Norr")
        app.press(.down, .down, .enter)
        XCTAssertTrue(screen(app).contains("Hemtjänst Norr, oktober 2026."), screen(app))
        app.press(.tab)
        retype(app, "36,5")
        app.press(.backTab, .backTab)  // Shift-Tab from the first field wraps to the last, Pågående rekryteringar
        retype(app, "4")
        app.press(.enter)
        XCTAssertFalse(app.runner.model.top.isEditingText)
        XCTAssertTrue(app.statusLine.contains("Siffrorna för Hemtjänst Norr, oktober 2026 ändrades."), app.statusLine)
        var expected = ReportScreenTests.figures(40, monthsBack: 0)
        expected.fte = Hundredths(hundredths: 3650)
        expected.openRecruitments = 4
        XCTAssertEqual(try app.store.staffMonth(enhetId: id, month: Self.october), expected)
        let entry = try XCTUnwrap(try app.store.auditEntries(entity: "staff_month", entityId: id).first)
        XCTAssertEqual(entry.after?["open_recruitments"], .integer(4))
        // The screen shows the stored month; the form opens on it again.
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(" Hemtjänst Norr: 40 anställda (36,50 årsarbetare)") }, screen(app))
        app.press(.char("e"))
        XCTAssertTrue(try line(app, "Årsarbetare").contains("36,50"))
        XCTAssertTrue(try line(app, "Pågående rekryteringar").contains(" 4"))
        // Enter on the same figures writes nothing.
        let audits = try app.store.auditCount()
        app.press(.enter)
        XCTAssertTrue(app.statusLine.contains("var redan desamma"), app.statusLine)
        XCTAssertEqual(try app.store.auditCount(), audits)
    }

    /// A unit without figures is listed with "–" and gets its first month from the form;
    /// a month without any figures lists every unit.
    func testAUnitWithoutFiguresGetsANewMonthWithoutTheImport() throws {
        let app = try app()
        let row = try XCTUnwrap(app.lines.first { $0.contains("Nya Huset") }, screen(app))
        XCTAssertTrue(row.contains("   – ") && row.contains("–"), row)
        app.press(.down, .down, .down)
        XCTAssertTrue(row.isEmpty == false && app.lines.contains { $0.contains("> Nya Huset") }, screen(app))
        XCTAssertTrue(screen(app).contains("Nya Huset: inga siffror för oktober 2026. Enter lägger in dem."), screen(app))
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Nya Huset, oktober 2026."), screen(app))
        XCTAssertTrue(try line(app, "Nyanställda").hasSuffix("0") || (try line(app, "Nyanställda")).contains(" 0 "))
        XCTAssertTrue(try line(app, "Schemalagda timmar").contains("0,00"))
        // Headcount and årsarbetare are asked for.
        app.press(.enter)
        XCTAssertEqual(app.lines.filter { $0.contains("fyll i ett tal") }.count, 2, screen(app))
        XCTAssertTrue(app.lines[app.terminal.cursor?.y ?? 0].contains("Anställda (personer)"), screen(app))
        app.type("12")
        app.press(.down)
        app.type("10,5")
        for _ in 0..<8 { app.press(.down) }
        retype(app, "1 800")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.contains("Siffrorna för Nya Huset, oktober 2026 sparades."), app.statusLine)
        XCTAssertEqual(try app.store.staffMonth(enhetId: unitId(app, "Nya Huset"), month: Self.october),
                       StaffFigures(headcount: 12, fte: Hundredths(hundredths: 1050), scheduledHours: Hundredths(whole: 1800)))
        XCTAssertTrue(app.lines.contains { $0.contains("> Nya Huset") && $0.contains("12") }, screen(app))

        // November has no figures yet: every unit is there to be filled in.
        app.press(.char("n"))
        XCTAssertTrue(app.lines[1].hasPrefix(" Åsbro · november 2026"), app.lines[1])
        for name in ["Boendestöd", "Gruppbostad Ön", "Hemtjänst Norr", "Nya Huset", "Älvgården"] {
            XCTAssertTrue(app.lines.contains { $0.contains(name) && $0.contains("–") }, "\(name):\n\(screen(app))")
        }
        app.press(.home, .enter)
        XCTAssertTrue(screen(app).contains("Boendestöd, november 2026."), screen(app))
        app.type("15")
        app.press(.down)
        app.type("13")
        app.press(.enter)
        XCTAssertEqual(try app.store.staffMonth(enhetId: unitId(app, "Boendestöd"), month: Self.october.adding(months: 1)),
                       StaffFigures(headcount: 15, fte: Hundredths(whole: 13)))
        XCTAssertTrue(app.lines.contains { $0.contains("> Boendestöd") && $0.contains("15") }, screen(app))
    }

    /// A kommun whose units have no figures at all opens on the last finished month, ready for the first.
    func testAKommunWithoutAnyFiguresGetsItsFirstMonth() throws {
        let app = try AppHarness(seed: { store in
            let kommun = try store.addKommun(name: "Nyby")
            try store.addEnhet(kommunId: kommun.id, name: "Första hemmet", omrade: .vardOchOmsorg)
        })
        app.open(.report)
        XCTAssertTrue(app.lines[1].hasPrefix(" Nyby · oktober 2026"), screen(app))
        XCTAssertTrue(app.lines.contains { $0.contains("> Första hemmet") && $0.contains("–") }, screen(app))
        app.press(.char("v"))
        XCTAssertTrue(app.lines.contains { $0.contains("> Nyby") && $0.contains("inga siffror än") }, screen(app))
        app.press(.escape, .enter)
        app.type("9")
        app.press(.down)
        app.type("8")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.contains("Siffrorna för Första hemmet, oktober 2026 sparades."), app.statusLine)
        XCTAssertEqual(try app.store.staffKommuner().first?.latestMonth, try StaffMonth.parse("2026-10"))
        XCTAssertTrue(app.lines.contains { $0.contains("> Första hemmet") && $0.contains("9") }, screen(app))
    }

    /// Esc closes an untouched form at once and asks before throwing typing away.
    func testEscAsksBeforeThrowingAChangeAway() throws {
        let app = try app()
        app.press(.enter, .escape)
        XCTAssertFalse(app.runner.model.top.isEditingText)
        app.press(.enter)
        retype(app, "17")
        app.press(.escape)
        XCTAssertTrue(screen(app).contains("Kasta ändringarna?"), screen(app))
        app.press(.char("n"))
        XCTAssertTrue(app.runner.model.top.isEditingText)
        XCTAssertTrue(try line(app, "Anställda (personer)").contains("17"))
        app.press(.escape, .char("j"))
        XCTAssertFalse(app.runner.model.top.isEditingText)
        XCTAssertEqual(try app.store.staffMonth(enhetId: unitId(app, "Boendestöd"), month: Self.october)?.headcount, 16)
    }

    /// A login that is no longer allowed to write the unit is told so in the form, in words.
    func testALoginThatMayNotWriteTheUnitIsToldSo() throws {
        try XCTSkipIf(TemporaryDatabase.backendUnderTest == .postgres,
                      "on PostgreSQL the test login owns the data; StaffFiguresAccessTests covers the enhetschef there")
        let app = try app()
        app.press(.enter)
        retype(app, "17")
        // The login becomes the enhetschef of Älvgården alone while the form for Boendestöd is open.
        let kommun = try XCTUnwrap(try app.store.kommuner().first { $0.name == "Åsbro" })
        let enhet = try XCTUnwrap(try app.store.enheter(kommunId: kommun.id).first { $0.name == "Älvgården" })
        let team = try app.store.addTeam(enhetId: enhet.id, name: "Grupp Ek")
        try app.store.addMedarbetare(teamId: team.id, name: "Eva Chef", title: "Enhetschef", role: .chef,
                                     startDate: try LocalDate(year: 2020, month: 1, day: 1))
        try app.store.grantAccess(login: "testare", personName: "Eva Chef", role: .enhetschef, scope: "enhet:Åsbro/Älvgården")
        app.press(.enter)
        XCTAssertTrue(app.runner.model.top.isEditingText)
        XCTAssertTrue(screen(app).contains("Du får inte lägga in personalsiffror för Boendestöd"), screen(app))
        XCTAssertEqual(try app.store.auditEntries(entity: "staff_month", entityId: unitId(app, "Boendestöd")).count, 13)
    }

    /// English with --lang en: the labels, a point as the decimal sign, the problems.
    func testEnglish() throws {
        let app = try app(language: .en)
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Staff figures"), screen(app))
        XCTAssertTrue(try line(app, "FTE (årsarbetare)").contains("14.40"))
        XCTAssertTrue(try line(app, "Scheduled hours").contains("2400.00"))
        app.press(.down)
        retype(app, "20,5")
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("20.50 is more than the headcount (16)"), screen(app))
        XCTAssertTrue(app.hintLine.hasPrefix("Enter save the figures"), app.hintLine)
    }

    /// The form fits 80x24 with messages, and survives a resize to 120x40 and back.
    func testTheFormSurvivesAResize() throws {
        let app = try app()
        app.press(.enter, .down)
        retype(app, "99")
        app.press(.enter)
        app.resize(width: 120, height: 40)
        XCTAssertTrue(screen(app).contains("99,00 är fler än de anställda (16)"), screen(app))
        XCTAssertTrue(screen(app).contains("Pågående rekryteringar"), screen(app))
        app.resize(width: 80, height: 24)
        XCTAssertTrue(app.runner.model.top.isEditingText)
        XCTAssertTrue(screen(app).contains("99,00 är fler"), screen(app))
        XCTAssertTrue(app.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}
