import Foundation
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Where an export's bytes land, through the real binary: a regular file is a new 0600
/// file with the exact bytes, a device or FIFO is written as it is with its mode
/// untouched, and nothing that reaches a terminal (standard output or `--output
/// /dev/tty`) carries an escape sequence, while pipes and files keep every byte.
final class ExportDestinationTests: XCTestCase {
    /// What the hostile rows hold: an OSC that retitles the window, then a status request.
    static let payload = "\u{1B}]0;PWNED\u{07}\u{1B}[6n"

    private var binary = ""
    private var work = URL(fileURLWithPath: "/tmp")
    private var db = ""

    override func setUpWithError() throws {
        binary = try VardagBinary.path()
        work = try TmuxSession.makeDirectory()
        db = work.appendingPathComponent("demo.sqlite").path
        XCTAssertEqual(try Spawn.run([binary, "demo", "--db", db], timeout: 120).status, 0)
        // What another program could write into the database; the app itself refuses it.
        let hostile = "'Kurs ' || char(27) || ']0;PWNED' || char(7) || char(27) || '[6n'"
        let sql = """
            UPDATE competence_mapping SET wishes = \(hostile) WHERE medarbetare_id = (SELECT min(medarbetare_id) FROM competence_mapping);
            UPDATE competence_plan SET course = \(hostile) WHERE id = (SELECT min(id) FROM competence_plan);
            UPDATE medarbetare SET name = \(hostile) WHERE id = (SELECT min(id) FROM medarbetare);
            """
        let result = try Spawn.run(["sqlite3", db, sql])
        XCTAssertEqual(result.status, 0, result.errorOutput)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: work)
    }

    func testAnExportOntoACharacterDeviceLeavesItsModeAlone() throws {
        guard getuid() == 0 else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("mknod needs root; CI runs these tests as root") }
            throw XCTSkip("mknod needs root")
        }
        let device = work.appendingPathComponent("nulldev").path
        // The same device as /dev/null (1, 3), mode 0644: what `--output /dev/null` would meet.
        XCTAssertEqual(mknod(device, mode_t(S_IFCHR) | 0o644, dev_t(1 << 8 | 3)), 0, String(cString: strerror(errno)))
        XCTAssertEqual(chmod(device, 0o644), 0)
        for kind in ["register", "audit"] {
            let result = try Spawn.run([binary, "export", kind, "--db", db, "--output", "./nulldev"], workingDirectory: work.path)
            XCTAssertEqual(result.status, 0, result.errorOutput)
            var info = stat()
            XCTAssertEqual(stat(device, &info), 0)
            XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "still a character device")
            XCTAssertEqual(info.st_mode & 0o7777, 0o644, "export \(kind) must not chmod a device")
        }
    }

    func testAnExportFileIsANewOwnerOnlyFileWithTheExactBytes() throws {
        let piped = try Spawn.run([binary, "export", "register", "--db", db])
        XCTAssertEqual(piped.status, 0, piped.errorOutput)
        XCTAssertTrue(piped.output.contains(Self.payload), "a pipe gets the exact bytes")
        let file = work.appendingPathComponent("register.csv").path
        try Data(repeating: 0x41, count: 100_000).write(to: URL(fileURLWithPath: file))
        XCTAssertEqual(chmod(file, 0o644), 0)
        let result = try Spawn.run(["/bin/sh", "-c", "umask 000; exec \"$0\" export register --db \"$1\" --output \"$2\"", binary, db, file])
        XCTAssertEqual(result.status, 0, result.errorOutput)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), piped.output, "the file has the exact bytes, nothing of before")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.contains("vardag-") }, [],
                       "no temporary file left behind")
        let created = work.appendingPathComponent("new.json").path
        let fresh = try Spawn.run(["/bin/sh", "-c", "umask 000; exec \"$0\" export competence --format json --db \"$1\" --output \"$2\"",
                                   binary, db, created])
        XCTAssertEqual(fresh.status, 0, fresh.errorOutput)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: created)[.posixPermissions] as? Int, 0o600)
    }

    func testAFIFOGetsTheExactBytesAndKeepsItsMode() throws {
        let fifo = work.appendingPathComponent("out.fifo").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        XCTAssertEqual(chmod(fifo, 0o644), 0)
        let result = try Spawn.run(["/bin/sh", "-c", "cat out.fifo > got.csv & \"$0\" export register --db \"$1\" --output out.fifo; status=$?; wait; exit $status",
                                    binary, db], workingDirectory: work.path)
        XCTAssertEqual(result.status, 0, result.errorOutput)
        let piped = try Spawn.run([binary, "export", "register", "--db", db])
        XCTAssertEqual(try String(contentsOfFile: work.appendingPathComponent("got.csv").path, encoding: .utf8), piped.output)
        var info = stat()
        XCTAssertEqual(stat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO)
        XCTAssertEqual(info.st_mode & 0o7777, 0o644)
    }

    /// Under `script`, the program's terminal is a pty and the log holds every byte it got.
    func testNoEscapeByteReachesATerminalWhateverThePath() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("script (util-linux) is missing") }
            throw XCTSkip("script (util-linux) is missing")
        }
        let exports = [
            "export competence", "export competence --kind plan", "export competence --format json",
            "export register --output /dev/tty", "export competence --kind plan --output /dev/tty",
            "export competence --output /dev/stdout",
        ]
        for arguments in exports {
            let log = work.appendingPathComponent("typescript").path
            let command = "'\(binary)' \(arguments) --db '\(db)'"
            let result = try Spawn.run(["script", "-q", "-e", "-c", command, log], timeout: 30)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.errorOutput)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: log))
            XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("PWNED"), "\(arguments): the row is exported")
            XCTAssertFalse(bytes.contains(0x1B), "\(arguments): an ESC reached the terminal")
            XCTAssertFalse(bytes.contains(0x07), "\(arguments): a BEL reached the terminal")
        }
        let piped = try Spawn.run([binary, "export", "competence", "--kind", "plan", "--db", db])
        XCTAssertTrue(piped.output.contains(Self.payload), "a pipe keeps the exact bytes")
    }

    /// In a real terminal (tmux), the OSC in a wish does not retitle the window.
    func testTheWindowKeepsItsTitle() throws {
        let session = try TmuxSession(command: "'\(binary)' export competence --db '\(db)'; '\(binary)' export competence --kind plan --db '\(db)' --output /dev/tty")
        defer { session.close() }
        XCTAssertEqual(try session.waitForExit(timeout: 30), 0)
        XCTAssertFalse(try session.display("#{pane_title}").contains("PWNED"))
        XCTAssertTrue(try session.capture().contains("]0;PWNED"), "the text is shown, harmless without its ESC")
    }
}
