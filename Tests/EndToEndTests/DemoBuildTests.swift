import Foundation
import TestSupport
import XCTest

/// `vardag demo` builds the database aside and moves it into place only when it is
/// complete: a file size limit (as a full disk) ends it with exit 8 and leaves nothing
/// at the path, and with `--force` the old database stays as it was (issue 14, item 3).
final class DemoBuildTests: XCTestCase {
    func testAFileSizeLimitLeavesNoHalfMadeDatabase() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let db = work.appendingPathComponent("vardag.sqlite")

        // The demo database is about 3.4 MB; the limit allows about 1 MB (512-byte blocks).
        let limited = try Spawn.run(["/bin/sh", "-c", "ulimit -f 2000; exec '\(binary)' demo --db '\(db.path)'"], timeout: 120)
        XCTAssertEqual(limited.status, 8, limited.errorOutput)
        XCTAssertEqual(limited.errorOutput.split(separator: "\n").count, 1, limited.errorOutput)
        XCTAssertTrue(limited.errorOutput.contains("disken är full"), limited.errorOutput)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), [],
                       "no database and no temporary file is left")

        let made = try Spawn.run([binary, "demo", "--db", db.path], timeout: 120)
        XCTAssertEqual(made.status, 0, made.errorOutput)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), ["vardag.sqlite"])
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: db.path)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try Spawn.run(["sqlite3", db.path, "SELECT count(*) > 0 FROM competence_mapping"]).output, "1\n",
                       "the last tool's demo data is there")
        let before = try FolderSnapshot(work)

        let forced = try Spawn.run(["/bin/sh", "-c", "ulimit -f 2000; exec '\(binary)' demo --force --db '\(db.path)'"], timeout: 120)
        XCTAssertEqual(forced.status, 8, forced.errorOutput)
        try before.assertSame(as: work, "demo --force under a file size limit keeps the old database")

        let english = try Spawn.run(["/bin/sh", "-c", "ulimit -f 2000; exec '\(binary)' demo --force --lang en --db '\(db.path)'"], timeout: 120)
        XCTAssertEqual(english.status, 8)
        XCTAssertTrue(english.errorOutput.contains("the disk is full"), english.errorOutput)

        let replaced = try Spawn.run([binary, "demo", "--force", "--db", db.path], timeout: 120)
        XCTAssertEqual(replaced.status, 0, replaced.errorOutput)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), ["vardag.sqlite"])
        let check = try Spawn.run([binary, "check", "--db", db.path], timeout: 60)
        XCTAssertEqual(check.status, 0, check.errorOutput)
    }
}
