import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// The Hypoteser tab's notes (`o`), conclusion (asked for when `s` closes a hypothesis) and
/// status history (`v`), rendered in the in-memory terminal at 80x24.
final class ShadowingHypothesisHistoryScreenTests: XCTestCase {
    private func openHypotheses(language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: 80, height: 24, language: language, seed: ShadowingScreenTests.seed)
        app.open(.shadowing)
        app.press(.tab)
        return app
    }

    private func hypothesis(_ app: AppHarness, _ statement: String) throws -> Hypothesis {
        try XCTUnwrap(try app.store.hypotheses(teamId: try app.store.shadowingTeams()[0].id).first { $0.statement == statement })
    }

    /// `s` on a pågår hypothesis asks for the conclusion before it is bekräftad; an empty one
    /// is refused at its field; the conclusion shows below the list; `o` adds a note.
    func testClosingAsksForTheConclusionAndONotes() throws {
        let app = try openHypotheses()
        XCTAssertEqual(app.lines[6], "> ! pågår      2026-11-20 Tvätt kan tas över helt                              0")
        app.press(.char("s"))
        XCTAssertTrue(app.lines.contains { $0.contains("Hypotesen bekräftas: vilken är slutsatsen?") }, linesDiff(app.lines, []))
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Måste fyllas i.") }, linesDiff(app.lines, []))
        XCTAssertEqual(try hypothesis(app, "Tvätt kan tas över helt").status, .pagar, "nothing changed without a conclusion")
        app.type("Servicebiträdena klarar tvätten.")
        app.press(.enter)
        let closed = try hypothesis(app, "Tvätt kan tas över helt")
        XCTAssertEqual(closed.status, .bekraftad)
        XCTAssertEqual(closed.conclusion, "Servicebiträdena klarar tvätten.")
        let row = try XCTUnwrap(app.lines.firstIndex { $0.contains("Tvätt kan tas över helt") && $0.contains("bekräftad") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines[row...].contains { $0.contains("Slutsats: Servicebiträdena klarar tvätten.") }, linesDiff(app.lines, []))

        app.press(.char("o"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ny anteckning om hypotesen") }, linesDiff(app.lines, []))
        app.type("Två behöver stöd med betalkort.")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Anteckningar: 1 (o skriver, v visar historik) · senast: Två behöver stöd") },
                      linesDiff(app.lines, []))
        let events = try app.store.hypothesisEvents(hypothesisId: closed.id)
        XCTAssertEqual(events.map(\.kind), [.status, .status, .note])
        XCTAssertEqual(events.last?.text, "Två behöver stöd med betalkort.")
        XCTAssertEqual(events.last?.writtenBy, "testare")
    }

    /// `v` shows the hypothesis in full with every status change (when, who) and note; after
    /// a reopening the old conclusion stays in the history. Esc closes the box; the help names the keys.
    func testVShowsTheHistoryAndReopeningKeepsTheOldConclusion() throws {
        let app = try openHypotheses()
        let h = try hypothesis(app, "Tvätt kan tas över helt")
        try app.store.updateHypothesis(id: h.id, statement: h.statement, status: .bekraftad, reviewDate: h.reviewDate.iso,
                                       conclusion: "Tvätten tas över helt.")
        try app.store.addHypothesisNote(hypothesisId: h.id, text: "Vecka 47 gick bra.")
        app.press(.tab, .backTab)  // back to the tab: it reads again
        // bekräftad → förkastad asks again, with the conclusion to keep or change; then att pröva reopens.
        app.press(.char("s"))
        XCTAssertTrue(app.lines.contains { $0.contains("Hypotesen förkastas") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Tvätten tas över helt.") }, "the conclusion it had is offered")
        app.press(.ctrl("u"))
        app.type("Det höll inte.")
        app.press(.enter)
        XCTAssertEqual(try hypothesis(app, h.statement).conclusion, "Det höll inte.")
        app.press(.char("s"))
        XCTAssertNil(try hypothesis(app, h.statement).conclusion)
        XCTAssertEqual(try hypothesis(app, h.statement).status, .attProva)
        XCTAssertTrue(app.lines.contains { $0.contains("att pröva") && $0.contains(h.statement) }, linesDiff(app.lines, []))

        app.press(.char("v"))
        let box = app.lines
        XCTAssertTrue(box.contains { $0.contains("┌ Hypotes · att pröva ─") }, linesDiff(box, []))
        XCTAssertTrue(box.contains { $0.contains("Status: att pröva · granskas 2026-11-20 · 0 kopplade dagar") }, linesDiff(box, []))
        XCTAssertTrue(box.contains { $0.contains("Historik: 1 anteckningar, 4 statusändringar") }, linesDiff(box, []))
        let history = box.compactMap { line -> String? in
            guard let range = line.range(of: "testare  ") else { return nil }
            return String(line[range.upperBound...]).replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces)
        }
        XCTAssertEqual(history, ["ny hypotes, pågår", "status pågår → bekräftad", "anteckning:", "status bekräftad → förkastad",
                                 "status förkastad → att pröva"], linesDiff(box, []))
        XCTAssertTrue(box.contains { $0.contains("    Slutsats: Tvätten tas över helt.") }, "the first conclusion is kept")
        XCTAssertTrue(box.contains { $0.contains("    Slutsats: Det höll inte.") }, linesDiff(box, []))
        XCTAssertTrue(box.contains { $0.contains("    Vecka 47 gick bra.") })
        XCTAssertTrue(box.contains { $0.contains("↑↓ bläddra · o ny anteckning · Esc stäng") })
        // `o` in the box writes a note and the box shows it.
        app.press(.char("o"))
        app.type("Prövas igen i januari.")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("    Prövas igen i januari.") }, linesDiff(app.lines, []))
        app.press(.escape)
        XCTAssertFalse(app.lines.contains { $0.contains("┌ Hypotes ·") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.hintLine.contains("s nästa status") && app.hintLine.contains("o anteckning") && app.hintLine.contains("v historik och slutsats"),
                      app.hintLine)
        app.press(.char("?"))
        for help in ["o          anteckning", "v          historik och slutsats", "s          till bekräftad eller förkastad: frågar först",
                     "v, ↑↓ o    i rutan: ↑↓ bläddrar, o ny anteckning"] {
            XCTAssertTrue(app.lines.contains { $0.contains(help) }, help + "\n" + linesDiff(app.lines, []))
        }
    }

    /// The box scrolls a long history at 80x24 and the English words are used in English.
    func testALongHistoryScrollsInEnglish() throws {
        let app = try openHypotheses(language: .en)
        let h = try hypothesis(app, "Tvätt kan tas över helt")
        for n in 1...20 { try app.store.addHypothesisNote(hypothesisId: h.id, text: "Note \(n)") }
        app.press(.tab, .backTab, .char("v"))
        XCTAssertTrue(app.lines.contains { $0.contains("┌ Hypothesis · ongoing ─") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("History: 20 notes, 1 status changes") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("(lines 1–") && $0.contains("of 41)") }, linesDiff(app.lines, []))
        XCTAssertFalse(app.lines.contains { $0.contains("    Note 20") })
        app.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        XCTAssertTrue(app.lines.contains { $0.contains("    Note 20") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("of 41)") })
        app.press(.char("v"))
        XCTAssertFalse(app.lines.contains { $0.contains("┌ Hypothesis") })
    }
}
