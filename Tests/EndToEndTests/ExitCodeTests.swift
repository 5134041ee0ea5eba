import Foundation
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Every exit code of the README's table, produced by the real binary: each code has
/// one meaning, each case says why in one Swedish line on stderr, and the table and
/// these cases list the same codes.
final class ExitCodeTests: XCTestCase {
    /// One way to end with a code: a shell command run in a folder holding `demo.sqlite`
    /// (the binary is `$V`), and words its stderr must contain.
    struct Case {
        var code: Int32
        var why: String
        var command: String
        /// Words stderr must contain; nil for an empty stderr.
        var mentions: String?
        /// False for ArgumentParser's usage errors and the import's row list, which write several lines.
        var oneLine = true
    }

    /// The cases, at least one per code of the table (128+n runs in tmux, below).
    static let cases: [Case] = [
        Case(code: 0, why: "done", command: #""$V" check --db demo.sqlite >/dev/null"#, mentions: nil),
        Case(code: 1, why: "demo target exists", command: #""$V" demo --db demo.sqlite"#, mentions: "finns redan; ange --force"),
        Case(code: 1, why: "export into a missing folder", command: #""$V" export register --db demo.sqlite --output saknas/x.csv"#,
             mentions: "exporten misslyckades: kan inte skriva saknas/x.csv: mappen eller filen finns inte"),
        Case(code: 2, why: "no terminal", command: #""$V" --db new.sqlite"#, mentions: "ingen terminal"),
        Case(code: 3, why: "database missing", command: #""$V" export register --db saknas.sqlite"#, mentions: "finns inte"),
        Case(code: 4, why: "check found damage", command: #""$V" check --db index.sqlite >/dev/null"#, mentions: "integritetskontrollen hittade fel"),
        Case(code: 5, why: "not SQLite", command: #""$V" export register --db text.sqlite"#, mentions: "är ingen Vardag-databas"),
        Case(code: 6, why: "newer Vardag", command: #""$V" export register --db newer.sqlite"#, mentions: "skrevs av en nyare Vardag"),
        Case(code: 6, why: "newer Vardag, English", command: #""$V" export register --db newer.sqlite --lang en"#,
             mentions: "was written by a newer version of Vardag"),
        Case(code: 7, why: "read-only", command: #""$V" export register --db readonly.sqlite"#, mentions: "går inte att skriva till"),
        Case(code: 8, why: "file size limit", command: #"ulimit -f 80; "$V" export register --db older.sqlite"#, mentions: "disken är full"),
        Case(code: 9, why: "truncated", command: #""$V" export register --db truncated.sqlite"#, mentions: "är skadad"),
        // Refused at opening (every page is checked), so no file is put in place.
        Case(code: 9, why: "a damaged page in the exported table",
             command: #""$V" export register --db pages.sqlite --output pages.csv; code=$?; [ ! -e pages.csv ] && exit $code"#,
             mentions: "är skadad"),
        Case(code: 10, why: "a folder", command: #""$V" export register --db folder.sqlite"#, mentions: "är en mapp"),
        Case(code: 11, why: "empty file", command: #""$V" export register --db empty.sqlite"#, mentions: "är en tom fil"),
        Case(code: 12, why: "a FIFO", command: #""$V" check --db fifo.sqlite"#, mentions: "är ingen vanlig fil"),
        Case(code: 13, why: "no such role on the server",
             command: #""$V" check --db "host=$PGTEST_HOST user=ingen_sadan_roll dbname=postgres""#, mentions: "godtog inte inloggningen"),
        Case(code: 14, why: "a kommun already in the region", command: #""$V" copy --from demo.sqlite --to region.sqlite"#,
             mentions: "har redan kommunen ”Älvdala”"),
        Case(code: 64, why: "bad --from week", command: #""$V" export workload --db demo.sqlite --from 2026-W99"#, mentions: "är ingen period"),
        Case(code: 64, why: "unknown --kommun", command: #""$V" export competence --db demo.sqlite --kommun Ingenstans"#,
             mentions: "okänd kommun ”Ingenstans”"),
        Case(code: 64, why: "unknown --team", command: #""$V" export workload --db demo.sqlite --team Ingenting"#, mentions: "Ingenting"),
        Case(code: 64, why: "unknown option", command: #""$V" export register --db demo.sqlite --inget-sadant"#,
             mentions: "okänd flagga", oneLine: false),
        Case(code: 64, why: "--user, which no longer chooses who is working", command: #""$V" --db new.sqlite --user "$(printf 'Bo\033]0;PWNED\007')""#,
             mentions: "--user finns inte längre"),
        Case(code: 15, why: "a login that is no systemförvaltare changes access",
             command: #"cp demo.sqlite own.sqlite && "$V" access grant "$(id -un)" --person "Maja Nilsson" --role medarbetare --db own.sqlite >/dev/null && "$V" access grant ny.person --person "Tove Ali" --role vagledare --db own.sqlite"#,
             mentions: "får inte ändra behörigheter"),
        Case(code: 64, why: "an unknown role", command: #""$V" access grant ny.person --person "Tove Ali" --role chef --db demo.sqlite"#,
             mentions: "det finns ingen roll ”chef”"),
        Case(code: 64, why: "a scope that names several teams", command: #""$V" access grant ny.person --person "Tove Ali" --role teamledare --scope "team:Team Björk" --db demo.sqlite"#,
             mentions: "flera områden heter"),
        Case(code: 64, why: "purge without a terminal or --yes", command: #""$V" purge --db demo.sqlite"#, mentions: "--yes"),
        Case(code: 65, why: "import with a bad row", command: #""$V" import competence bad.csv --db demo.sqlite"#,
             mentions: "rad 2: okänd titel ”Ingen sådan titel”", oneLine: false),
        Case(code: 66, why: "import file missing", command: #""$V" import competence saknas.csv --db demo.sqlite"#,
             mentions: "kan inte läsa saknas.csv: filen finns inte"),
        Case(code: 66, why: "import file a folder", command: #""$V" import competence folder.sqlite --db demo.sqlite"#,
             mentions: "det är en mapp"),
        Case(code: 69, why: "PDF without a browser",
             command: #"PATH=/nonexistent "$V" report arsrapport --kommun Älvdala --format pdf --output r.pdf --db demo.sqlite"#,
             mentions: "sudo apt-get install chromium"),
        Case(code: 70, why: "catalogue unreadable", command: #""$BROKEN" check --db demo.sqlite"#, mentions: "språkfilen"),
    ]

    func testEveryCaseEndsWithItsCodeAndOneSwedishLine() throws {
        // Exit 13 needs a server that answers and refuses the login.
        try PostgresTestServer.requireServer()
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        try Self.prepare(work, binary: binary)
        for testCase in Self.cases {
            let result = try Spawn.run(["/bin/sh", "-c", testCase.command], environment: Self.environment(work, binary: binary),
                                       timeout: 60, workingDirectory: work.path)
            let context = "\(testCase.why): status \(result.status), stderr \(result.errorOutput.debugDescription)"
            XCTAssertEqual(result.status, testCase.code, context)
            if let mentions = testCase.mentions {
                XCTAssertTrue(result.errorOutput.contains(mentions), context)
                if testCase.oneLine {
                    XCTAssertEqual(result.errorOutput.split(separator: "\n").count, 1, context)
                    XCTAssertTrue(result.errorOutput.hasPrefix("vardag: "), context)
                }
            } else {
                XCTAssertEqual(result.errorOutput, "", context)
            }
        }
    }

    /// The README's table and these cases name the same codes, so neither can drift.
    func testTheReadmeTableListsExactlyTheCodesTheCasesProduce() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let table = try XCTUnwrap(text.components(separatedBy: "| Code | Meaning |").dropFirst().first)
        var codes: [String] = []
        for line in table.split(separator: "\n").dropFirst() {
            guard line.hasPrefix("|") else { break }
            codes.append(line.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? "")
        }
        XCTAssertEqual(codes.count, Set(codes).count, "each code once in the table: \(codes)")
        let produced = Set(Self.cases.map { String($0.code) }).union(["128+n"])
        XCTAssertEqual(Set(codes), produced)
    }

    /// 128 + n: a signal ends the app (SIGTERM gives 143), in a real terminal.
    func testASignalEndsWith128PlusItsNumber() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        let db = work.appendingPathComponent("demo.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
        let session = try TmuxSession(command: "'\(binary)' --db '\(db)'", directory: work)
        defer { session.close() }
        try session.waitFor(text: "Vardag")
        try session.signal(SIGTERM, toProcessNamed: "vardag")
        XCTAssertEqual(try session.waitForExit(timeout: 20), 128 + SIGTERM)
    }

    /// In a real terminal, where the app would otherwise start, a `--user` (here with an escape
    /// sequence) is refused before the database is made and nothing reaches the window.
    func testAUserOptionIsRefusedInARealTerminal() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        let db = work.appendingPathComponent("ny.sqlite").path
        let session = try TmuxSession(command: "'\(binary)' --db '\(db)' --user \"$(printf 'Bo\\033]0;PWNED\\007')\"", directory: work)
        defer { session.close() }
        XCTAssertEqual(try session.waitForExit(timeout: 20), 64)
        XCTAssertTrue(try session.capture().contains("--user finns inte längre"))
        XCTAssertFalse(try session.display("#{pane_title}").contains("PWNED"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: db), "no database was made")
    }

    /// A FIFO as the app's database is refused before the terminal is touched, with its own code.
    func testAFIFOAsTheAppsDatabaseIsRefusedWithCode12() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        let fifo = work.appendingPathComponent("fifo.sqlite").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let session = try TmuxSession(command: "'\(binary)' --db '\(fifo)' 2>'\(work.path)/err.txt'", directory: work)
        defer { session.close() }
        XCTAssertEqual(try session.waitForExit(timeout: 20), 12)
        let errorOutput = try String(contentsOfFile: work.path + "/err.txt", encoding: .utf8)
        XCTAssertTrue(errorOutput.contains("är ingen vanlig fil utan en FIFO"), errorOutput)
    }

    /// The variables every case runs with: `$V` the binary, `$BROKEN` a copy whose Swedish catalogue is not JSON.
    private static func environment(_ work: URL, binary: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["V"] = binary
        environment["BROKEN"] = work.appendingPathComponent("broken/vardag").path
        environment["PGTEST_HOST"] = PostgresTestServer.fromEnvironment()?.host ?? ""
        environment["LANG"] = "C.UTF-8"
        environment["TERM"] = "xterm-256color"
        return environment
    }

    /// Makes the files the cases name, from one demo database.
    private static func prepare(_ work: URL, binary: String) throws {
        let setup = #"""
            set -e
            "$V" demo --db demo.sqlite >/dev/null
            cp demo.sqlite index.sqlite
            cp demo.sqlite region.sqlite
            sqlite3 index.sqlite "PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql='CREATE INDEX enhet_by_kommun ON enhet(name)' WHERE name='enhet_by_kommun';"
            printf 'Namn;Titel\r\nÅsa Öberg;Undersköterska\r\n' > text.sqlite
            cp demo.sqlite newer.sqlite
            sqlite3 newer.sqlite "INSERT INTO grdb_migrations (identifier) VALUES ('v99-framtid');"
            cp demo.sqlite readonly.sqlite && chmod 0400 readonly.sqlite
            cp demo.sqlite older.sqlite
            sqlite3 older.sqlite "DROP TABLE audit; DELETE FROM grdb_migrations WHERE identifier = 'v1-audit';"
            head -c 100000 demo.sqlite > truncated.sqlite
            cp demo.sqlite pages.sqlite
            root=$(sqlite3 pages.sqlite "SELECT rootpage FROM sqlite_master WHERE name = 'medarbetare'")
            size=$(sqlite3 pages.sqlite "PRAGMA page_size")
            head -c "$size" /dev/zero | tr '\000' '\377' | dd of=pages.sqlite bs="$size" seek=$((root - 1)) conv=notrunc 2>/dev/null
            mkdir folder.sqlite
            : > empty.sqlite
            mkfifo fifo.sqlite
            "$V" export competence --db demo.sqlite --output map.csv
            awk -F';' 'BEGIN { OFS = ";" } NR == 2 { $6 = "Ingen sådan titel" } { print }' map.csv > bad.csv
            mkdir broken && cp "$V" broken/vardag && cp -R "$(dirname "$V")/Vardag_VardagResources.resources" broken/
            echo '{ inte json' > broken/Vardag_VardagResources.resources/Data/strings/sv/cli.json
            """#
        let result = try Spawn.run(["/bin/sh", "-c", setup], environment: environment(work, binary: binary), timeout: 120,
                                   workingDirectory: work.path)
        guard result.status == 0 else { throw TmuxSession.Failure.tmuxFailed(["setup"], result.errorOutput) }
    }
}
