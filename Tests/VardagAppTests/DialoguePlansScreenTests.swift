import Foundation
import TerminalKit
import TestSupport
import VardagDemo
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// Migration v21 on the dialogue screens at 80x24 over the demo region (today 2026-11-23):
/// d plans the next träff, the guide's k lists her coming träffar, c records the chef at
/// the end of the gemensam träff, b records when and how an åtgärd was fed back.
final class DialoguePlansScreenTests: XCTestCase {
    private var text: (AppHarness) -> String { { $0.lines.joined(separator: "\n") } }

    func testPlanningTheNextTraffShowsOnTheLoopAndInTheGuidesComingTraffar() throws {
        let app = try AppHarness(seed: DialogueScreenTests.demo)
        app.open(.dialogue)
        // The first loop (Hemtjänst Norr, Åsbro) has no meeting yet; the demo plans it two days ahead.
        app.press(.enter)
        XCTAssertTrue(app.lines[5].hasPrefix(" Nästa: Brukarträff 1 den 2026-11-25 · personal"), text(app))
        app.press(.char("d"))
        XCTAssertTrue(text(app).contains("Planera Brukarträff 1"), text(app))
        app.press(.ctrl("u"))
        app.type("2026-11-20")
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Före i dag (2026-11-23): planera en kommande träff."), text(app))
        app.press(.ctrl("u"))
        app.type("2026-12-03")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Nästa träff är planerad 2026-12-03."), app.statusLine)
        XCTAssertTrue(app.lines[5].hasPrefix(" Nästa: Brukarträff 1 den 2026-12-03 · personal"), text(app))
        XCTAssertTrue(app.lines.contains { $0.hasPrefix("> 1. Brukarträff 1  plan 12-03") }, text(app))
        let lines = app.lines
        XCTAssertTrue(lines.allSatisfy { $0.count <= 80 })

        // Her guides see it among their coming träffar (k on the guide screen).
        let today = app.runner.model.context.today
        let loop = try XCTUnwrap(try app.store.dialogueLoops(today: today).first)
        let detail = try XCTUnwrap(try app.store.loopDetail(id: loop.id, today: today))
        let guide = try XCTUnwrap(detail.guides.first)
        let pool = try app.store.guidePool(year: today.year)
        let index = try XCTUnwrap(pool.firstIndex { $0.id == guide.id })
        app.press(.escape, .tab)
        for _ in 0..<index { app.press(.down) }
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Planerad"), text(app))
        app.press(.char("k"))
        XCTAssertTrue(app.lines[3].hasPrefix(" Kommande träffar ("), text(app))
        XCTAssertTrue(app.lines[3].contains("), k visar alla uppdrag"), text(app))
        XCTAssertTrue(app.lines.contains { $0.hasPrefix("> \(detail.theme.prefix(5))") && $0.contains("Brukarträff 1  2026-12-03") },
                      text(app))
        app.press(.char("k"))
        XCTAssertFalse(text(app).contains("Kommande träffar"), text(app))
    }

    func testTheChefAtTheEndOfTheGemensamTraffAndTheFeedbackToTheBrukare() throws {
        let app = try AppHarness(seed: DialogueScreenTests.demo)
        app.open(.dialogue)
        // LSS-boende Björken, Åsbro: four träffar held, one åtgärd overdue.
        app.press(.down, .down, .enter, .up)
        XCTAssertTrue(text(app).contains("Ingen chef i slutet (c för att ange)"), text(app))
        app.press(.char("c"))
        XCTAssertTrue(text(app).contains("Chefen på den gemensamma träffen"), text(app))
        XCTAssertTrue(text(app).contains("Ingen chef kom"), text(app))
        app.press(.right, .enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Chefen är sparad."), app.statusLine)
        let today = app.runner.model.context.today
        let loop = try XCTUnwrap(try app.store.dialogueLoops(today: today).dropFirst(2).first)
        let chef = try XCTUnwrap(try app.store.loopDetail(id: loop.id, today: today)?.meetings.last?.chefName)
        XCTAssertTrue(text(app).contains("Chef i slutet: \(chef)"), text(app))

        app.press(.tab, .tab)
        XCTAssertTrue(text(app).contains("Inte återkopplad till brukarna (b)."), text(app))
        app.press(.char("b"))
        XCTAssertTrue(text(app).contains("Återkopplad den       2026-11-23"), text(app))
        app.press(.down, .right, .enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Återkopplingen är sparad."), app.statusLine)
        XCTAssertTrue(text(app).contains("Återkopplad till brukarna 2026-11-23, brev."), text(app))
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(">") && $0.hasSuffix("2026-11-23") }, text(app))
        let detail = try XCTUnwrap(try app.store.loopDetail(id: loop.id, today: today))
        XCTAssertEqual(detail.actions.first?.fedBackHow, .brev)
        // The slinga's summary page (vardag report slinga) says it too.
        let page = LoopPrintout.document(detail, today: today, strings: app.runner.model.context.strings, version: "test")
        let cells = page.sections.flatMap(\.blocks).flatMap { block -> [String] in
            guard case .table(let table) = block else { return [] }
            return table.rows.flatMap { $0 }.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
        }
        XCTAssertTrue(cells.contains("2026-11-23, brev"), "\(cells)")
    }

    func testEnglishFeedbackForm() throws {
        let app = try AppHarness(language: .en, seed: DialogueScreenTests.demo)
        app.open(.dialogue)
        app.press(.down, .down, .enter, .tab, .tab, .char("b"))
        XCTAssertTrue(text(app).contains("Feedback to the brukare"), text(app))
        app.press(.down, .right, .right, .enter)
        XCTAssertTrue(text(app).contains("Fed back to the brukare on 2026-11-23, notice."), text(app))
    }

