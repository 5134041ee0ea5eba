import Foundation
import TestSupport
import XCTest

/// The benchmarks are a program of their own (`vardag-bench`, run by `make bench`): each
/// area prints every figure it printed as `vardag bench`, and `vardag` has no `bench`.
///
/// The runs are small (a few hundred staff) so they take seconds in a debug build; the
/// figures' labels are the same at any size.
final class BenchProgramTests: XCTestCase {
    /// The start of each line an area prints, in order.
    static let labels: [(arguments: [String], lines: [String])] = [
        // No subcommand, as `make bench` runs it: the register's benchmark.
        (["--staff", "200", "--keys", "20"], [
            "Vardag bench (", "Första bild (demodatabas, 80x24), SQLite: Vardag median ",
            "Tangent till bild, registerlistan med 200 medarbetare (20 tangenter), SQLite: Vardag median ",
            "  p99 utan väntan på CPU ", "  genom ncurses (pty, ", "    sämst: ",
            "Byte till terminalen (ANSI-modell, 80x24): markörflytt ", "Byte genom ncurses: hoppas över",
        ]),
        (["dialogue", "--kommuner", "3", "--loops", "40", "--rounds", "5"], [
            "Vardag bench dialogue (", "Genererat på ", "Årsrapport för en kommun (fråga): median ",
            "Årsrapport för alla 3 kommuner (fråga): median ", "Årsrapportfliken, alla 3 kommuner (fråga + ritning, 120x40): median ",
            "Öppna en slinga (fråga + ritning, 80x24): median ", "Slingans data (fråga): median ",
        ]),
        (["shadowing", "--teams", "2", "--participants", "8", "--days", "200", "--tasks-per-day", "3"], [
            "Vardag bench shadowing (", "Genererat: 2 team × 8 deltagare × 200 dagar", "Uppgiftssökning per tangent (",
            "Tangent till bild i loggformuläret (sökning + ritning, 80x24): medel ",
            "Spara en dags logg (4 uppgifter, ", "  sämst: ",
            "Spara en dags logg (4 uppgifter, ", "  sämst: ",
            "  checkpoint i vila efter varje sparning (utanför tiden ovan): median ",
            "Analys över ett teams hela period (",
        ]),
        (["workload", "--teams", "3", "--staff-per-team", "4", "--weeks", "13", "--cases", "3", "--repeats", "5"], [
            "Vardag bench workload (", "Genererat: 3 team, 12 medarbetare, 13 veckor, ",
            "Översikt, 12 perioder, omläsning (p/n) + bild (120x40), 5 omläsningar, 3 team, SQLite: median ", "  sämst: ",
            "  varav frågorna (workloadOverview): median ",
            "Översiktens aggregat (12 medarbetare × 13 veckor, ett team, ",
            "Översiktens hela omläsning (fråga + bild) mot aggregatet ensamt, SQLite: Vardag median ",
            "  växelvis med samma aggregat genom SQLites C-API i processen (median ",
            "Fyrfältet, tangent som ändrar skattning (skrivning + revision + omläsning + bild, 80x24), SQLite: Vardag median ",
            "  p99 utan väntan på CPU ", "  checkpoint i vila efter ",
            "Fyrfältet, piltangent (bara bild), SQLite: median ", "  skattningstangent genom ncurses (pty, ", "    sämst: ",
            "Export workload, 13 veckor (", "  samma export mot sqlite3 som också kontrollerar filen först (PRAGMA quick_check), SQLite: Vardag median ",
            "  toppminne: Vardag ",
        ]),
        (["competence", "--staff", "500", "--keys", "20", "--runs", "2"], [
            "Vardag bench competence (", "Region: 14 kommuner, ", "Import av ", "  sqlite3 .import av samma fil ",
            "  första inläsningen ", "  samma fil igen ", "  en fil där alla ",
            "    samma ändringar av sqlite3 från samma fil (.import till en temporär tabell, UPDATE … FROM av kartläggningar och steg i person-id-ordning, inga kontroller; samma innehåll efteråt: ja): ",
            "  varav kontroll av alla rader ",
            "  vardag import competence", "  toppminne vid importen: Vardag ",
            "Tangent till bild, rutnätet för ", "Tangent till bild, rutnätet för ", "Öppna rutnätet ", "Jämförelse, 14 kommuner × ",
            "  Jämförelsen bredvid samma aggregat i ren SQL", "Appens toppminne med Jämförelse öppen",
        ]),
        (["report", "--teams", "2", "--weeks", "6", "--runs", "2"], [
            "Vardag bench report (", "Kommun ", "  läsningen (i processen): median ", "  sidan (HTML, i processen): median ",
            "vardag report namnd (ny process, ", "  sqlite3 samma personalrader ", "  sqlite3 PRAGMA quick_check, ",
        ]),
        // Under valgrind (which `make test` installs): a missing one prints one line less and fails here.
        (["instructions", "--teams", "1", "--staff-per-team", "3", "--weeks", "3", "--count", "2"], [
            "Vardag bench instructions (", "Genererat: 1 team, 3 medarbetare, 3 veckor, ",
            "Export workload som CSV, 3 veckor (", "  per rad (3 veckor mot 1): Vardag ", "Översikt, 12 perioder, omläsning (p/n) + bild (120x40): Vardag ",
            "Registerlistan, piltangent (80x24): Vardag ", "Fyrfältet, skattningstangent (",
        ]),
    ]

