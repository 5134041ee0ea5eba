import Foundation
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The real `vardag` binary in tmux: create a slinga with two vägledare bought from another
/// kommun, log brukarträff 1 with a relay question, log the personalträff and answer the
/// question there, quit, start again, see the chain answered, and plan the next träff (d).
final class DialogueEndToEndTests: XCTestCase {
    func testSlingaWithBoughtGuidesRelayQuestionAnsweredSurvivesRestart() throws {
        let binary = try VardagBinary.path()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialogue-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        let demo = try Spawn.run([binary, "demo", "--db", db], environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(demo.status, 0, demo.errorOutput)

        let first = try TmuxSession(command: "\(q(binary)) --db \(q(db))", width: 80, height: 24)
        defer { first.close() }
        try first.waitFor(text: "Välj verktyg")
        try first.sendKeys("2")
        try first.waitFor(text: "Slingor │ Vägledare")
        try first.sendKeys("n")
        try first.waitFor(text: "Ny slinga")
        try first.sendKeys("Down")
        try first.type("Fritid på kvällarna")
        try first.sendKeys("Down", "Down", "Down")
        let guide1 = try chooseGuide(first, label: "Vägledare 1", from: "Älvdala", notNamed: nil)
        try first.sendKeys("Down")
        let guide2 = try chooseGuide(first, label: "Vägledare 2", from: "Älvdala", notNamed: guide1)
        try first.sendKeys("Enter")
        try first.waitFor(text: "Slinga i Barn och familj")
        try first.waitFor(text: "Vägledare: \(guide1) (Älvdala, köpt), \(guide2) (Älvdala, köpt)")

        try first.sendKeys("m")
        try first.waitFor(text: "Logga Brukarträff 1")
        try first.sendKeys("Down", "Down", "Down")
        try first.type("6")
        try first.sendKeys("Down", "Down", "Down")
        try first.type("Varför får vi inte välja kvällsaktiviteter själva?")
        try first.sendKeys("Enter")
        try first.waitFor(text: "Brukarträff 1 är loggad.")
        try first.waitFor(text: "Brukare → Personal: Varför får vi inte välja kvällsaktiviteter själva?")

        try first.sendKeys("m")
        try first.waitFor(text: "Logga Personalträff")
        try first.sendKeys("Enter")
        try first.waitFor(text: "Personalträff är loggad.")
        try first.sendKeys("Tab")
        try first.waitFor(text: "Obesvarad: väntar på svar från personal")
        try first.sendKeys("s")
        try first.waitFor(text: "Besvara stafettfråga")
        try first.type("Vi gör en lista över aktiviteter ihop.")
        try first.sendKeys("Enter")
        try first.waitFor(text: "Svaret är sparat.")
        try first.sendKeys("Escape")
        try first.waitFor(text: "Slingor │ Vägledare")
        try first.sendKeys("Escape")
        try first.waitFor(text: "Välj verktyg")
        try first.sendKeys("q")
        XCTAssertEqual(try first.waitForExit(), 0)

        let second = try TmuxSession(command: "\(q(binary)) --db \(q(db))", width: 80, height: 24)
        defer { second.close() }
        try second.waitFor(text: "Välj verktyg")
        try second.sendKeys("2")
        try second.waitFor(text: "Fritid på kvällar… 2026")
        try second.sendKeys("Enter")
        try second.waitFor(text: "Slinga i Barn och familj")
        try second.sendKeys("Tab")
        let chain = try second.waitFor(text: "Besvarad: Personalträff")
        XCTAssertTrue(chain.contains("● Ställd: Brukarträff 1"), chain)
        XCTAssertTrue(chain.contains("│ Fråga: Varför får vi inte välja kvällsaktiviteter själva?"), chain)
        XCTAssertTrue(chain.contains("Svar: Vi gör en lista över aktiviteter ihop."), chain)
        XCTAssertTrue(chain.contains("Brukare → Personal  Brukarträff 1  Personalträff"), chain)

        // d plans the next träff a week ahead; it shows in the loop's head, also when opened again.
        let planned = Self.isoDay(daysFromToday: 7)
        try second.sendKeys("d")
        try second.waitFor(text: "Planera Brukarträff 2")
        try second.type(planned)
        try second.sendKeys("Enter")
        try second.waitFor(text: "Nästa träff är planerad \(planned).")
        try second.waitFor(text: "Nästa: Brukarträff 2 den \(planned) · personal")
        try second.sendKeys("Escape")
        try second.waitFor(text: "Slingor │ Vägledare")
        try second.sendKeys("Enter")
        try second.waitFor(text: "Nästa: Brukarträff 2 den \(planned) · personal")
        try second.sendKeys("Escape")
        try second.waitFor(text: "Slingor │ Vägledare")
        try second.sendKeys("Escape")
        try second.waitFor(text: "Välj verktyg")
        try second.sendKeys("q")
        XCTAssertEqual(try second.waitForExit(), 0)
    }

    /// The demo's vägledare opens on Idag with a träff planned for today and one whose day
    /// passed, first in her section; Enter opens that slinga on its Träffar tab.
    func testAGuidesIdagShowsHerPlannedTraffarAndEnterOpensTheSlinga() throws {
        let binary = try VardagBinary.path()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dialogue-idag-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        let demo = try Spawn.run([binary, "demo", "--db", db], environment: ProcessInfo.processInfo.environment)
        XCTAssertEqual(demo.status, 0, demo.errorOutput)
        let app = try TmuxSession(command: "\(q(binary)) --db \(q(db)) --as kerstin.ostlund", width: 80, height: 24)
        defer { app.close() }
        let idag = try app.waitFor(text: "Träff i dag: ")
        // The demo's day is the app's today (the tests pin it): read both dates off the screen.
        func date(after marker: String) -> String {
            idag.range(of: marker).map { String(idag[$0.upperBound...].prefix(10)) } ?? ""
        }
        let today = date(after: "Idag för Kerstin Östlund · ")
        let passed = date(after: "> Försenad träff (")
        XCTAssertEqual(passed.count, 10, idag)
        XCTAssertLessThan(passed, today, idag)
        try app.sendKeys("Enter")
        try app.waitFor(text: "Nästa: Brukarträff 2 den \(passed) · personal")
        try app.sendKeys("Escape")
        try app.waitFor(text: "Träff i dag: ")
        try app.sendKeys("q")
        XCTAssertEqual(try app.waitForExit(), 0)
    }

    /// Steps a guide choice with → until it shows a guide from `kommun` (other than `notNamed`).
    ///
    /// Waits on the screen, never for a while: first until the cursor is on the field (so the
    /// keys that moved there have been handled), then after each → until the choice changed.
    /// - Returns: the chosen guide's name.
    private func chooseGuide(_ tmux: TmuxSession, label: String, from kommun: String, notNamed: String?) throws -> String {
        var line = try tmux.waitForRows(description: "the cursor on \(label)") { rows, cursorRow in
            rows.indices.contains(cursorRow) && rows[cursorRow].contains(label) ? rows[cursorRow] : nil
        }
        for _ in 0..<20 {
            if let open = line.range(of: "< "), let dot = line.range(of: " · ", range: open.upperBound..<line.endIndex) {
                let name = String(line[open.upperBound..<dot.lowerBound])
                if line.contains(", \(kommun) >") && name != notNamed { return name }
            }
            try tmux.sendKeys("Right")
            let before = line
            line = try tmux.waitForRows(description: "the next choice in \(label)") { rows, _ in
                rows.first { $0.contains(label) && $0 != before }
            }
        }
        throw TmuxSession.Failure.notFound("a guide from \(kommun) in \(label)")
    }

    /// The day `days` after today in Stockholm, as `YYYY-MM-DD` (the app's today is the local date).
    private static func isoDay(daysFromToday days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm")!
        let day = calendar.date(byAdding: .day, value: days, to: Date())!
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    private func q(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
