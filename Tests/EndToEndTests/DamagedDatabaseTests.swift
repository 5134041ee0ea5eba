import Foundation
import TestSupport
import XCTest

/// A damaged database (bytes flipped in data pages after page 2, so the header and schema
/// still read) is never written to or copied: every writing command, `backup` and the
/// exports refuse it with exit 9, one line on stderr, and leave its folder byte for byte
/// as it was (issue 14, item 2).
final class DamagedDatabaseTests: XCTestCase {
    func testEveryCommandRefusesADamagedDatabaseAndChangesNothing() throws {
        let fixture = try DemoFixture()
        defer { try? FileManager.default.removeItem(at: fixture.work) }
        let mapping = try fixture.goodImportFile()
        let (folder, db) = try fixture.copyInFolder("damaged")
        try Self.flipBytes(in: db, pages: 400..<404, pageSize: 4096)
        let before = try FolderSnapshot(folder)

        let check = try Spawn.run([fixture.binary, "check", "--db", db.path], timeout: 60)
        XCTAssertEqual(check.status, 9, check.output + check.errorOutput)
        try before.assertSame(as: folder, "check")

        let copy = fixture.work.appendingPathComponent("kopia.sqlite")
        let commands: [(String, [String])] = [
            ("backup", ["backup", copy.path]),
            ("import competence", ["import", "competence", mapping.path]),
            ("import competence --dry-run", ["import", "competence", mapping.path, "--dry-run"]),
            ("purge --yes", ["purge", "--yes"]),
            ("purge --dry-run", ["purge", "--dry-run"]),
            ("purge --set-retention", ["purge", "--set-retention", "dialogue=7y"]),
            ("export audit", ["export", "audit"]),
            ("export register", ["export", "register"]),
        ]
        for (name, arguments) in commands {
            let result = try Spawn.run([fixture.binary] + arguments + ["--db", db.path], timeout: 60)
            XCTAssertEqual(result.status, 9, "\(name): \(result.errorOutput)")
            XCTAssertEqual(result.errorOutput.split(separator: "\n").count, 1, "\(name): \(result.errorOutput)")
            XCTAssertTrue(result.errorOutput.contains("är skadad"), "\(name): \(result.errorOutput)")
            XCTAssertEqual(result.output, "", name)
            try before.assertSame(as: folder, name)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy.path), "no damaged copy is made")
        let english = try Spawn.run([fixture.binary, "backup", copy.path, "--db", db.path, "--lang", "en"], timeout: 60)
        XCTAssertEqual(english.status, 9)
        XCTAssertTrue(english.errorOutput.contains("is damaged"), english.errorOutput)
    }

    /// Inverts every byte of some pages, as a disk or a careless copy might damage them.
    static func flipBytes(in file: URL, pages: Range<Int>, pageSize: Int) throws {
        let handle = try FileHandle(forUpdating: file)
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(pages.lowerBound * pageSize))
        let bytes = try XCTUnwrap(handle.read(upToCount: pages.count * pageSize))
        try handle.seek(toOffset: UInt64(pages.lowerBound * pageSize))
        try handle.write(contentsOf: Data(bytes.map { $0 ^ 0xFF }))
    }
}
