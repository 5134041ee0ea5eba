import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import VardagDomain
import VardagStore
import XCTest

/// `vardag report arsrapport` with the real binary: a self-contained page whose figures
/// are the store's, owner-only, in Swedish or English, printed to PDF by Chromium; and
/// the ways it refuses, each with its exit code.
final class ReportCommandTests: XCTestCase {
    func testTheArsrapportHoldsTheStoresFiguresAsAPageAndAsPDF() throws {
        let fixture = try DemoFixture()
        defer { try? FileManager.default.removeItem(at: fixture.work) }
        let year = VardagBinary.today.year
        let store = try AppDatabase.openForReading(path: fixture.demo.path, user: "test")
        let kommun = try XCTUnwrap(try store.kommuner().first { $0.name == "Älvdala" })
        let report = try store.dialogueReport(kommunId: kommun.id, year: year)
        let targets = try store.dialogueTargets(year: year, today: VardagBinary.today).filter { $0.kommunName == "Älvdala" }
        try store.close()

        let page = fixture.work.appendingPathComponent("ars.html")
        let html = try Spawn.run([fixture.binary, "report", "arsrapport", "--kommun", "Älvdala", "--year", String(year),
                                  "--db", fixture.demo.path, "--output", page.path], timeout: 60)
        XCTAssertEqual(html.status, 0, html.errorOutput)
        XCTAssertEqual(html.errorOutput, "")
        let attributes = try FileManager.default.attributesOfItem(atPath: page.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "a report is owner-only, like an export")
        let text = try String(contentsOf: page, encoding: .utf8)
        XCTAssertTrue(XMLParser(data: Data(text.utf8)).parse(), "well-formed")
        XCTAssertTrue(text.contains("<h1>Delaktighetsmodellen – årsrapport \(year)</h1>"))
        XCTAssertTrue(text.contains("<div class=\"value\">\(report.started)</div><div class=\"label\">slingor startade</div>"))
        XCTAssertTrue(text.contains("<div class=\"value\">\(report.questionsAnswered) / \(report.questionsAsked)</div>"))
        XCTAssertTrue(text.contains("<div class=\"value\">\(report.actionsDone) / \(report.actions)</div>"))
        // Vägledare are staff, not brukare: counted as they are, however few.
        XCTAssertTrue(text.contains("<div class=\"value\">\(report.ownGuides) / \(report.boughtGuides)</div>"), text)
        for unit in targets {
            XCTAssertTrue(text.contains("<tr><td>\(unit.enhetName)</td><td class=\"num\">\(unit.target.map(String.init) ?? "–")</td>"
                                        + "<td class=\"num\">\(unit.started)</td><td class=\"num\">\(unit.finished)</td>"), unit.enhetName)
        }
        for theme in report.themes { XCTAssertTrue(text.contains("<td>\(theme)</td>"), theme) }
        XCTAssertFalse(text.contains("för få"), "nothing on the Årsrapport is hidden, so its closing line does not say small groups are")

        let english = try Spawn.run([fixture.binary, "report", "arsrapport", "--kommun", "Älvdala", "--year", String(year),
                                     "--db", fixture.demo.path, "--lang", "en"], timeout: 60)
        XCTAssertEqual(english.status, 0, english.errorOutput)
        XCTAssertTrue(english.output.contains("<html lang=\"en\""))
        XCTAssertTrue(english.output.contains("Delaktighetsmodellen – annual report \(year)"))

        let pdf = fixture.work.appendingPathComponent("ars.pdf")
        let printed = try Spawn.run([fixture.binary, "report", "arsrapport", "--kommun", "Älvdala", "--year", String(year),
                                     "--db", fixture.demo.path, "--format", "pdf", "--output", pdf.path], timeout: 120)
        if printed.status == 69, ProcessInfo.processInfo.environment["CI"] != "true" {
            throw XCTSkip("no Chromium installed: \(printed.errorOutput)")
        }
        XCTAssertEqual(printed.status, 0, printed.errorOutput)
        let pdfText = try Self.run("/usr/bin/pdftotext", ["-layout", pdf.path, "-"])
        XCTAssertTrue(pdfText.contains("Delaktighetsmodellen – årsrapport \(year)"), pdfText)
        XCTAssertTrue(pdfText.contains("Enheternas mål"), pdfText)
        for unit in targets { XCTAssertTrue(pdfText.contains(unit.enhetName), unit.enhetName) }
        XCTAssertTrue(try Self.run("/usr/bin/pdfinfo", [pdf.path]).contains("(A4)"))
        if let logs = ProcessInfo.processInfo.environment["VARDAG_TEST_LOGS"] {
            _ = try Self.run("/usr/bin/pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.path, "\(logs)/arsrapport-sida1"])
        }
    }

    func testASlingasSummaryHoldsItsChainOfQuestionsAndItsActions() throws {
        let fixture = try DemoFixture()
        defer { try? FileManager.default.removeItem(at: fixture.work) }
        let store = try AppDatabase.openForReading(path: fixture.demo.path, user: "test")
        let today = VardagBinary.today
        let row = try XCTUnwrap(try store.dialogueLoops(today: today).filter { $0.kommunName == "Östervik" && $0.enhetName == "Hemtjänst Söder" }
            .max { $0.plannedStart < $1.plannedStart })
        let loop = try XCTUnwrap(try store.loopDetail(id: row.id, today: today))
        try store.close()
        XCTAssertFalse(loop.questions.isEmpty, "the demo's slinga has relay questions")

        let result = try Spawn.run([fixture.binary, "report", "slinga", "--enhet", "Hemtjänst Söder", "--kommun", "Östervik",
                                    "--db", fixture.demo.path], timeout: 60)
        XCTAssertEqual(result.status, 0, result.errorOutput)
        let html = result.output
        XCTAssertTrue(XMLParser(data: Data(html.utf8)).parse(), "well-formed")
        XCTAssertTrue(html.contains("<h1>Slinga i Hemtjänst Söder</h1>"))
        // The chain in its order: each question, then its answer or that it waits.
        var position = html.startIndex
        for question in loop.questions {
            let asked = try XCTUnwrap(html.range(of: question.text, range: position..<html.endIndex), "in order: \(question.text)")
            position = asked.upperBound
            if let answer = question.answer {
                position = try XCTUnwrap(html.range(of: answer, range: position..<html.endIndex), "its answer follows: \(answer)").upperBound
            } else {
                position = try XCTUnwrap(html.range(of: "Väntar på svar.", range: position..<html.endIndex)).upperBound
            }
        }
        for action in loop.actions {
            XCTAssertTrue(html.contains("<td>\(action.what)</td><td>\(action.responsible)</td><td>\(action.due)"), action.what)
        }
        for meeting in loop.meetings { XCTAssertTrue(html.contains("<td>\(meeting.date)</td>"), "\(meeting.kind)") }

        let ambiguous = try Spawn.run([fixture.binary, "report", "slinga", "--enhet", "Hemtjänst Söder", "--db", fixture.demo.path], timeout: 60)
        XCTAssertEqual(ambiguous.status, 64)
        XCTAssertTrue(ambiguous.errorOutput.contains("ange --kommun"), ambiguous.errorOutput)
    }

    func testATalkSheetHoldsHerGridTrendAndDecisions() throws {
        let fixture = try DemoFixture()
        defer { try? FileManager.default.removeItem(at: fixture.work) }
        let store = try AppDatabase.openForReading(path: fixture.demo.path, user: "test")
        let worker = try XCTUnwrap(try store.staff(offset: 0, limit: 10, filter: StaffFilter(text: "Maja Nilsson")).first)
        let period = WorkloadPeriod(containing: VardagBinary.today, kind: try store.workloadSettings().periodKind)
        let grid = try XCTUnwrap(try store.workloadGrid(medarbetareId: worker.id, period: period))
        try store.close()
        XCTAssertFalse(grid.cases.isEmpty, "the demo rates Maja's cases this period")

        let result = try Spawn.run([fixture.binary, "report", "samtal", "--person", "maja nilsson", "--db", fixture.demo.path], timeout: 60)
        XCTAssertEqual(result.status, 0, result.errorOutput)
        let html = result.output
        XCTAssertTrue(XMLParser(data: Data(html.utf8)).parse(), "well-formed")
        XCTAssertTrue(html.contains("<h1>Samtalsunderlag: Maja Nilsson</h1>"))
        XCTAssertTrue(html.contains("<div class=\"value\">\(grid.cases.count)</div><div class=\"label\">ärenden</div>"))
        XCTAssertTrue(html.contains("<div class=\"value\">\(grid.overall.map(String.init) ?? "–")</div><div class=\"label\">egen helhetsskattning</div>"))
        for item in grid.cases {
            XCTAssertTrue(html.contains("<tr><td>\(item.reference)</td>"), item.reference)
            XCTAssertTrue(html.contains("<td class=\"num\">\(item.time)</td><td class=\"num\">\(item.difficulty)</td>"), item.reference)
        }
        XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, 3, "three trend charts")

        let unknown = try Spawn.run([fixture.binary, "report", "samtal", "--person", "Ingen Alls", "--db", fixture.demo.path], timeout: 60)
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.errorOutput.contains("ingen aktiv medarbetare heter Ingen Alls"), unknown.errorOutput)
        let badPeriod = try Spawn.run([fixture.binary, "report", "samtal", "--person", "Maja Nilsson", "--period", "2026-W99",
                                       "--db", fixture.demo.path], timeout: 60)
        XCTAssertEqual(badPeriod.status, 64)
        XCTAssertTrue(badPeriod.errorOutput.contains("är ingen period"), badPeriod.errorOutput)
    }

    func testAParticipantsPathAndAUnitsPlanHoldTheirDates() throws {
        let fixture = try DemoFixture()
        defer { try? FileManager.default.removeItem(at: fixture.work) }
        let store = try AppDatabase.openForReading(path: fixture.demo.path, user: "test")
        let team = try XCTUnwrap(try store.shadowingTeams().first)
        let participant = try XCTUnwrap(try store.shadowingParticipants(teamId: team.id).max { $0.path.steps.count < $1.path.steps.count })
        XCTAssertGreaterThan(participant.path.steps.count, 1, "the demo has a participant past her first step")
        let unit = try XCTUnwrap(try store.competenceUnits().filter { $0.kommunName == "Åsbro" && $0.name == "Hemtjänst Söder" }.first)
        let items = try store.competencePlanItems(.enhet(unit.id))
        let people = Dictionary(try store.competencePeople(.enhet(unit.id)).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        try store.close()
        XCTAssertFalse(items.isEmpty, "the demo unit has a plan")

        let path = try Spawn.run([fixture.binary, "report", "deltagare", "--team", team.name, "--name", participant.name,
                                  "--db", fixture.demo.path], timeout: 60)
        XCTAssertEqual(path.status, 0, path.errorOutput)
        XCTAssertTrue(XMLParser(data: Data(path.output.utf8)).parse(), "well-formed")
        XCTAssertTrue(path.output.contains("<h1>Deltagarens väg: \(participant.name)</h1>"))
        for (step, date) in participant.path.steps {
            XCTAssertTrue(path.output.contains("<td>\(step.order + 1). "), "\(step)")
            XCTAssertTrue(path.output.contains("<td>\(date)</td>"), "\(step) \(date)")
        }

        let plan = try Spawn.run([fixture.binary, "report", "kompetensplan", "--enhet", "Hemtjänst Söder", "--kommun", "Åsbro",
                                  "--db", fixture.demo.path, "--lang", "en"], timeout: 60)
        XCTAssertEqual(plan.status, 0, plan.errorOutput)
        XCTAssertTrue(plan.output.contains("<h1>Competence plan: Hemtjänst Söder</h1>"))
        for item in items {
            XCTAssertTrue(plan.output.contains("<tr><td>\(people[item.medarbetareId] ?? "?")</td>"), "\(item.id)")
            XCTAssertTrue(plan.output.contains("<td>\(item.targetDate)</td>"), "\(item.id)")
        }
        XCTAssertTrue(plan.output.contains("<tr class=\"total\"><td>All</td><td class=\"num\">\(items.count)</td>"))

        let ambiguous = try Spawn.run([fixture.binary, "report", "kompetensplan", "--enhet", "Hemtjänst Söder", "--db", fixture.demo.path], timeout: 60)
        XCTAssertEqual(ambiguous.status, 64)
        let stranger = try Spawn.run([fixture.binary, "report", "deltagare", "--team", team.name, "--name", "Ingen Alls",
                                      "--db", fixture.demo.path], timeout: 60)
        XCTAssertEqual(stranger.status, 64)
        XCTAssertTrue(stranger.errorOutput.contains("har ingen deltagare som heter Ingen Alls"), stranger.errorOutput)
    }

    func testRefusalsSayWhyWithTheirCodes() throws {
        let fixture = try DemoFixture()
        defer { try? FileManager.default.removeItem(at: fixture.work) }
        let cases: [(arguments: [String], environment: [String: String]?, code: Int32, words: String)] = [
            (["--kommun", "Ingenstans"], nil, 64, "ingen kommun heter Ingenstans"),
            (["--kommun", "Älvdala", "--format", "pdf"], nil, 64, "--format pdf behöver --output"),
            (["--kommun", "Älvdala", "--year", "1999"], nil, 64, "år"),
            (["--kommun", "Älvdala", "--format", "pdf", "--output", fixture.work.appendingPathComponent("x.pdf").path],
             ["PATH": "/nonexistent", "LANG": "C.UTF-8"], 69, "sudo apt-get install chromium"),
        ]
        for (arguments, environment, code, words) in cases {
            let result = try Spawn.run([fixture.binary, "report", "arsrapport", "--db", fixture.demo.path] + arguments,
                                       environment: environment, timeout: 60)
            XCTAssertEqual(result.status, code, "\(arguments): \(result.errorOutput)")
            XCTAssertTrue(result.errorOutput.contains(words), "\(arguments): \(result.errorOutput)")
            XCTAssertEqual(result.errorOutput.split(separator: "\n").count, 1, "one line: \(result.errorOutput)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.work.appendingPathComponent("x.pdf").path))
    }

    /// Runs a program and returns its standard output.
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let result = try Spawn.run([program] + arguments, timeout: 60)
        XCTAssertEqual(result.status, 0, "\(program): \(result.errorOutput)")
        return result.output
    }
}
