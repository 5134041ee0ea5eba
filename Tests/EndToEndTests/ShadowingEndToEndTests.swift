import Foundation
import TestSupport
import VardagStore
import XCTest

/// The real `vardag` binary in tmux: log a participant's day with two tasks found by
/// typing "tvä" and "inkö" and a lesson (Enter on the empty search goes to Lärdomar, Enter
/// there saves), naming the host-team member shadowed, quit, reopen, and see the day in
/// the day view and the export; on Hypoteser, note a hypothesis (o), see it in its history
/// (v) and in `export shadowing --kind hypotheses`; on Deltagare mark a competence step (`m`)
/// and see it in her step history (`v`) and in `--kind path`; the Handledare tab's weeks and
/// `--kind supervisors`.
final class ShadowingEndToEndTests: XCTestCase {
    func testLogADayByTypingTväAndInköThenReopenAndExport() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("shadowing.sqlite").path
        var env = ProcessInfo.processInfo.environment
        env["TZ"] = "Europe/Stockholm"
        let demo = try Spawn.run([binary, "demo", "--db", db], environment: env)
        XCTAssertEqual(demo.status, 0, demo.errorOutput)

        // 1. Open Skuggning, read the day and the first participant, log her day.
        let first = try TmuxSession(command: "\(q(binary)) --db \(q(db))", width: 80, height: 24)
        defer { first.close() }
        try first.waitFor(text: "Välj verktyg")
        try first.sendKeys("3")
        let screen = try first.waitFor(text: "loggade")
        let lines = screen.split(separator: "\n").map(String.init)
        let infoLine = try XCTUnwrap(lines.first { $0.contains("loggade") })
        let date = try XCTUnwrap(infoLine.split(separator: " ").map(String.init).first { $0.count == 10 && $0.hasPrefix("20") })
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("> ") })
        // The row's name, as stored: a name may fill its column up to the next one's text.
        let stored = try AppDatabase.openForReading(path: db, user: "e2e")
        let names = try stored.shadowingTeams().flatMap { try stored.shadowingParticipants(teamId: $0.id).map(\.name) }
        try stored.close()
        let participant = try XCTUnwrap(names.sorted { $0.count > $1.count }.first { row.dropFirst(2).hasPrefix($0) }, row)
        try first.sendKeys("Enter")
        try first.waitFor(text: "Logga dagen: \(participant)")
        try first.type("tvä")
        try first.waitFor(text: "> Tvätt")
        try first.sendKeys("Enter")
        try first.waitFor(text: "1  Tvätt")
        try first.type("inkö")
        try first.waitFor(text: "> Inköp")
        try first.sendKeys("Enter")
        try first.waitFor(text: "2  Inköp")
        // Shift-Tab to the person shadowed, → names the host team's first member.
        try first.sendKeys("BTab")
        try first.sendKeys("Right")
        let named = try first.waitUntil(description: "a named staff member") {
            $0.split(separator: "\n").contains { $0.contains("Skuggade") && !$0.contains("ingen namngiven") }
        }
        let staffRow = try XCTUnwrap(named.split(separator: "\n").first { $0.contains("Skuggade") })
        let staff = try XCTUnwrap(staffRow.components(separatedBy: "< ").last?.components(separatedBy: " >").first)
        XCTAssertFalse(staff.isEmpty || staff == "ingen namngiven", String(staffRow))
        try first.sendKeys("Tab")
        try first.sendKeys("Enter")  // the empty search: on to Lärdomar
        try first.type("Tvätten först")
        try first.waitFor(text: "Tvätten först")
        try first.sendKeys("Enter")
        try first.waitFor(text: "Sparat: \(participant), 75 min")
        // On Deltagare, `m` marks her next competence step done today; `v` shows it beside her path.
        try first.sendKeys("Tab", "Tab")
        try first.waitFor(text: "aktiva deltagare")
        for _ in 0..<14 where !(try first.screenLines().contains { $0.hasPrefix("> \(participant)") }) { try first.sendKeys("Down") }
        try first.sendKeys("m")
        try first.waitFor(text: "Kompetenssteg klart")
        try first.sendKeys("Enter")
        try first.waitFor(text: "Sparat: Steg")
        try first.sendKeys("v")
        let journey = try first.waitFor(text: "Kompetenssteg")
        XCTAssertTrue(journey.contains("Stegen: \(participant)"), journey)
        try first.sendKeys("Escape")
        try first.sendKeys("Escape")
        try first.waitFor(text: "Välj verktyg")
        try first.sendKeys("q")
        XCTAssertEqual(try first.waitForExit(), 0)
        first.close()

        // 2. Reopen: the day view shows the two tasks for her.
        let second = try TmuxSession(command: "\(q(binary)) --db \(q(db))", width: 80, height: 24)
        defer { second.close() }
        try second.waitFor(text: "Välj verktyg")
        try second.sendKeys("3")
        let reopened = try second.waitFor(text: "Tvätt, Inköp")
        XCTAssertTrue(reopened.contains("\(date) · 1 av"), reopened)
        let logged = try XCTUnwrap(reopened.split(separator: "\n").first { $0.contains(participant) })
        XCTAssertTrue(logged.contains("Tvätt, Inköp") && logged.contains("75"), String(logged))
        // On Hypoteser, o notes the selected hypothesis and v shows it in its history.
        try second.sendKeys("Tab")
        try second.waitFor(text: "att granska nu")
        try second.sendKeys("o")
        try second.waitFor(text: "Ny anteckning om hypotesen")
        try second.type("Noterat i tmux")
        try second.sendKeys("Enter")
        try second.waitFor(text: "senast: Noterat i tmux")
        try second.sendKeys("v")
        let history = try second.waitFor(text: "    Noterat i tmux")
        XCTAssertTrue(history.contains("Historik:") && history.contains("status"), history)
        try second.sendKeys("Escape")
        try second.waitFor(text: "senast: Noterat i tmux")
        // The Handledare tab (Shift-Tab twice from Hypoteser): the pool, who supervises whom, the weeks.
        try second.sendKeys("BTab", "BTab")
        let supervisors = try second.waitFor(text: "I poolen")
        XCTAssertTrue(supervisors.contains("handledare · 11 platser"), supervisors)
        try second.sendKeys("v")
        let weeks = try second.waitFor(text: "Handledare per vecka")
        XCTAssertTrue(weeks.contains("! 2026-W42         12           2        5      7            7"), weeks)
        try second.sendKeys("Escape")
        try second.sendKeys("Escape")
        try second.waitFor(text: "Välj verktyg")
        try second.sendKeys("q")
        XCTAssertEqual(try second.waitForExit(), 0)

        // 3. The export has one row per observed task.
        let export = try Spawn.run([binary, "export", "shadowing", "--db", db, "--from", date, "--to", date], environment: env)
        XCTAssertEqual(export.status, 0, export.errorOutput)
        let rows = export.output.components(separatedBy: "\r\n").filter { $0.contains(participant) }
        XCTAssertEqual(rows.count, 2, export.output)
        XCTAssertTrue(rows[0].hasSuffix("\(date);\(participant);Undersköterska;\(staff);Tvätt;Service;30;ja;Tvätten först"), rows[0])
        XCTAssertTrue(rows[1].hasSuffix("\(date);\(participant);Undersköterska;\(staff);Inköp;Service;45;ja;Tvätten först"), rows[1])

        // Her step history with every date, and her tasks only, by --participant.
        let path = try Spawn.run([binary, "export", "shadowing", "--db", db, "--kind", "path", "--participant", participant],
                                 environment: env)
        XCTAssertEqual(path.status, 0, path.errorOutput)
        let pathLines = path.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertTrue(pathLines.first?.hasSuffix("Team;Deltagare;Steg;Datum;Dagar i steget") == true, path.output)
        XCTAssertTrue(pathLines.dropFirst().allSatisfy { $0.contains(";\(participant);") }, path.output)
        XCTAssertTrue(pathLines.contains { $0.contains(";\(participant);Kompetenssteg ") }, "the step marked with m: " + path.output)
        let hers = try Spawn.run([binary, "export", "shadowing", "--db", db, "--participant", participant.uppercased(),
                                  "--from", date, "--to", date], environment: env)
        XCTAssertEqual(hers.status, 0, hers.errorOutput)
        XCTAssertEqual(hers.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 3, hers.output)
        let nobody = try Spawn.run([binary, "export", "shadowing", "--db", db, "--participant", "Finns Inte"], environment: env)
        XCTAssertEqual(nobody.status, 64)
        XCTAssertEqual(nobody.errorOutput.split(separator: "\n").count, 1, nobody.errorOutput)

        // The hypotheses with their conclusion and history, the note written above among them.
        let hypotheses = try Spawn.run([binary, "export", "shadowing", "--db", db, "--kind", "hypotheses"], environment: env)
        XCTAssertEqual(hypotheses.status, 0, hypotheses.errorOutput)
        XCTAssertTrue(hypotheses.output.contains(";Anteckning;;;Noterat i tmux;"), hypotheses.output)
        XCTAssertTrue(hypotheses.output.contains(";Status;pågår;bekräftad;\"Efter fyra veckor sköter servicebiträdena"), hypotheses.output)

        // The handledare week by week: the demo's team is short of places in its first weeks.
        let supervision = try Spawn.run([binary, "export", "shadowing", "--db", db, "--kind", "supervisors",
                                         "--from", "2026-09-28", "--to", "2026-10-04"], environment: env)
        XCTAssertEqual(supervision.status, 0, supervision.errorOutput)
        XCTAssertEqual(supervision.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }, [
            "Team;Vecka;Deltagare;Handledare;Platser;Brist;Utan handledare",
            "Skuggningsteam Linköpingsmodellen;2026-W40;12;2;5;7;7",
        ])

        // A bad option is one line on stderr and a non-zero exit.
        let bad = try Spawn.run([binary, "export", "shadowing", "--db", db, "--from", "2026-13-01"], environment: env)
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertEqual(bad.errorOutput.split(separator: "\n").count, 1, bad.errorOutput)
    }

    private func q(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
