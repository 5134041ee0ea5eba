import Foundation
import TestSupport
import VardagDomain
import VardagStore
import XCTest

/// Home, End and the sequences other terminals send for them, through the real binary
/// in tmux under the `TERM`s people use: in the workload grid they store nothing (Home
/// and End used to set the overall self-rating to 1 and 4), in a text field they move
/// the caret and type nothing (End used to type "4~").
final class KeySequencesEndToEndTests: XCTestCase {
    private func q(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Bytes after ESC that various terminals send, as hex for `send-keys -H`: rxvt
    /// Home/End, xterm Ctrl-Home/Shift-End, the paste brackets and a number no key has.
    private static let foreignSequences: [String] = [
        "[7~", "[8~", "[1;5H", "[1;2F", "[200~", "[201~", "[99~", "[1;5~", "[4;2~", "OH", "OF",
    ]

    private func sendEscape(_ tmux: TmuxSession, _ sequence: String) throws {
        let hex = ([0x1B] + Array(sequence.utf8)).map { String(format: "%02x", $0) }
        _ = try tmux.tmux(["send-keys", "-t", tmux.name, "-H"] + hex)
    }

    func testHomeEndAndForeignSequencesStoreNothingInTheGridAndTypeNothingInAField() throws {
        let binary = try VardagBinary.path()
        for term in ["xterm-256color", "screen-256color", "tmux-256color"] {
            let directory = try TmuxSession.makeDirectory()
            let db = directory.appendingPathComponent("db.sqlite").path
            let store = try AppDatabase.open(path: db, user: "e2e")
            let kommun = try store.addKommun(name: "Helsingborg")
            let enhet = try store.addEnhet(kommunId: kommun.id, name: "IFO Vuxen", omrade: .ifo)
            let team = try store.addTeam(enhetId: enhet.id, name: "Försörjningsstöd")
            let asa = try store.addMedarbetare(MedarbetareDraft(
                teamId: team.id, name: "Åsa Öberg", title: "Socialsekreterare", role: .medarbetare, startDate: "2020-02-01"))
            let week = WorkloadPeriod(containing: VardagBinary.today, kind: .week)
            try store.addCase(medarbetareId: asa.id, period: week, draft: CaseDraft(reference: "Ärende 1", time: "2", difficulty: "2"),
                              today: VardagBinary.today)
            let auditBefore = try store.auditEntries(limit: 100_000).count
            try store.close()

            let tmux = try TmuxSession(command: "\(q(binary)) --db \(q(db))", width: 80, height: 24, term: term, directory: directory)
            defer { tmux.close() }
            try tmux.waitFor(text: "Välj verktyg")
            try tmux.sendKeys("1")
            try tmux.waitFor(text: "Försörjningsstöd")
            try tmux.sendKeys("Enter")
            try tmux.waitFor(text: "Åsa Öberg")
            try tmux.sendKeys("Enter")
            try tmux.waitFor(text: "Ärende 1  2×2")

            // In the grid: the digits inside these sequences are not overall ratings.
            try tmux.sendKeys("Home", "End")
            for sequence in Self.foreignSequences { try sendEscape(tmux, sequence) }
            // A marker key after them all: when it has been handled, so have they.
            try tmux.sendKeys("?")
            try tmux.waitFor(text: "Esc stänger")
            try tmux.sendKeys("Escape")
            let grid = try tmux.waitUntil(description: "help closed") { !$0.contains("Esc stänger") }
            XCTAssertTrue(grid.contains("helhet ej skattad"), "\(term): nothing set the overall rating:\n\(grid)")

            // In a text field: Home and End move the caret, foreign sequences type nothing.
            try tmux.sendKeys("a")
            try tmux.waitFor(text: "aldrig brukarens namn")
            try tmux.type("Ärende 9")
            try tmux.sendKeys("Home")
            try tmux.type("Y")
            try tmux.sendKeys("End")
            try tmux.type("X")
            try sendEscape(tmux, "[7~")
            try tmux.type("Z")
            try sendEscape(tmux, "[8~")
            for sequence in Self.foreignSequences { try sendEscape(tmux, sequence) }
            try sendEscape(tmux, "[4~")
            try tmux.type("W")
            let form = try tmux.waitFor(text: "ZYÄrende 9XW")
            XCTAssertFalse(form.contains("~"), "\(term): no part of a sequence typed:\n\(form)")

            try tmux.signal(SIGTERM, toProcessNamed: "vardag")
            try tmux.waitFor(text: TmuxSession.endMarker)
            let reopened = try AppDatabase.open(path: db, user: "e2e")
            defer { try? reopened.close() }
            let stored = try XCTUnwrap(reopened.workloadGrid(medarbetareId: asa.id, period: week))
            XCTAssertNil(stored.overall, "\(term): no overall rating stored")
            XCTAssertEqual(stored.cases.map(\.reference), ["Ärende 1"], term)
            XCTAssertEqual(try reopened.auditEntries(limit: 100_000).count, auditBefore, term)
        }
    }
}