    func testGuideCountsOnTheArsrapportAreNotSuppressed() throws {
        let app = try AppHarness(seed: DialogueScreenTests.demo)
        app.open(.dialogue)
        app.press(.tab, .tab, .tab, .tab)
        let today = app.runner.model.context.today
        let reports = try app.store.dialogueReports(year: today.year)
        let threshold = try app.store.smallGroupSuppression().threshold
        XCTAssertTrue(reports.contains { $0.report.ownGuides + $0.report.boughtGuides > 0
                                         && $0.report.ownGuides < threshold }, "the demo has kommuner with few guides")
        for r in reports {
            let row = try XCTUnwrap(app.lines.first { $0.contains(r.kommunName) }, text(app))
            XCTAssertTrue(row.contains(" \(r.report.ownGuides)/\(r.report.boughtGuides) "), "\(row)\n\(text(app))")
        }
    }

    func testLoopsFilteredByYearAndStage() throws {
        let app = try AppHarness(seed: DialogueScreenTests.demo)
        app.open(.dialogue)
        let today = app.runner.model.context.today
        let all = try app.store.dialogueLoops(today: today)
        let finished = all.filter { $0.finishedOn != nil }.count
        let running = all.filter { $0.startedOn != nil && $0.finishedOn == nil }.count
        XCTAssertTrue(finished > 0 && running > 0, "the demo has finished and running slingor")
        app.press(.char("s"))
        XCTAssertEqual(app.lines[3], " \(all.count - finished - running) slingor · alla enheter · alla år · ej startade")
        app.press(.char("s"))
        XCTAssertEqual(app.lines[3], " \(running) slingor · alla enheter · alla år · pågående")
        XCTAssertTrue(app.statusLine.hasPrefix("Visar slingor som är pågående."), app.statusLine)
        app.press(.char("s"))
        XCTAssertEqual(app.lines[3], " \(finished) slingor · alla enheter · alla år · avslutade")
        XCTAssertEqual(app.lines.filter { $0.contains(" Klar ") }.count, finished, text(app))
        app.press(.char("s"), .char("y"))
        let newest = try XCTUnwrap(all.map { ($0.startedOn ?? $0.plannedStart).year }.max())
        let inNewest = all.filter { ($0.startedOn ?? $0.plannedStart).year == newest }.count
        XCTAssertEqual(app.lines[3], " \(inNewest) slingor · alla enheter · \(newest) · alla lägen")
        app.press(.char("y"))
        XCTAssertTrue(app.lines[3].hasPrefix(" ") && !app.lines[3].contains(String(newest)), text(app))
    }

    func testAGuideLeavesThePoolWithL() throws {
        let app = try AppHarness(seed: DialogueScreenTests.demo)
        app.open(.dialogue)
        app.press(.tab)
        let today = app.runner.model.context.today
        let guide = try XCTUnwrap(try app.store.guidePool(year: today.year).first)
        app.press(.char("l"))
        XCTAssertTrue(text(app).contains("\(guide.name) lämnar poolen"), text(app))
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Vägledaren lämnade poolen 2026-11-23."), app.statusLine)
        XCTAssertTrue(app.lines.contains { $0.hasPrefix("> (lämnat) \(guide.name.prefix(5))") }, text(app))
        app.press(.enter)
        XCTAssertEqual(app.lines[4], " Lämnade poolen 2026-11-23: erbjuds inte för nya slingor.", text(app))
        XCTAssertTrue(text(app).contains("Inflytande över"), "her slingor are kept:\n" + text(app))
        app.press(.escape)
        XCTAssertEqual(try app.store.guidePool(year: today.year).first?.leftOn, today)
        // Not offered in the new-slinga form.
        app.press(.backTab, .char("n"))
        XCTAssertFalse(text(app).contains("< \(guide.name) ·"), text(app))
    }

    func testHoursOfTheGuidesAndTheirSumUnderUtbyten() throws {
        let app = try AppHarness(seed: DialogueScreenTests.demo)
        app.open(.dialogue)
        // LSS-boende Björken, Åsbro: both guides bought from Älvdala.
        app.press(.down, .down, .enter, .char("h"))
        XCTAssertTrue(text(app).contains("Vägledarnas timmar"), text(app))
        XCTAssertTrue(text(app).contains("Karin Lövgren (köpt), timmar"), text(app))
        app.type("tre")
        app.press(.enter)
        XCTAssertTrue(text(app).contains("Skriv timmar som 7,5, från 0 till 1000."), text(app))
        app.press(.ctrl("u"))
        app.type("7,5")
        app.press(.down)
        app.type("6")
        app.press(.enter)
        XCTAssertTrue(app.statusLine.hasPrefix("Timmarna är sparade."), app.statusLine)
        app.press(.backTab)
        XCTAssertTrue(text(app).contains("Timmar: Karin Lövgren 7,5 · Kerstin Östlund 6"), text(app))
        app.press(.escape, .tab, .tab)
        let today = app.runner.model.context.today
        let pair = try XCTUnwrap(try app.store.guideExchanges(year: today.year).first { $0.providerName == "Älvdala" && $0.buyerName == "Åsbro" })
        XCTAssertEqual(pair.minutes, 810)
        let row = try XCTUnwrap(app.lines.first { $0.contains("Älvdala") && $0.contains("Åsbro") }, text(app))
        XCTAssertTrue(row.hasSuffix(pair.assignmentsWithHours < pair.assignments ? "13,5*" : "13,5"), row)
        XCTAssertTrue(app.lines.contains(" Timmar: att fakturera för året; * = uppdrag utan timmar (h på slingan)."), text(app))
    }
}
