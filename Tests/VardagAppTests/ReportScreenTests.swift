import Foundation
import ReportKit
import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Rapport on the in-memory terminal over a real database: the month's staff figures per
/// unit with bars and sparklines, small groups hidden as in the nämnd report, the months
/// and kommuner, the report written to a real file, and the small-group threshold.
final class ReportScreenTests: XCTestCase {
    /// Åsbro: four units with 13 months of figures up to 2026-10 (Gruppbostad Ön is too few,
    /// Boendestöd then hidden to protect it); Östervik: one unit up to 2026-08.
    static func seed(_ store: AppDatabase) throws {
        let asbro = try store.addKommun(name: "Åsbro")
        let ostervik = try store.addKommun(name: "Östervik")
        let units: [(Int64, Int)] = [
            (try store.addEnhet(kommunId: asbro.id, name: "Älvgården", omrade: .vardOchOmsorg).id, 24),
            (try store.addEnhet(kommunId: asbro.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg).id, 40),
            (try store.addEnhet(kommunId: asbro.id, name: "Gruppbostad Ön", omrade: .funktionshinder).id, 8),
            (try store.addEnhet(kommunId: asbro.id, name: "Boendestöd", omrade: .socialpsykiatri).id, 16),
        ]
        let last = try StaffMonth.parse("2026-10")
        for (id, headcount) in units {
            for back in 0..<13 {
                try store.saveStaffMonth(enhetId: id, month: last.adding(months: -back), figures: figures(headcount, monthsBack: back))
            }
        }
        let solrosen = try store.addEnhet(kommunId: ostervik.id, name: "Solrosen", omrade: .vardOchOmsorg)
        try store.saveStaffMonth(enhetId: solrosen.id, month: try StaffMonth.parse("2026-08"), figures: figures(30, monthsBack: 0))
    }

    /// One unit-month: sick leave 4 % short and 2 % long of 150 hours a person, more some months back.
    static func figures(_ headcount: Int, monthsBack: Int) -> StaffFigures {
        let scheduled = headcount * 150
        return StaffFigures(
            headcount: headcount, fte: Hundredths(hundredths: headcount * 90), newHires: monthsBack % 3 == 0 ? 1 : 0,
            leftOwnRequest: monthsBack % 4 == 0 ? 1 : 0, sickHoursShort: Hundredths(whole: scheduled * (4 + monthsBack % 3) / 100),
            sickHoursLong: Hundredths(whole: scheduled * 2 / 100), scheduledHours: Hundredths(whole: scheduled),
            vacancies: 1, openRecruitments: headcount / 20)
    }

    func app(width: Int = 80, height: Int = 24, language: Language = .sv, browserSearchPath: String? = nil,
             viewer: ((AppDatabase) throws -> Viewer)? = nil) throws -> AppHarness {
        let app = try AppHarness(width: width, height: height, language: language, seed: Self.seed, viewer: viewer,
                                 browserSearchPath: browserSearchPath)
        app.open(.report)
        return app
    }