    func testEveryAreaPrintsItsFigures() throws {
        let bench = try VardagBinary.benchPath()
        for (arguments, lines) in Self.labels {
            let result = try Spawn.run([bench] + arguments, timeout: 300)
            let what = "vardag-bench \(arguments.joined(separator: " "))"
            XCTAssertEqual(result.status, 0, "\(what): \(result.errorOutput)")
            let printed = result.output.split(separator: "\n").map(String.init)
            XCTAssertEqual(printed.count, lines.count, "\(what):\n\(result.output)")
            for (line, label) in zip(printed, lines) {
                XCTAssertTrue(line.hasPrefix(label), "\(what): '\(line)' should start with '\(label)'")
            }
            for line in printed where Self.memoryLabels.contains(where: line.hasPrefix) {
                Self.checkMemoryLine(line, what: what)
            }
        }
    }

    /// The lines with a memory target: the app with Jämförelse open, the import, the export.
    static let memoryLabels = ["  toppminne: Vardag ", "  toppminne vid importen: Vardag ", "Appens toppminne med Jämförelse öppen"]

    /// A memory line gives Vardag's peak resident size and, of it, the private (anonymous)
    /// part, beside `vardag --help`'s two figures, and says the target is the private one's.
    static func checkMemoryLine(_ line: String, what: String, file: StaticString = #filePath, lineNumber: UInt = #line) {
        let figures = #"Vardag (\d+\.\d) MB \(varav privat (\d+\.\d) MB; vardag --help (\d+\.\d) MB, varav privat (\d+\.\d) MB\)"#
        let app = #"median (\d+\.\d) MB, högst \d+\.\d MB, varav privat median (\d+\.\d) MB, högst \d+\.\d MB \(vardag --help (\d+\.\d) MB, varav privat (\d+\.\d) MB\)"#
        let pattern = line.hasPrefix("Appens") ? app : figures
        guard let match = try? NSRegularExpression(pattern: pattern).firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) else {
            XCTFail("\(what): '\(line)' should match \(pattern)", file: file, line: lineNumber)
            return
        }
        let values = (1...4).map { Double(line[Range(match.range(at: $0), in: line)!]) ?? 0 }
        // The private part is some of the resident size, for the run and for --help.
        XCTAssertTrue(values[1] > 0 && values[1] < values[0], "\(what): '\(line)'", file: file, line: lineNumber)
        XCTAssertTrue(values[3] > 0 && values[3] < values[2], "\(what): '\(line)'", file: file, line: lineNumber)
        XCTAssertNotNil(line.range(of: #"\(mål < \d+ MB privat( oavsett antal rader)?\)"#, options: .regularExpression),
                        "\(what): '\(line)' should name the private figure in its target", file: file, line: lineNumber)
    }

