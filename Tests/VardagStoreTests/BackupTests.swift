import Foundation
import GRDB
import TestSupport
@testable import VardagStore
import XCTest

/// `AppDatabase.backup(to:)` and the backup written before a migration.
final class BackupTests: XCTestCase {
    func testBackupIsAnOwnerOnlyHealthyCopy() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        try db.addKommun(name: "Åsele")
        try db.addKommun(name: "Örnsköldsvik")
        let destination = temp.directory.appendingPathComponent("kopia.sqlite")
        try db.backup(to: destination)

        XCTAssertEqual(try mode(destination.path), 0o600)
        let journal = try DatabaseQueue(path: destination.path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(journal, "delete", "a backup is one self-contained file")
        let copy = try AppDatabase.open(path: destination.path, user: "t")
        XCTAssertEqual(try copy.integrityCheck(), ["ok"])
        XCTAssertEqual(try copy.counts().kommuner, 2)
        XCTAssertNil(copy.migrationBackupPath)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.directory.path).filter { $0.contains("partial") }
        XCTAssertEqual(leftovers, [])
    }

    func testBackupRefusesAnExistingFileUnlessReplacing() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        let destination = temp.directory.appendingPathComponent("kopia.sqlite")
        let note = Data("min fil\n".utf8)
        try note.write(to: destination)
        XCTAssertThrowsError(try db.backup(to: destination)) { error in
            XCTAssertEqual(error as? StoreError, .destinationExists(path: destination.path))
        }
        XCTAssertEqual(try Data(contentsOf: destination), note)
        try db.addKommun(name: "Åre")
        try db.backup(to: destination, replacing: true)
        XCTAssertEqual(try AppDatabase.open(path: destination.path, user: "t").counts().kommuner, 1)

        let nowhere = temp.directory.appendingPathComponent("saknas/kopia.sqlite")
        XCTAssertThrowsError(try db.backup(to: nowhere)) { error in
            XCTAssertEqual(error as? StoreError, .missingDirectory(path: nowhere.deletingLastPathComponent().path))
        }
        XCTAssertThrowsError(try db.backup(to: temp.directory)) { error in
            XCTAssertEqual(error as? StoreError, .pathIsDirectory(path: temp.directory.path))
        }
    }

    /// A second connection writes all the time the backup runs: the copy is one consistent
    /// snapshot (every kommun it holds has its audit row) and passes the integrity check.
    func testBackupWhileAnotherConnectionWrites() throws {
        let temp = try TemporaryDatabase()
        let reader = try temp.open(user: "läsare")
        let writer = try temp.open(user: "skrivare")
        let stop = LockedFlag()
        let written = LockedCounter()
        let thread = Thread {
            var index = 0
            while !stop.isSet {
                if (try? writer.addKommun(name: "Kommun \(index)")) != nil { written.increment() }
                index += 1
            }
        }
        thread.start()
        while written.value < 20 { usleep(1_000) }
        var copies: [URL] = []
        for index in 0..<5 {
            let destination = temp.directory.appendingPathComponent("kopia-\(index).sqlite")
            try reader.backup(to: destination)
            copies.append(destination)
        }
        stop.set()
        while !thread.isFinished { usleep(1_000) }
        for destination in copies {
            let copy = try DatabaseQueue(path: destination.path)
            try copy.read { db in
                XCTAssertEqual(try String.fetchAll(db, sql: "PRAGMA integrity_check"), ["ok"])
                let kommuner = try Int.fetchOne(db, sql: "SELECT count(*) FROM kommun") ?? -1
                let audited = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE entity = 'kommun'") ?? -2
                XCTAssertGreaterThan(kommuner, 0)
                XCTAssertEqual(kommuner, audited, "a write and its audit row are in the copy together or not at all")
            }
        }
    }

    func testMigratingExistingDataWritesABackupFirst() throws {
        let temp = try TemporaryDatabase()
        do {
            let db = try temp.open()
            try db.addKommun(name: "Åsele")
            try db.close()
        }
        // An older Vardag: its last migration not yet applied.
        let last = try XCTUnwrap(SchemaMigrations.identifiers.last)
        try makeOlder(temp.path, removing: last)
        let applied = SchemaMigrations.identifiers.count - 1

        let clock = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T...Z
        let db = try AppDatabase.open(path: temp.path, user: "t", now: { clock })
        let backup = try XCTUnwrap(db.migrationBackupPath)
        XCTAssertEqual(backup, AppDatabase.migrationBackupURL(for: temp.url, schemaNumber: applied, at: clock).path)
        XCTAssertTrue(backup.hasPrefix(temp.path + ".backup-\(applied)-2026"), backup)
        XCTAssertTrue(backup.hasSuffix("Z"), backup)
        XCTAssertEqual(try mode(backup), 0o600)
        XCTAssertTrue(try db.schemaVersion().isCurrent)

        let copy = try DatabaseQueue(path: backup, configuration: { var c = Configuration(); c.readonly = true; return c }())
        try copy.read { db in
            let identifiers = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            XCTAssertFalse(identifiers.contains(last), "the backup holds the schema from before the migration")
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT name FROM kommun"), ["Åsele"])
        }
        try copy.close()

        // Opening again: nothing pending, no second backup.
        try db.close()
        XCTAssertNil(try temp.open().migrationBackupPath)
        let backups = try FileManager.default.contentsOfDirectory(atPath: temp.directory.path).filter { $0.contains(".backup-") }
        XCTAssertEqual(backups.count, 1)
    }

    func testCheckingAnOlderDatabaseChangesNothing() throws {
        let temp = try TemporaryDatabase()
        try temp.open().close()
        let last = try XCTUnwrap(SchemaMigrations.identifiers.last)
        try makeOlder(temp.path, removing: last)
        let before = try Data(contentsOf: temp.url)
        let checked = try AppDatabase.openForChecking(path: temp.path)
        XCTAssertEqual(try checked.integrityCheck(), ["ok"])
        XCTAssertEqual(try checked.schemaVersion().number, SchemaMigrations.identifiers.count - 1)
        XCTAssertThrowsError(try checked.addKommun(name: "Åre"), "a checking connection cannot write")
        try checked.close()
        XCTAssertEqual(try Data(contentsOf: temp.url), before)
        let names = try FileManager.default.contentsOfDirectory(atPath: temp.directory.path)
        XCTAssertFalse(names.contains { $0.contains(".backup-") }, "\(names)")
    }

    func testANewDatabaseGetsNoBackupAndLeavesNoTemporaryFiles() throws {
        let temp = try TemporaryDatabase()
        let db = try temp.open()
        XCTAssertNil(db.migrationBackupPath)
        let names = try FileManager.default.contentsOfDirectory(atPath: temp.directory.path)
        XCTAssertFalse(names.contains { $0.contains(".backup-") || $0.contains(".new-") }, "\(names)")
    }

    func testEmptyFileIsRefusedUntouched() throws {
        let temp = try TemporaryDatabase()
        XCTAssertTrue(FileManager.default.createFile(atPath: temp.path, contents: Data()))
        XCTAssertThrowsError(try temp.open()) { error in
            XCTAssertEqual(error as? StoreError, .emptyFile(path: temp.path))
        }
        XCTAssertEqual(try Data(contentsOf: temp.url), Data())
    }

    func testMissingDirectoryIsCreatedOnlyWhenAsked() throws {
        let temp = try TemporaryDatabase()
        let path = temp.directory.appendingPathComponent("ny/vardag.sqlite").path
        XCTAssertThrowsError(try AppDatabase.open(path: path, user: "t", createMissingDirectory: false)) { error in
            XCTAssertEqual(error as? StoreError, .missingDirectory(path: temp.directory.appendingPathComponent("ny").path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: temp.directory.appendingPathComponent("ny").path))
        XCTAssertNoThrow(try AppDatabase.open(path: path, user: "t", createMissingDirectory: true))
    }

    func testForeignSQLiteFileIsRefusedUntouched() throws {
        let temp = try TemporaryDatabase()
        try DatabaseQueue(path: temp.path).write { try $0.execute(sql: "CREATE TABLE recept (namn TEXT)") }
        let before = try Data(contentsOf: temp.url)
        XCTAssertThrowsError(try temp.open()) { error in
            XCTAssertEqual(error as? StoreError, .foreignDatabase(path: temp.path))
        }
        XCTAssertEqual(try Data(contentsOf: temp.url), before)
    }

    /// Removes a migration's row and the tables it made, as if an older Vardag wrote the file.
    /// Reading (an export) needs the current schema: an older database is migrated, with
    /// its backup first, exactly as by an ordinary open.
    func testOpeningForReadingAnOlderSchemaMigratesWithABackupFirst() throws {
        let temp = try TemporaryDatabase()
        let writer = try temp.open()
        try writer.addKommun(name: "Åsele")
        try writer.close()
        try makeOlder(temp.path, removing: try XCTUnwrap(SchemaMigrations.identifiers.last))
        let reader = try AppDatabase.openForReading(path: temp.path, user: "export")
        let backup = try XCTUnwrap(reader.migrationBackupPath)
        XCTAssertTrue(FileManager.default.fileExists(atPath: backup))
        XCTAssertTrue(try reader.schemaVersion().isCurrent)
        XCTAssertEqual(try reader.kommuner().map(\.name), ["Åsele"])
        try reader.close()
    }

    private func makeOlder(_ path: String, removing identifier: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [identifier])
        }
        // Re-running the removed migration must succeed, so drop what it created: run it on
        // an empty in-memory database to learn its tables and indexes.
        let probe = try DatabaseQueue()
        var migrator = SchemaMigrations.migrator
        migrator.eraseDatabaseOnSchemaChange = false
        let withoutLast = SchemaMigrations.identifiers.dropLast().last
        if let withoutLast { try migrator.migrate(probe, upTo: withoutLast) }
        let tablesBefore = Set(try probe.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") })
        let viewsBefore = Set(try probe.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'view'") })
        let indexSQL = "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"
        let indexesBefore = Set(try probe.read { try Row.fetchAll($0, sql: indexSQL).map { $0[0] as String } })
        func columns(_ table: String) throws -> [String] {
            try probe.read { try Row.fetchAll($0, sql: "PRAGMA table_info(\(table.quotedDatabaseIdentifier))").map { $0["name"] as String } }
        }
        let columnsBefore = try Dictionary(uniqueKeysWithValues: tablesBefore.map { ($0, Set(try columns($0))) })
        try migrator.migrate(probe, upTo: identifier)
        // A column the migration added to an older table (`ALTER TABLE … ADD COLUMN`).
        let addedColumns = try tablesBefore.sorted().flatMap { table in
            try columns(table).filter { !(columnsBefore[table] ?? []).contains($0) }.map { (table, $0) }
        }
        let tablesAfter = try probe.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        let viewsAfter = try probe.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'view'") }
        let indexesAfter = try probe.read { try Row.fetchAll($0, sql: indexSQL).map { (name: $0[0] as String, table: $0[1] as String) } }
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            // An index the migration added to an older table (a new table's go with it).
            for index in indexesAfter where !indexesBefore.contains(index.name) && tablesBefore.contains(index.table) {
                try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)")
            }
            for view in viewsAfter where !viewsBefore.contains(view) {
                try db.execute(sql: "DROP VIEW \(view.quotedDatabaseIdentifier)")
            }
            for (table, column) in addedColumns {
                try db.execute(sql: "ALTER TABLE \(table.quotedDatabaseIdentifier) DROP COLUMN \(column.quotedDatabaseIdentifier)")
            }
            for table in tablesAfter where !tablesBefore.contains(table) {
                try db.execute(sql: "DROP TABLE \(table.quotedDatabaseIdentifier)")
            }
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
        try queue.close()
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// A thread-safe flag for stopping a writer thread.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var isSet: Bool { lock.withLock { flag } }
    func set() { lock.withLock { flag = true } }
}