    /// The month at 80x24: bars for headcount and sick leave, a 13-month sparkline, the small
    /// unit "för få", the next smallest "dold", the total and the selected unit in full.
    func testTheLastMonthWithFiguresAt80x24WithBarsSparklinesAndHiddenCells() throws {
        let app = try app()
        assertScreen(app, [
            " Vardag › Rapport",
            " Åsbro · oktober 2026                                                  gräns 10",
            " Personal per enhet som i nämndrapporten. Grupper om 10 eller färre: ”för få”.",
            "",
            "   Enhet                 Anställda     Sjukfrånvaro     Oms. 12 m Sjuk 13 mån",
            " > Boendestöd              16 ███▎                 dold      dold",
            "   Gruppbostad Ön           8 █▋                 för få    för få",
            "   Hemtjänst Norr          40 ████████ ████████   6,0 %     7,5 % ▆█▇▆█▇▆█▇▆█▇▆",
            "   Älvgården               24 ████▊    ████████   6,0 %    12,5 % ▆█▇▆█▇▆█▇▆█▇▆",
            "   Alla                    88                     6,0 %    13,6 % ▆█▇▆█▇▆█▇▆█▇▆",
            "",
            " Boendestöd: 16 anställda (14,40 årsarbetare), vakanser 1, pågående",
            " rekryteringar 0. Övriga siffror: dold (döljs så att en liten grupps siffra",
            " inte kan räknas fram ur summan).",
        ] + Array(repeating: "", count: 8))
        XCTAssertEqual(app.hintLine, "Enter siffror  s skriv rapport  p/n ←→ månad  v kommun  Esc tillbaka  ? hjälp")
        // The small unit's lines say why, in the report's words; a shown unit's give every figure.
        app.press(.down)
        XCTAssertEqual(app.lines[11], " Gruppbostad Ön: 8 anställda (7,20 årsarbetare), vakanser 1, pågående")
        XCTAssertEqual(app.lines[12], " rekryteringar 0. Övriga siffror: för få (10 eller färre anställda).")
        app.press(.down, .down)
        XCTAssertEqual(app.lines[11], " Älvgården: 24 anställda (21,60 årsarbetare), vakanser 1, pågående")
        XCTAssertEqual(app.lines[12], " rekryteringar 1. Nya 1 · slutat 1 (egen begäran 1, pension 0, visstid 0, annat")
        XCTAssertEqual(app.lines[13], " 0) · sjukfrånvaro kort 4,0 %, lång 2,0 %.")
    }

    func testTheCellsAreTheExportsFiguresAndHiddenWhereTheExportHidesThem() throws {
        let app = try app()
        let month = try StaffMonth.parse("2026-10")
        let rows = try StaffExport.rows(from: app.store, filter: StaffExport.Filter(kommunName: "Åsbro", from: month, to: month),
                                        today: try LocalDate.parse("2026-11-23")).rows
        XCTAssertEqual(rows.count, 5)
        for row in rows {
            let line = try XCTUnwrap(app.lines.first { $0.dropFirst(3).hasPrefix(row.unitName ?? "Alla") }, "\(row.unitName ?? "Alla")")
            XCTAssertTrue(line.contains(" \(row.headcount) "), line)
            switch row.visibility {
            case .shown:
                let share = try XCTUnwrap(row.figures?.sickShare)
                XCTAssertTrue(line.contains(ReportText.percent(share, app.runner.model.context.strings)), line)
            case .tooFew: XCTAssertTrue(line.contains("för få"), line)
            case .protecting: XCTAssertTrue(line.contains("dold"), line)
            }
            if row.visibility != .shown { XCTAssertFalse(line.contains("%"), "no share of a hidden row: \(line)") }
        }
    }

    func testEnglishWithLangEn() throws {
        let app = try app(language: .en)
        XCTAssertTrue(app.lines[0].hasPrefix(" Vardag › Report"), app.lines[0])
        XCTAssertTrue(app.lines[1].hasPrefix(" Åsbro · October 2026"), app.lines[1])
        XCTAssertTrue(app.lines[4].contains("Staff") && app.lines[4].contains("Sick leave"), app.lines[4])
        XCTAssertTrue(app.lines[5].contains("Boendestöd") && app.lines[5].contains("hidden"), app.lines[5])
        XCTAssertTrue(app.lines[6].contains("Gruppbostad Ön") && app.lines[6].contains("too few"), app.lines[6])
        XCTAssertTrue(app.lines[7].contains("6.0%") && app.lines[7].contains("7.5%"), app.lines[7])
    }

    func testMonthsStepBackAndForwardButNotPastThisMonth() throws {
        let app = try app()
        app.press(.char("p"))
        XCTAssertTrue(app.lines[1].hasPrefix(" Åsbro · september 2026"), app.lines[1])
        app.press(.right, .right)
        XCTAssertTrue(app.lines[1].hasPrefix(" Åsbro · november 2026"), app.lines[1])
        // No unit has figures yet: each is listed with "–", to be filled in with Enter.
        XCTAssertTrue(app.lines[5].hasPrefix(" > Boendestöd               –                         –         –"), app.lines[5])
        XCTAssertTrue(app.lines.contains { $0.contains("Boendestöd: inga siffror för november 2026. Enter lägger in dem.") })
        app.press(.char("n"))
        XCTAssertTrue(app.statusLine.contains("Senare än november 2026 finns inga siffror."), app.statusLine)
        app.press(.char("."))
        XCTAssertTrue(app.lines[1].hasPrefix(" Åsbro · oktober 2026"), app.lines[1])
    }

