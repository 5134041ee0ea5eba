import Foundation
import GRDB
import TestSupport
@testable import VardagStore
import XCTest

/// The interactive app's WAL checkpoints wait for an idle moment instead of running inside
/// the commit of a key press (SQLite's default: the commit past 1000 pages copies them all).
final class CheckpointTests: XCTestCase {
    private var database: TemporaryDatabase!

    override func setUpWithError() throws {
        try XCTSkipIf(TemporaryDatabase.backendUnderTest == .postgres, "SQLite's WAL")
        database = try TemporaryDatabase()
    }

    override func tearDown() { database?.remove() }

    /// The writer connection's `wal_autocheckpoint`.
    private func autocheckpoint(_ store: AppDatabase) throws -> Int {
        let pool = try XCTUnwrap(store.sqlite as? DatabasePool)
        return try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? -1 }
    }

    /// The database file's size: it grows only when a checkpoint copies new pages into it.
    private func fileSize() throws -> Int {
        try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: database.path)[.size] as? NSNumber).intValue
    }

    func testTheAppsOpeningCheckpointsOnlyPastItsBound() throws {
        let store = try database.open()
        defer { try? store.close() }
        XCTAssertEqual(try autocheckpoint(store), 1000, "SQLite's default for every other opening")
        try store.deferCheckpointsToIdle()
        XCTAssertEqual(try autocheckpoint(store), AppDatabase.interactiveCheckpointPages)
    }

    func testAnIdleMomentCopiesTheWALIntoTheFile() throws {
        let store = try database.open()
        defer { try? store.close() }
        try store.deferCheckpointsToIdle()
        XCTAssertTrue(store.checkpointWhenIdle(), "nothing to copy at first")
        let before = try fileSize()
        for i in 0..<300 { _ = try store.addKommun(name: "Kommun \(i) med ett långt namn för sidorna") }
        XCTAssertEqual(try fileSize(), before, "the new pages wait in the WAL")
        XCTAssertTrue(store.checkpointWhenIdle(), "all of the WAL is in the database file")
        XCTAssertGreaterThan(try fileSize(), before, "the idle moment copied them into the file")
        // And the data is whole when read back.
        XCTAssertEqual(try store.kommuner().filter { $0.name.hasPrefix("Kommun ") }.count, 300)
    }
}
