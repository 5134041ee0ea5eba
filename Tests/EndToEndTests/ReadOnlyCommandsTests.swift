import Foundation
import TestSupport
import XCTest

/// Commands that only read leave the database's folder byte for byte as it was: no header
/// change, no page added, no `-wal` or `-shm` left behind; and `check` works on a
/// read-only file, so a protected backup can be checked (issue 14, item 4).
final class ReadOnlyCommandsTests: XCTestCase {
    /// A dry-run import, a refused import (exit 65) and a backup change nothing in the source's folder.
    func testDryRunRefusedImportAndBackupLeaveTheSourceAsItWas() throws {
        let fixture = try DemoFixture()
        defer { try? FileManager.default.removeItem(at: fixture.work) }
        let mapping = try fixture.goodImportFile()
        let bad = fixture.work.appendingPathComponent("fel.csv")
        var rows = try String(contentsOf: mapping, encoding: .utf8).components(separatedBy: "\r\n")
        rows[1] = rows[1].replacingOccurrences(of: ";Nej;", with: ";Kanske;")
        try rows.joined(separator: "\r\n").write(to: bad, atomically: true, encoding: .utf8)
        let (folder, db) = try fixture.copyInFolder("source")
        let before = try FolderSnapshot(folder)

        let dryRun = try Spawn.run([fixture.binary, "import", "competence", mapping.path, "--dry-run", "--db", db.path], timeout: 60)
        XCTAssertEqual(dryRun.status, 0, dryRun.errorOutput)
        XCTAssertTrue(dryRun.output.contains("inget lagrat"), dryRun.output)
        try before.assertSame(as: folder, "import --dry-run")

        let refused = try Spawn.run([fixture.binary, "import", "competence", bad.path, "--db", db.path], timeout: 60)
        XCTAssertEqual(refused.status, 65, refused.errorOutput)
        XCTAssertTrue(refused.errorOutput.contains("rad 2:"), refused.errorOutput)
        try before.assertSame(as: folder, "refused import")

        let copy = fixture.work.appendingPathComponent("kopia.sqlite")
        let backup = try Spawn.run([fixture.binary, "backup", copy.path, "--db", db.path], timeout: 60)
        XCTAssertEqual(backup.status, 0, backup.errorOutput)
        try before.assertSame(as: folder, "backup")

        // A protected backup can be checked, and checking it changes nothing either.
        XCTAssertEqual(chmod(copy.path, 0o400), 0)
        let copyFolder = fixture.work.appendingPathComponent("protected", isDirectory: true)
        try FileManager.default.createDirectory(at: copyFolder, withIntermediateDirectories: false)
        let protected = copyFolder.appendingPathComponent("kopia.sqlite")
        try FileManager.default.moveItem(at: copy, to: protected)
        let protectedBefore = try FolderSnapshot(copyFolder)
        let check = try Spawn.run([fixture.binary, "check", "--db", protected.path], timeout: 60)
        XCTAssertEqual(check.status, 0, check.errorOutput)
        XCTAssertTrue(check.output.contains("Integritet: ok"), check.output)
        try protectedBefore.assertSame(as: copyFolder, "check on a 0400 file")

        // A real import still writes (and then leaves no -wal or -shm either).
        let imported = try Spawn.run([fixture.binary, "import", "competence", mapping.path, "--db", db.path], timeout: 60)
        XCTAssertEqual(imported.status, 0, imported.errorOutput)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["vardag.sqlite"])
    }

    /// A database from a newer Vardag is refused (exit 6) by every command without a byte
    /// changed or a `-wal`/`-shm` file left behind.
    func testANewerDatabaseIsRefusedWithoutLeavingFiles() throws {
        let fixture = try DemoFixture()
        defer { try? FileManager.default.removeItem(at: fixture.work) }
        let mapping = try fixture.goodImportFile()
        let (folder, db) = try fixture.copyInFolder("newer")
        let newer = try Spawn.run(["sqlite3", db.path, "INSERT INTO grdb_migrations (identifier) VALUES ('v99-framtid');"])
        XCTAssertEqual(newer.status, 0, newer.errorOutput)
        let before = try FolderSnapshot(folder)
        let commands: [[String]] = [
            ["check"], ["export", "register"], ["backup", fixture.work.appendingPathComponent("kopia.sqlite").path],
            ["import", "competence", mapping.path, "--dry-run"], ["purge", "--dry-run"], ["purge", "--yes"],
        ]
        for arguments in commands {
            let result = try Spawn.run([fixture.binary] + arguments + ["--db", db.path], timeout: 60)
            XCTAssertEqual(result.status, 6, "\(arguments): \(result.errorOutput)")
            try before.assertSame(as: folder, arguments.joined(separator: " "))
        }
    }
}