    func testTheKommunIsPickedFromThoseWithFigures() throws {
        let app = try app()
        app.press(.char("v"))
        XCTAssertTrue(app.lines.contains { $0.contains("> Åsbro") && $0.contains("senast oktober 2026") }, app.lines.joined(separator: "\n"))
        XCTAssertTrue(app.lines.contains { $0.contains("  Östervik") && $0.contains("senast augusti 2026") })
        XCTAssertTrue(app.hintLine.contains("Enter visa kommunen"), app.hintLine)
        app.press(.down, .enter)
        XCTAssertTrue(app.lines[1].hasPrefix(" Östervik · augusti 2026"), app.lines[1])
        XCTAssertTrue(app.lines[5].contains("Solrosen"), app.lines[5])
        // Esc closes the list without leaving the screen.
        app.press(.char("v"), .escape)
        XCTAssertEqual(app.runner.model.breadcrumb.count, 2)
        XCTAssertTrue(app.lines[1].hasPrefix(" Östervik"), app.lines[1])
    }

    /// Forty units scroll under a header that stays, with the total kept at the bottom.
    func testManyUnitsScrollAndTheTotalStays() throws {
        let app = try AppHarness(seed: { store in
            let kommun = try store.addKommun(name: "Storby")
            let month = try StaffMonth.parse("2026-10")
            for n in 1...40 {
                let unit = try store.addEnhet(kommunId: kommun.id, name: String(format: "Enhet %02d", n), omrade: .vardOchOmsorg)
                try store.saveStaffMonth(enhetId: unit.id, month: month, figures: Self.figures(20 + n, monthsBack: 0))
            }
        })
        app.open(.report)
        XCTAssertTrue(app.lines[5].contains("> Enhet 01"), app.lines[5])
        XCTAssertTrue(app.lines[17].contains("Enhet 13"), app.lines[17])
        XCTAssertTrue(app.lines[18].contains("Alla"), app.lines[18])
        app.press(.end)
        XCTAssertTrue(app.lines[17].contains("> Enhet 40"), app.lines[17])
        XCTAssertTrue(app.lines[5].contains("Enhet 28"), app.lines[5])
        XCTAssertTrue(app.lines[4].contains("Enhet") && app.lines[4].contains("Anställda"), app.lines[4])
        XCTAssertTrue(app.lines[18].contains("Alla"), app.lines[18])
        XCTAssertTrue(app.lines[19].hasPrefix(" Enhet 40: 60 anställda"), app.lines[19])
        app.press(.pageUp)
        XCTAssertFalse(app.lines.contains { $0.contains("> Enhet 40") })
    }

    /// Wider shows the movement and recruitment columns; back at 80x24 the narrow table, the selection kept.
    func testResizeTo120x40AndBack() throws {
        let app = try app()
        app.press(.down)
        app.resize(width: 120, height: 40)
        XCTAssertTrue(app.lines[4].contains("Nya") && app.lines[4].contains("Slutat") && app.lines[4].contains("Rekryteras"), app.lines[4])
        XCTAssertTrue(app.lines[6].contains("> Gruppbostad Ön") && app.lines[6].contains("för få    för få  för få  för få"), app.lines[6])
        XCTAssertTrue(app.lines[7].contains("Hemtjänst Norr") && app.lines[7].hasSuffix("▆█▇▆█▇▆█▇▆█▇▆"), app.lines[7])
        app.resize(width: 80, height: 24)
        XCTAssertFalse(app.lines[4].contains("Rekryteras"), app.lines[4])
        XCTAssertTrue(app.lines[6].contains("> Gruppbostad Ön"), app.lines[6])
        app.resize(width: 60, height: 20)
        XCTAssertTrue(app.lines.contains { $0.contains("för litet") || $0.contains("För litet") }, app.lines.joined(separator: "\n"))
    }

