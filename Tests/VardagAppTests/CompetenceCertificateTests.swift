import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// The Bevis tab (undersköterskor without Socialstyrelsen's certificate, with the days left
/// of the transition) and managers first across a whole kommun.
final class CompetenceCertificateTests: XCTestCase {
    /// `CompetenceScreenTests.seed`, plus a second Åsbro unit, Äldreboende Linden, with a chef
    /// and an undersköterska hired in 2024 (no certificate, no right to the transition).
    static func seed(_ store: AppDatabase) throws {
        try CompetenceScreenTests.seed(store)
        let asbro = try XCTUnwrap(try store.kommuner().first { $0.name == "Åsbro" })
        let linden = try store.addEnhet(kommunId: asbro.id, name: "Äldreboende Linden", omrade: .vardOchOmsorg)
        let team = try store.addTeam(enhetId: linden.id, name: "Avdelning 1")
        _ = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Karin Ahl", title: "Enhetschef", role: .chef, startDate: "2012-02-01"))
        _ = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Ali Berg", title: "Undersköterska", role: .medarbetare, startDate: "2024-05-01"))
    }

    private func openCertificates(width: Int = 80, height: Int = 24, language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: width, height: height, language: language, seed: Self.seed)
        app.open(.competence)
        app.press(.backTab, .backTab)
        return app
    }

    func testCertificateListForAUnitAndTheWholeKommunAt80x24() throws {
        let app = try openCertificates()
        app.press(.char("u"))
        assertScreen(app, [
            " Vardag › Kompetenstrappa",
            "  Rutnät │ Gap │ Plan │ Jämförelse │ Titlar │ Trappor │ Bevis │ Utveckling",
            "",
            " Åsbro › Hemtjänst Norr (Vård och omsorg) · 1 utan bevis, 0 utan övergångsrätt",
            "",
            "   Namn                      Enhet             Övergång   Dagar till 2033-06-30",
            " > Åsa Öberg                 Hemtjänst Norr    Ja                          2411",
        ] + Array(repeating: "", count: 15))
        XCTAssertTrue(app.lines[6].contains("Åsa Öberg") && app.lines[6].hasSuffix("2411"), linesDiff(app.lines, []))
        XCTAssertFalse(app.lines.joined().contains("Maria Lind"), "Maria holds the certificate")
        app.press(.char("k"))
        XCTAssertTrue(app.lines[3].contains("Hela Åsbro · 2 utan bevis, 1 utan övergångsrätt"), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines[6].contains("Ali Berg") && app.lines[6].contains("Äldreboende") && app.lines[6].hasSuffix("saknar rätt"),
                      "no right comes first: \(linesDiff(app.lines, []))")
        XCTAssertTrue(app.lines[7].contains("Åsa Öberg") && app.lines[7].contains("Ja") && app.lines[7].hasSuffix("2411"), linesDiff(app.lines, []))
    }

    func testTheDaysLeftFollowTheClockAndEndAfterTheLastDay() throws {
        let last = try LocalDate(year: 2033, month: 6, day: 30)
        let app = try AppHarness(seed: Self.seed, clock: { last })
        app.open(.competence)
        app.press(.backTab, .backTab, .char("u"))
        XCTAssertTrue(app.lines[6].contains("Åsa Öberg") && app.lines[6].hasSuffix(" 0"), linesDiff(app.lines, []))
        let after = try AppHarness(seed: Self.seed, clock: { (try? LocalDate(year: 2033, month: 7, day: 1)) ?? last })
        after.open(.competence)
        after.press(.backTab, .backTab, .char("u"))
        XCTAssertTrue(after.lines[6].contains("Åsa Öberg") && after.lines[6].hasSuffix("saknar rätt"), linesDiff(after.lines, []))
    }

    func testEnglishAndHelpOverlay() throws {
        let app = try openCertificates(language: .en)
        app.press(.char("u"))
        XCTAssertEqual(app.lines[1], "  Grid │ Gaps │ Plan │ Comparison │ Titles │ Ladders │ Certificate │ Progress")
        XCTAssertTrue(app.lines[3].contains("· 1 uncertified, 0 with no right"), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines[5].contains("Days to 2033-06-30"), linesDiff(app.lines, []))
        app.press(.char("?"))
        XCTAssertTrue(app.lines.joined(separator: "\n").contains("unit / whole kommun"), app.lines.joined(separator: "\n"))
    }

    /// Managers first held only within each unit: Karin Ahl (chef of the second unit) came after
    /// Hemtjänst Norr's staff in the kommun-wide gap list.
    func testKommunWideGapsListEveryManagerFirst() throws {
        let app = try AppHarness(seed: Self.seed)
        app.open(.competence)
        app.press(.char("u"), .tab, .char("k"))
        let names = app.lines.compactMap { line -> String? in
            ["Öjvind Ström", "Karin Ahl", "Bo Ek", "Maria Lind", "Åsa Öberg", "Ali Berg"].first { line.contains($0) }
        }
        XCTAssertEqual(names, ["Öjvind Ström", "Karin Ahl", "Bo Ek", "Maria Lind", "Åsa Öberg", "Ali Berg"], linesDiff(app.lines, []))
    }
}
