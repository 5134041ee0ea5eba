import Foundation
import GRDB
import TestSupport
@testable import VardagStore
import VardagDomain
import XCTest

final class OpeningTests: XCTestCase {
    func testMigrationsCreateTheSchema() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        let version = try db.schemaVersion()
        // Each tool adds its own migration after the register's and the audit's.
        XCTAssertEqual(Array(version.applied.prefix(2)), ["v1-register", "v1-audit"])
        XCTAssertEqual(version.applied, SchemaMigrations.identifiers)
        XCTAssertTrue(version.isCurrent)
        XCTAssertEqual(version.unknown, [])
        let tables = try db.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        }
        XCTAssertTrue(Set(tables).isSuperset(of: ["audit", "enhet", "grdb_migrations", "kommun", "medarbetare", "team"]), "\(tables)")
        let journalMode = try db.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(journalMode, "wal")
        let foreignKeys = try db.writer.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") }
        XCTAssertEqual(foreignKeys, true)
        XCTAssertEqual(try db.integrityCheck(), ["ok"])
    }

    func testSchemaChecksRefuseBadRowsEvenWithoutTheApp() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        let kommun = try db.addKommun(name: "Åsele")
        let enhet = try db.addEnhet(kommunId: kommun.id, name: "Hemtjänst", omrade: .vardOchOmsorg)
        let team = try db.addTeam(enhetId: enhet.id, name: "Grupp A")
        func insert(role: String = "medarbetare", date: String = "2020-01-01", teamId: Int64? = nil) throws {
            try db.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO medarbetare (team_id, name, sort_key, title, title_sort_key, search_key, role, start_date)
                    VALUES (?, 'X', 'x', 'T', 't', 'x', ?, ?)
                    """, arguments: [teamId ?? team.id, role, date])
            }
        }
        XCTAssertNoThrow(try insert())
        XCTAssertThrowsError(try insert(role: "admin"))
        XCTAssertThrowsError(try insert(date: "2026-02-30"))
        XCTAssertThrowsError(try insert(date: "2026-2-3"))
        XCTAssertThrowsError(try insert(teamId: 999))  // foreign key
        XCTAssertThrowsError(try db.writer.write { db in
            try db.execute(sql: "INSERT INTO enhet (kommun_id, name, name_key, sort_key, omrade) VALUES (?, 'E', 'e', 'e', 'skola')",
                           arguments: [kommun.id])
        })
    }

    func testNewerSchemaIsRefusedAndTheFileIsUntouched() throws {
        let temp = try TemporaryDatabase()
        do {
            let db = try temp.open()
            try db.addKommun(name: "Åsele")
            try db.writer.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
            }
            try db.close()
        }
        let before = try Data(contentsOf: temp.url)
        XCTAssertFalse(before.isEmpty)
        XCTAssertThrowsError(try temp.open()) { error in
            XCTAssertEqual(error as? StoreError, .newerSchema(path: temp.path, unknownMigrations: ["v9-future"]))
            XCTAssertTrue("\(error)".contains("newer version"))
        }
        let after = try Data(contentsOf: temp.url)
        XCTAssertEqual(before, after, "the refused database file changed")
    }

    /// Opening for reading (exports, purge --dry-run) reads everything, refuses every write,
    /// and leaves the file byte for byte as it was with no -wal or -shm behind, where the
    /// pool `open` makes GRDB create and drop a table (a new schema cookie, change counter
    /// and free page) whenever the -wal file is missing.
    func testOpeningForReadingLeavesTheFileByteForByteAndRefusesWrites() throws {
        let temp = try Self.closedDatabaseWithOneKommun()
        func onDisk() -> [Data?] { Self.onDisk(temp) }
        let before = onDisk()
        XCTAssertNil(before[1], "closed cleanly: no -wal")

        let reader = try AppDatabase.openForReading(path: temp.path, user: "export")
        XCTAssertNil(reader.migrationBackupPath)
        XCTAssertEqual(try reader.kommuner().map(\.name), ["Åsele"])
        XCTAssertEqual(try reader.integrityCheck(), ["ok"])
        XCTAssertThrowsError(try reader.addKommun(name: "Bjurholm")) { error in
            XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_READONLY, "\(error)")
        }
        try reader.close()
        XCTAssertTrue(onDisk() == before, "reading changed the file or left a -wal/-shm")

        // The ordinary open is not byte-for-byte: GRDB's pool writes at open (see openForReading).
        try temp.open().close()
        XCTAssertNotEqual(onDisk()[0], before[0])
    }

    /// A database with one kommun, closed cleanly (no -wal left).
    private static func closedDatabaseWithOneKommun() throws -> TemporaryDatabase {
        let temp = try TemporaryDatabase()
        let writer = try temp.open()
        try writer.addKommun(name: "Åsele")
        try writer.close()
        return temp
    }

    /// The database file and its -wal and -shm files as they are on disk (nil where missing).
    private static func onDisk(_ temp: TemporaryDatabase) -> [Data?] {
        ["", "-wal", "-shm"].map { FileManager.default.contents(atPath: temp.path + $0) }
    }

    /// `vardag import competence` opens this way: a refused file must leave the database
    /// byte for byte as it was, with no read-only check before the import.
    func testOpeningForCheckedWritesWritesNothingItselfButKeepsWhatItCommits() throws {
        let temp = try Self.closedDatabaseWithOneKommun()
        func onDisk() -> [Data?] { Self.onDisk(temp) }
        let before = onDisk()
        XCTAssertNil(before[1], "closed cleanly: no -wal")

        let refusing = try AppDatabase.openForCheckedWrites(path: temp.path, user: "import")
        XCTAssertNil(refusing.migrationBackupPath)
        XCTAssertThrowsError(try refusing.importCompetence(Data("Kommun;Enhet\nÅsele;Öst\n".utf8), source: "fel.csv")) { error in
            XCTAssertTrue(error is CompetenceImportFailure, "\(error)")
        }
        try refusing.close()
        XCTAssertTrue(onDisk() == before, "a refused import changed the file or left a -wal/-shm")

        let writing = try AppDatabase.openForCheckedWrites(path: temp.path, user: "import")
        try writing.addKommun(name: "Bjurholm")
        try writing.close()
        XCTAssertNil(onDisk()[1], "the last connection folded the WAL back and removed it")
        let reader = try AppDatabase.openForReading(path: temp.path, user: "export")
        XCTAssertEqual(try reader.kommuner().map(\.name).sorted(), ["Bjurholm", "Åsele"])
        try reader.close()

        try Data("not a database at all".utf8).write(to: temp.url)
        XCTAssertThrowsError(try AppDatabase.openForCheckedWrites(path: temp.path, user: "import")) { error in
            XCTAssertEqual(error as? StoreError, .notADatabase(path: temp.path))
        }
        try FileManager.default.removeItem(at: temp.url)
        XCTAssertThrowsError(try AppDatabase.openForCheckedWrites(path: temp.path, user: "import"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: temp.path), "it never creates a database")
    }

    func testOpeningForReadingRefusesBadFilesAndNeverCreatesOne() throws {
        let temp = try TemporaryDatabase()
        try Data("not a database at all".utf8).write(to: temp.url)
        XCTAssertThrowsError(try AppDatabase.openForReading(path: temp.path, user: "export")) { error in
            XCTAssertEqual(error as? StoreError, .notADatabase(path: temp.path))
        }
        try FileManager.default.removeItem(at: temp.url)
        XCTAssertThrowsError(try AppDatabase.openForReading(path: temp.path, user: "export"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: temp.path), "reading never creates a database")

    }

    func testWrappingASupersededWriterIsRefused() throws {
        let queue = try DatabaseQueue()
        _ = try AppDatabase(writer: queue, user: "t")
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')") }
        XCTAssertThrowsError(try AppDatabase(writer: queue, user: "t")) { error in
            guard case .newerSchema(_, let unknown) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(unknown, ["v9-future"])
        }
    }

    func testNotADatabaseIsRefusedUntouched() throws {
        let temp = try TemporaryDatabase()
        let text = Data("Namn;Titel\nAnna;Undersköterska\n".utf8)
        try text.write(to: temp.url)
        XCTAssertThrowsError(try temp.open()) { error in
            XCTAssertEqual(error as? StoreError, .notADatabase(path: temp.path))
        }
        XCTAssertEqual(try Data(contentsOf: temp.url), text)
    }

    func testDirectoryIsRefused() throws {
        let temp = try TemporaryDatabase()
        XCTAssertThrowsError(try AppDatabase.open(path: temp.directory.path, user: "t")) { error in
            XCTAssertEqual(error as? StoreError, .pathIsDirectory(path: temp.directory.path))
        }
    }

    func testCannotCreateDirectoryUnderAFile() throws {
        let temp = try TemporaryDatabase()
        try Data("x".utf8).write(to: temp.url)
        let path = temp.url.appendingPathComponent("sub/vardag.sqlite").path
        XCTAssertThrowsError(try AppDatabase.open(path: path, user: "t")) { error in
            guard case .cannotCreateDirectory = error as? StoreError else {
                return XCTFail("unexpected \(error)")
            }
        }
    }

    func testNewFilesAreOwnerOnly() throws {
        let temp = try TemporaryDatabase()
        let path = temp.directory.appendingPathComponent("data/vardag/vardag.sqlite").path
        let db = try AppDatabase.open(path: path, user: "t")
        try db.addKommun(name: "Åsele")
        XCTAssertEqual(try mode(temp.directory.appendingPathComponent("data").path), 0o700)
        XCTAssertEqual(try mode(temp.directory.appendingPathComponent("data/vardag").path), 0o700)
        XCTAssertEqual(try mode(path), 0o600)
        XCTAssertEqual(try mode(path + "-wal"), 0o600)
        XCTAssertEqual(try mode(path + "-shm"), 0o600)
    }

    func testExistingLooseFileIsTightened() throws {
        let temp = try TemporaryDatabase()
        try temp.open().close()
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: temp.path)
        _ = try temp.open()
        XCTAssertEqual(try mode(temp.path), 0o600)
    }

    func testTwoInstancesOnOneFileBothWrite() throws {
        let temp = try TemporaryDatabase()
        let first = try temp.open(user: "första")
        let second = try temp.open(user: "andra")
        let failures = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let db = worker == 0 ? first : second
            for index in 0..<40 {
                do {
                    try db.addKommun(name: "Kommun \(worker)-\(index)")
                } catch {
                    failures.increment()
                }
            }
        }
        XCTAssertEqual(failures.value, 0)
        XCTAssertEqual(try first.counts().kommuner, 80)
        XCTAssertEqual(try second.counts().kommuner, 80)
        let users = Set(try first.auditEntries(limit: 100).map(\.user))
        XCTAssertEqual(users, ["första", "andra"])
    }

    func testDatabaseLocationPrecedence() {
        let env = ["VARDAG_DB": "/srv/v.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/anna"]
        XCTAssertEqual(DatabaseLocation.resolve(explicit: "/tmp/x.sqlite", environment: env).path, "/tmp/x.sqlite")
        XCTAssertEqual(DatabaseLocation.resolve(explicit: nil, environment: env).path, "/srv/v.sqlite")
        XCTAssertEqual(DatabaseLocation.resolve(explicit: "", environment: ["XDG_DATA_HOME": "/xdg"]).path,
                       "/xdg/vardag/vardag.sqlite")
        XCTAssertEqual(DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/home/anna"]).path,
                       "/home/anna/.local/share/vardag/vardag.sqlite")
        // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
        XCTAssertEqual(DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]).path,
                       "/h/.local/share/vardag/vardag.sqlite")
        XCTAssertEqual(DatabaseLocation.defaultUser(environment: ["USER": "anna"]), "anna")
        XCTAssertEqual(DatabaseLocation.defaultUser(environment: ["LOGNAME": "bo"]), "bo")
        XCTAssertEqual(DatabaseLocation.defaultUser(environment: [:]), "unknown")
    }

    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// A thread-safe counter for the concurrency test.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