    // MARK: Writing the report

    func testSWritesTheHTMLReportToTheSuggestedFileAndAsksBeforeReplacingIt() throws {
        let app = try app()
        let folder = app.database.directory.path
        app.press(.char("s"))
        let path = folder + "/nämndrapport-Åsbro-2026-10.html"
        XCTAssertTrue(app.lines.contains { $0.contains("Skriv nämndrapporten") }, app.lines.joined(separator: "\n"))
        XCTAssertTrue(app.lines.contains { $0.contains("< HTML >") })
        XCTAssertTrue(app.lines.contains { $0.contains("nämndrapport-Åsbro-2026-10.html") }, app.lines.joined(separator: "\n"))
        app.press(.enter)
        XCTAssertTrue(app.statusLine.contains("Nämndrapporten skrevs:") || app.hintLine.contains("Nämndrapporten skrevs:"),
                      app.lines.suffix(2).joined(separator: "\n"))
        XCTAssertFalse(app.runner.model.top.isEditingText)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"), String(html.prefix(40)))
        for text in ["Åsbro", "oktober 2026", "Älvgården", "Hemtjänst Norr", "Gruppbostad Ön", "för få", "dold", "6,0\u{00A0}%", "<svg"] {
            XCTAssertTrue(html.contains(text), "the page holds \(text)")
        }
        // The page is the CLI's: the same content, made the same day.
        let content = try NamndPrintout.Content(store: app.store, kommun: "Åsbro", month: try StaffMonth.parse("2026-10"),
                                                today: try LocalDate.parse("2026-11-23"))
        XCTAssertEqual(html, NamndPrintout.document(content, strings: app.runner.model.context.strings, version: "").html())
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)

