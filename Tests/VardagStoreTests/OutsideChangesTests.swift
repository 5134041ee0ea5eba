import TestSupport
import VardagDomain
@testable import VardagStore
import XCTest

/// `hasOutsideChanges()`: another connection's commit is noticed once; this connection's
/// own writes are not.
final class OutsideChangesTests: XCTestCase {
    func testAnotherConnectionsWriteIsNoticedOnceAndOwnWritesAreNot() throws {
        let temp = try TemporaryDatabase()
        let watching = try temp.open(user: "teamledare")
        let other = TemporaryDatabase.backendUnderTest == .postgres
            ? try AppDatabase.open(server: XCTUnwrap(temp.server).conninfo, user: "medarbetare")
            : try AppDatabase.open(path: temp.path, user: "medarbetare")
        XCTAssertFalse(try watching.hasOutsideChanges(), "the first look only starts counting")
        try watching.addKommun(name: "Åmål")
        XCTAssertFalse(try watching.hasOutsideChanges(), "its own write is no outside change")
        try other.addKommun(name: "Örebro")
        let deadline = Date().addingTimeInterval(2)
        var noticed = false
        while !noticed && Date() < deadline {
            noticed = try watching.hasOutsideChanges()
            if !noticed { usleep(20_000) }
        }
        XCTAssertTrue(noticed, "the other connection's commit is noticed")
        XCTAssertFalse(try watching.hasOutsideChanges(), "and only once")
        try other.close()
    }
}