    /// With `--server`, every figure of the register and workload areas is printed for
    /// PostgreSQL too, beside `psql` on the same data, which the bench copies into databases
    /// of its own on the server and drops again.
    func testServerFiguresArePrintedBesidePSQL() throws {
        let server = try PostgresTestServer.requireServer()
        let bench = try VardagBinary.benchPath()
        let options = ["--server", server.conninfo(database: "postgres"), "--psql", server.clientProgram("psql")]
        let runs: [(arguments: [String], lines: [(prefix: String, floor: String)])] = [
            (["register", "--staff", "200", "--keys", "20"], [
                ("Första bild (demodatabas, 80x24), ", "; psql (ny process, menyns räkning) median "),
                ("Tangent till bild, registerlistan med 200 medarbetare (20 tangenter), ",
                 "; psql (ett fönster om 22 rader) median "),
            ]),
            (["workload", "--teams", "3", "--staff-per-team", "4", "--weeks", "13", "--cases", "3", "--repeats", "5"], [
                ("Översiktens aggregat (12 medarbetare × 13 veckor, ett team, ", "; psql (\\timing) median "),
                ("Översiktens hela omläsning (fråga + bild) mot aggregatet ensamt, ", "; psql (\\timing) median "),
                ("Fyrfältet, tangent som ändrar skattning (skrivning + revision + omläsning + bild, 80x24), ",
                 "; psql (skattningens UPDATE) median "),
                ("Export workload, 13 veckor (", "; psql --csv (ny process) median "),
            ]),
        ]
        for (arguments, lines) in runs {
            let result = try Spawn.run([bench] + arguments + options, environment: server.clientEnvironment(), timeout: 300)
            let what = "vardag-bench \(arguments.joined(separator: " ")) --server"
            XCTAssertEqual(result.status, 0, "\(what): \(result.errorOutput)")
            let printed = result.output.split(separator: "\n").map(String.init)
            XCTAssertTrue(printed.contains { $0.hasPrefix("PostgreSQL: ") && $0.contains(" kopierad till vardag_bench_") },
                          "\(what):\n\(result.output)")
            for (prefix, floor) in lines {
                let line = printed.first { $0.hasPrefix(prefix) && $0.contains("PostgreSQL: Vardag median ") }
                XCTAssertNotNil(line, "\(what): no PostgreSQL line '\(prefix)':\n\(result.output)")
                XCTAssertTrue(line?.contains(floor) == true, "\(what): '\(line ?? "")' should hold '\(floor)'")
                XCTAssertNotNil(line?.range(of: #", kvot \d+\.\d\d"#, options: .regularExpression), "\(what): '\(line ?? "")'")
                // The SQLite line of the same figure is still there, beside sqlite3.
                XCTAssertTrue(printed.contains { $0.hasPrefix(prefix) && $0.contains("SQLite: Vardag median ") && $0.contains("; sqlite3 ") },
                              "\(what): no SQLite line '\(prefix)':\n\(result.output)")
            }
        }
        // The bench's own databases are gone again.
        let left = try Spawn.run([server.clientProgram("psql"), "-X", "-A", "-t", "-h", server.host, "-U", server.user, "-d", "postgres",
                                  "-c", "SELECT count(*) FROM pg_database WHERE datname LIKE 'vardag_bench_%'"],
                                 environment: server.clientEnvironment())
        XCTAssertEqual(left.output.trimmingCharacters(in: .whitespacesAndNewlines), "0", left.errorOutput)
    }

    func testVardagHasNoBenchSubcommand() throws {
        // `bench` is no subcommand: it is an unexpected argument to the default `open`.
        let result = try Spawn.run([try VardagBinary.path(), "bench"])
        XCTAssertEqual(result.status, 64, result.output)
        XCTAssertTrue(result.errorOutput.hasPrefix("Fel: oväntat argument 'bench'"), result.errorOutput)
    }
}
