import Foundation
import TestSupport
import XCTest

/// Bad database files through the real binary: `check`, `export register` and the app
/// start (in tmux) each refuse them with one line on stderr and the exit code for the
/// reason, and leave the file byte for byte as it was.
///
/// Exit codes: 3 cannot open (missing directory), 5 not a Vardag database, 6 newer
/// schema, 7 read-only, 8 disk full, 9 damaged, 10 a directory, 11 an empty file.
final class BadFileTests: XCTestCase {
    /// One kind of bad file: how to make it and what every entry point must answer.
    struct BadFile: Sendable {
        var name: String
        var exitCode: Int32
        /// Words the stderr line must contain.
        var mentions: String
        /// A shell prefix for the command (a file size limit for "disk full").
        var limit: String = ""
        /// True when `check` succeeds on it: check opens read-only and never migrates, so
        /// neither a full disk nor a read-only file concerns it.
        var checkSucceeds = false
        /// Makes the bad path inside a directory from a healthy demo database; returns the --db path.
        var make: @Sendable (_ directory: URL, _ healthy: URL) throws -> URL
    }

    func testBadFilesAreRefusedUnchangedByCheckExportAndTheApp() throws {
        let binary = try VardagBinary.path()
        let work = try TmuxSession.makeDirectory()
        defer { try? FileManager.default.removeItem(at: work) }
        let healthy = work.appendingPathComponent("healthy.sqlite")
        let demo = try Spawn.run([binary, "demo", "--db", healthy.path], timeout: 120)
        XCTAssertEqual(demo.status, 0, demo.errorOutput)

        var tried: [String: Int32] = [:]
        for badFile in Self.badFiles {
            for entry in ["check", "export", "app"] {
                let directory = work.appendingPathComponent("\(badFile.name)-\(entry)", isDirectory: true)
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                let path = try badFile.make(directory, healthy)
                let before = try Snapshot(path: path, directory: directory)
                let (status, errorOutput) = try run(entry, binary: binary, db: path, limit: badFile.limit, directory: directory)
                let context = "\(badFile.name) via \(entry): status \(status), stderr \(errorOutput.debugDescription)"
                if entry == "check" && badFile.checkSucceeds {
                    XCTAssertEqual(status, 0, context)
                    XCTAssertEqual(errorOutput, "", context)
                    try before.assertUnchanged(context)
                    continue
                }
                XCTAssertEqual(status, badFile.exitCode, context)
                let lines = errorOutput.split(separator: "\n")
                XCTAssertEqual(lines.count, 1, context)
                XCTAssertTrue(lines.first?.hasPrefix("vardag: ") == true, context)
                XCTAssertTrue(errorOutput.contains(badFile.mentions), context)
                try before.assertUnchanged(context)
                tried[badFile.name] = status
            }
        }
        XCTAssertEqual(tried.count, Self.badFiles.count)
        XCTAssertEqual(Set(tried.values).count, tried.count, "every kind of bad file has its own exit code: \(tried)")
        print("Bad files tried (check, export register, app start): "
              + tried.sorted { $0.value < $1.value }.map { "\($0.key) → \($0.value)" }.joined(separator: ", "))
    }