        // Again: the file is there, so it asks; no keeps it, yes replaces it.
        try Data("gammal".utf8).write(to: URL(fileURLWithPath: path))
        app.press(.char("s"), .enter)
        let question = app.lines.joined(separator: "\n")
        XCTAssertTrue(question.contains("Filen finns") && question.contains("Skriv över") && question.contains("(j/n)"), question)
        XCTAssertTrue(app.hintLine.contains("j skriv över filen"), app.hintLine)
        app.press(.char("n"))
        XCTAssertTrue(app.lines.contains { $0.contains("Filen skrevs inte över") }, app.lines.joined(separator: "\n"))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "gammal")
        app.press(.enter, .char("j"))
        XCTAssertFalse(app.runner.model.top.isEditingText)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), html)
    }

    func testAPathThatCannotBeWrittenIsSaidAtTheField() throws {
        let app = try app()
        let folder = app.database.directory.path
        app.press(.char("s"))
        // A folder that does not exist.
        for _ in 0..<200 { app.press(.backspace) }
        app.type(folder + "/saknas/rapport.html")
        app.press(.enter)
        XCTAssertTrue(app.runner.model.top.isEditingText, "the form stays open")
        XCTAssertTrue(app.lines.contains { $0.contains("Kunde inte skriva filen") }, app.lines.joined(separator: "\n"))
        // A folder, and "-" (standard output is the screen).
        for _ in 0..<200 { app.press(.backspace) }
        app.type(folder)
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Det är en mapp") }, app.lines.joined(separator: "\n"))
        for _ in 0..<200 { app.press(.backspace) }
        app.type("-")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Ange en fil att skriva.") }, app.lines.joined(separator: "\n"))
        // A relative name goes in the suggested folder.
        app.press(.backspace)
        app.type("min-rapport.html")
        app.press(.enter)
        XCTAssertFalse(app.runner.model.top.isEditingText)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/min-rapport.html"))
        // Esc with nothing typed closes the form without writing.
        app.press(.char("s"), .escape)
        XCTAssertFalse(app.runner.model.top.isEditingText)
    }

    func testPDFWithoutABrowserSaysHowToGetOne() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let app = try app(browserSearchPath: empty.path)
        app.press(.char("s"), .up, .right)
        XCTAssertTrue(app.lines.contains { $0.contains("< PDF >") }, app.lines.joined(separator: "\n"))
        XCTAssertTrue(app.lines.contains { $0.contains("nämndrapport-Åsbro-2026-10.pdf") }, "the extension follows the format")
        app.press(.enter)
        XCTAssertTrue(app.runner.model.top.isEditingText)
        let screen = app.lines.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Ingen webbläsare för PDF hittades"), screen)
        XCTAssertFalse(FileManager.default.fileExists(atPath: app.database.directory.path + "/nämndrapport-Åsbro-2026-10.pdf"))
    }

    func testPDFIsPrintedWithChromiumWhenInstalled() throws {
        guard (try? PDFPrinter.find()) != nil else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("CI=true needs Chromium (apt-get install chromium)") }
            throw XCTSkip("no Chromium installed")
        }
        let app = try app()
        app.press(.char("s"), .up, .right, .enter)
        let path = app.database.directory.path + "/nämndrapport-Åsbro-2026-10.pdf"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(String(decoding: bytes.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertTrue((app.hintLine + app.statusLine).contains("Nämndrapporten skrevs"), app.lines.suffix(2).joined(separator: "\n"))
    }

    // MARK: The threshold

    func testTheThresholdIsAWholeNumberFromTenToAHundredSetByTheSystemforvaltare() throws {
        let app = try app()
        app.press(.char("t"))
        XCTAssertTrue(app.lines.contains { $0.contains("Gräns för små grupper") }, app.lines.joined(separator: "\n"))
        // The form's own Esc is the only one in the hint bar.
        XCTAssertTrue(app.hintLine.contains("Esc avbryt"), app.hintLine)
        XCTAssertFalse(app.hintLine.contains("Esc tillbaka"), app.hintLine)
        for bad in ["9", "101", "tolv", ""] {
            for _ in 0..<5 { app.press(.backspace) }
            app.type(bad)
            app.press(.enter)
            XCTAssertTrue(app.runner.model.top.isEditingText, bad)
            XCTAssertTrue(app.lines.contains { $0.contains("Ange ett heltal 10–100") }, "\(bad):\n" + app.lines.joined(separator: "\n"))
            XCTAssertEqual(try app.store.staffSuppression().threshold, 10)
        }
        for _ in 0..<5 { app.press(.backspace) }
        app.type("16")
        app.press(.enter)
        XCTAssertFalse(app.runner.model.top.isEditingText)
        XCTAssertEqual(try app.store.staffSuppression().threshold, 16)
        XCTAssertTrue(app.statusLine.contains("Gränsen är nu 16") || app.hintLine.contains("Gränsen är nu 16"))
        XCTAssertTrue(app.lines[1].hasSuffix("gräns 16"), app.lines[1])
        // Boendestöd, 16 people, is now too few itself.
        let line = try XCTUnwrap(app.lines.first { $0.contains("Boendestöd") })
        XCTAssertTrue(line.contains("för få"), line)
        let entry = try XCTUnwrap(app.store.auditEntries(entity: "staff_setting", entityId: 1).first)
        XCTAssertEqual(entry.after, ["suppression_threshold": .integer(16)])
    }

    func testOnlyWhoeverSeesEverythingGetsTheThresholdKey() throws {
        let app = try app { _ in Viewer(login: "tove.ali", personId: nil, personName: "Tove Ali", grants: [], ownsData: false) }
        app.press(.char("t"))
        XCTAssertFalse(app.runner.model.top.isEditingText)
        app.press(.char("?"))
        XCTAssertFalse(app.lines.joined().contains("ändra gränsen"))
        XCTAssertTrue(app.lines.joined().contains("v kommun"))
    }

    func testTheHelpOverlayListsEveryKey() throws {
        let app = try app(height: 40)
        app.press(.char("?"))
        let screen = app.lines.joined(separator: "\n")
        for text in ["Enter", "siffror", "s", "skriv rapport", "p/n ←→", "månad", ".", "senaste månaden med siffror",
                     "v", "kommun", "t", "ändra gränsen för ”för få” (systemförvaltaren)", "↑↓", "flytta bland enheterna"] {
            XCTAssertTrue(screen.contains(text), "\(text):\n\(screen)")
        }
    }
}
