import Foundation
import TestSupport
import VardagDomain
import VardagStore
import XCTest

/// The real `vardag` binary in tmux: Rapport from the main menu at 80x24 shows the month's
/// staff figures with the small unit "för få", `s` and Enter write the nämnd report to the
/// suggested file in the home folder, the window grows to 120x40 with more columns, and the
/// threshold set on the screen is the one `vardag report namnd` then uses, and a unit's
/// month entered in the form is what `vardag export staff` then writes.
final class ReportScreenEndToEndTests: XCTestCase {
    /// Åsbro with four units and 13 months of figures ending 2026-10 (Gruppbostad Ön has 8 people).
    private func makeDatabase(at db: String) throws {
        let store = try AppDatabase.open(path: db, user: "e2e")
        let kommun = try store.addKommun(name: "Åsbro")
        let last = try StaffMonth.parse("2026-10")
        for (name, size) in [("Älvgården", 40), ("Hemtjänst Norr", 25), ("Gruppbostad Ön", 8), ("Boendestöd", 16)] {
            let unit = try store.addEnhet(kommunId: kommun.id, name: name, omrade: .vardOchOmsorg)
            for back in 0..<13 {
                try store.saveStaffMonth(enhetId: unit.id, month: last.adding(months: -back), figures: StaffFigures(
                    headcount: size, fte: Hundredths(hundredths: size * 90), newHires: 1, leftOwnRequest: back % 2,
                    sickHoursShort: Hundredths(whole: size * 6), sickHoursLong: Hundredths(whole: size * 3),
                    scheduledHours: Hundredths(whole: size * 150), vacancies: 1, openRecruitments: 1))
            }
        }
        try store.close()
    }

    func testRapportShowsTheMonthWritesTheReportAndSetsTheThreshold() throws {
        let binary = try VardagBinary.path()
        let directory = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("db.sqlite").path
        try makeDatabase(at: db)
        let home = directory.appendingPathComponent("hem")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let session = try TmuxSession(command: "'\(binary)' --db '\(db)'", width: 80, height: 24,
                                      environment: ["HOME": home.path], directory: directory)
        defer { session.close() }
        try session.waitFor(text: "Välj verktyg")
        try session.sendKeys("6")
        let month = try session.waitFor(text: "Åsbro · oktober 2026")
        let small = try XCTUnwrap(month.split(separator: "\n").first { $0.contains("Gruppbostad Ön") })
        XCTAssertTrue(small.contains("för få    för få"), String(small))
        XCTAssertTrue(month.contains("Hemtjänst Norr") && month.contains("6,0 %"), month)

        // s, then Enter on the suggested file in the home folder.
        try session.sendKeys("s")
        let form = try session.waitFor(text: "Skriv nämndrapporten")
        XCTAssertTrue(form.contains("~/nämndrapport-Åsbro-2026-10.html"), form)
        try session.sendKeys("Enter")
        try session.waitFor(text: "Nämndrapporten skrevs")
        let written = home.appendingPathComponent("nämndrapport-Åsbro-2026-10.html")
        let html = try String(contentsOf: written, encoding: .utf8)
        for text in ["Åsbro", "oktober 2026", "Gruppbostad Ön", "för få", "6,0\u{00A0}%"] {
            XCTAssertTrue(html.contains(text), "the page holds \(text)")
        }

        // Wider: the movement and recruitment columns too.
        try session.resize(width: 120, height: 40)
        try session.waitFor(text: "Rekryteras")

        // The threshold: 9 is refused at the field, 16 is stored and hides Boendestöd too.
        try session.sendKeys("t")
        try session.waitFor(text: "Gräns för små grupper")
        try session.sendKeys("BSpace", "BSpace", "BSpace")
        try session.type("9")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Ange ett heltal 10–100")
        try session.sendKeys("BSpace")
        try session.type("16")
        try session.sendKeys("Enter")
        let raised = try session.waitFor(text: "Gränsen är nu 16")
        let boende = try XCTUnwrap(raised.split(separator: "\n").first { $0.contains("Boendestöd") })
        XCTAssertTrue(boende.contains("för få"), String(boende))

        // November has no figures: every unit is listed with "–"; Hemtjänst Norr's month is entered in the form.
        try session.sendKeys("n")
        try session.waitFor(text: "Åsbro · november 2026")
        try session.sendKeys("Home", "Down", "Down")
        try session.waitFor(text: "Hemtjänst Norr: inga siffror för november 2026")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Hemtjänst Norr, november 2026.")
        try session.type("26")
        try session.sendKeys("Down")
        try session.type("23,5")
        try session.sendKeys("Enter")
        let saved = try session.waitFor(text: "Siffrorna för Hemtjänst Norr, november 2026 sparades.")
        let norr = try XCTUnwrap(saved.split(separator: "\n").first { $0.contains("> Hemtjänst Norr") })
        XCTAssertTrue(norr.contains("26"), String(norr))
        try session.sendKeys("Escape")
        try session.waitFor(text: "Välj verktyg")
        try session.sendKeys("q")
        XCTAssertEqual(try session.waitForExit(), 0)

        // The CLI's report uses the threshold set on the screen.
        let report = try Spawn.run([binary, "report", "namnd", "--kommun", "Åsbro", "--month", "2026-10", "--db", db])
        XCTAssertEqual(report.status, 0, report.errorOutput)
        XCTAssertTrue(report.output.contains("grupper med 16 personer eller färre"), "the colophon names the threshold")
        XCTAssertTrue(report.output.contains("”för få”: gruppen har 16 personer eller färre"))

        // The export holds the month entered on the screen.
        let export = try Spawn.run([binary, "export", "staff", "--kommun", "Åsbro", "--from", "2026-11", "--to", "2026-11",
                                    "--format", "json", "--db", db])
        XCTAssertEqual(export.status, 0, export.errorOutput)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [[String: Any]])
        let row = try XCTUnwrap(rows.first { $0["enhet"] as? String == "Hemtjänst Norr" }, export.output)
        XCTAssertEqual(row["manad"] as? String, "2026-11")
        XCTAssertEqual(row["anstallda"] as? Int, 26)
        XCTAssertEqual((row["arsarbetare"] as? NSNumber)?.doubleValue, 23.5)
    }
}