    /// The bad files of issue 7.
    static let badFiles: [BadFile] = [
        BadFile(name: "directory", exitCode: 10, mentions: "är en mapp") { directory, _ in
            let path = directory.appendingPathComponent("vardag.sqlite")
            try FileManager.default.createDirectory(at: path, withIntermediateDirectories: false)
            return path
        },
        BadFile(name: "missing-directory", exitCode: 3, mentions: "saknas") { directory, _ in
            directory.appendingPathComponent("saknas/vardag.sqlite")
        },
        BadFile(name: "not-sqlite", exitCode: 5, mentions: "är ingen Vardag-databas") { directory, _ in
            let path = directory.appendingPathComponent("vardag.sqlite")
            try Data("Namn;Titel\r\nÅsa Öberg;Undersköterska\r\n".utf8).write(to: path)
            return path
        },
        BadFile(name: "truncated", exitCode: 9, mentions: "är skadad") { directory, healthy in
            let path = directory.appendingPathComponent("vardag.sqlite")
            let bytes = try Data(contentsOf: healthy)
            try bytes.prefix(bytes.count / 2).write(to: path)
            return path
        },
        BadFile(name: "empty", exitCode: 11, mentions: "är en tom fil") { directory, _ in
            let path = directory.appendingPathComponent("vardag.sqlite")
            try Data().write(to: path)
            return path
        },
        BadFile(name: "newer-schema", exitCode: 6, mentions: "skrevs av en nyare Vardag") { directory, healthy in
            let path = try copy(healthy, into: directory)
            try sqlite(path, "INSERT INTO grdb_migrations (identifier) VALUES ('v99-framtid');")
            return path
        },
        // Root may write any file, so the app honours the mode bits: 0400 means "do not change".
        // `check` only reads, so a protected backup can be checked.
        BadFile(name: "read-only", exitCode: 7, mentions: "går inte att skriva till", checkSucceeds: true) { directory, healthy in
            let path = try copy(healthy, into: directory)
            try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path.path)
            return path
        },
        // An older schema needs a migration, which first writes a backup of the whole file:
        // with a 40 KB file size limit that write fails (EFBIG, as on a full disk). `check`
        // only reads, so it passes.
        BadFile(name: "disk-full", exitCode: 8, mentions: "disken är full", limit: "ulimit -f 80; ", checkSucceeds: true) { directory, healthy in
            let path = try copy(healthy, into: directory)
            try sqlite(path, "DROP TABLE audit; DELETE FROM grdb_migrations WHERE identifier = 'v1-audit';")
            return path
        },
    ]

    /// Runs one entry point against a path; returns its exit status and stderr.
    private func run(_ entry: String, binary: String, db: URL, limit: String, directory: URL) throws -> (Int32, String) {
        switch entry {
        case "check", "export":
            let arguments = entry == "check" ? ["check"] : ["export", "register"]
            let command = "\(limit)exec '\(binary)' \(arguments.joined(separator: " ")) --db '\(db.path)'"
            let result = try Spawn.run(["/bin/sh", "-c", command], timeout: 30)
            return (result.status, result.errorOutput)
        default:
            let errorFile = directory.appendingPathComponent("stderr.txt").path
            let session = try TmuxSession(command: "(\(limit)exec '\(binary)' --db '\(db.path)') 2>'\(errorFile)'")
            defer { session.close() }
            let status = try session.waitForExit(timeout: 20)
            let errorOutput = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(atPath: errorFile)
            return (status, errorOutput)
        }
    }

    private static func copy(_ healthy: URL, into directory: URL) throws -> URL {
        let path = directory.appendingPathComponent("vardag.sqlite")
        try FileManager.default.copyItem(at: healthy, to: path)
        return path
    }

    private static func sqlite(_ path: URL, _ sql: String) throws {
        let result = try Spawn.run(["sqlite3", path.path, sql])
        guard result.status == 0 else { throw TmuxSession.Failure.tmuxFailed(["sqlite3"], result.errorOutput) }
    }
}

/// The bytes of a path and the names in its directory, to prove nothing changed.
private struct Snapshot {
    var path: URL
    var directory: URL
    var bytes: Data?
    var isDirectory: Bool
    var names: Set<String>

    init(path: URL, directory: URL) throws {
        self.path = path
        self.directory = directory
        var flag: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path.path, isDirectory: &flag)
        isDirectory = exists && flag.boolValue
        bytes = exists && !isDirectory ? try Data(contentsOf: path) : nil
        names = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
    }

    /// Fails unless the file has the same bytes and the directory no new files, except an
    /// empty `-wal` and the `-shm` index a read-only SQLite connection may leave (neither
    /// changes what the database holds).
    func assertUnchanged(_ context: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let after = try Snapshot(path: path, directory: directory)
        XCTAssertEqual(after.isDirectory, isDirectory, context, file: file, line: line)
        XCTAssertEqual(after.bytes, bytes, "the file changed: \(context)", file: file, line: line)
        for name in after.names.subtracting(names) {
            let full = directory.appendingPathComponent(name).path
            if name.hasSuffix("-shm") { continue }
            if name.hasSuffix("-wal"),
               (try FileManager.default.attributesOfItem(atPath: full)[.size] as? NSNumber)?.intValue == 0 { continue }
            XCTFail("new file \(name): \(context)", file: file, line: line)
        }
        XCTAssertEqual(FileManager.default.fileExists(atPath: directory.appendingPathComponent("saknas").path), false,
                       context, file: file, line: line)
    }
}
