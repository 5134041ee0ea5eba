import GRDB
import VardagApp
import VardagDomain
import VardagStore
import XCTest

/// Errors from the store and the domain read in the language of `--lang`: every case has
/// a catalogue text in both languages (never a key, never the other language's text).
final class ErrorTextTests: XCTestCase {
    private let sv = try! Strings.load(.sv)
    private let en = try! Strings.load(.en)

    private func assertTranslated(_ error: any Error, file: StaticString = #filePath, line: UInt = #line) {
        let swedish = ErrorText.describe(error, sv), english = ErrorText.describe(error, en)
        for text in [swedish, english] {
            XCTAssertFalse(text.contains("error."), "a catalogue key shows: \(text)", file: file, line: line)
            XCTAssertFalse(text.hasPrefix("Oväntat") || text.hasPrefix("Unexpected"), "not mapped: \(error)", file: file, line: line)
        }
        XCTAssertNotEqual(swedish, english, "\(error) reads the same in both languages", file: file, line: line)
    }

    func testEveryStoreErrorHasBothLanguages() {
        let path = "/tmp/vardag.sqlite"
        let errors: [StoreError] = [
            .notADatabase(path: path), .pathIsDirectory(path: path), .newerSchema(path: path, unknownMigrations: ["v99"]),
            .cannotCreateDirectory(path: path, reason: "EACCES"), .cannotCreateFile(path: path, reason: "EACCES"),
            .readOnly(path: path), .permissionDenied(path: path), .cannotOpen(path: path, reason: "x"),
            .notFound(entity: "team", id: 4), .databaseNotEmpty, .cannotWriteFile(path: path, reason: "x"),
            .emptyFile(path: path), .foreignDatabase(path: path), .damaged(path: path), .missingDirectory(path: path),
            .diskFull(path: path), .destinationExists(path: path), .notARegularFile(path: path),
        ]
        for error in errors { assertTranslated(error) }
        XCTAssertEqual(ErrorText.describe(StoreError.missingDirectory(path: "/x/y"), sv),
                       "mappen /x/y finns inte; skapa den först eller välj en annan sökväg")
    }

    /// A path that is wrong is explained in the user's language, not with the system's English `strerror`.
    func testTheSystemsReasonsForAWrongPathAreInTheCataloguesWords() {
        let reasons = ["No such file or directory", "Permission denied", "Is a directory", "Not a directory",
                       "No space left on device", "File too large", "Read-only file system"]
        for reason in reasons {
            let error = StoreError.cannotWriteFile(path: "/x/y.csv", reason: reason)
            XCTAssertFalse(ErrorText.describe(error, sv).contains(reason), reason)
            XCTAssertFalse(ErrorText.describe(error, en).contains("error.reason"), reason)
        }
        XCTAssertEqual(ErrorText.describe(StoreError.cannotWriteFile(path: "/x/y.csv", reason: "No such file or directory"), sv),
                       "kan inte skriva /x/y.csv: mappen eller filen finns inte")
        XCTAssertEqual(ErrorText.describe(StoreError.cannotWriteFile(path: "/x/y.csv", reason: "Something else"), sv),
                       "kan inte skriva /x/y.csv: Something else")
    }

    func testDomainErrorsFollowTheLanguageNotTheirOwnDescription() {
        // CompetenceError and RetentionDurationError describe themselves in Swedish; under
        // --lang en the user reads English.
        let competence: [CompetenceError] = [
            .required(.title), .pointsOutOfRange(9000), .yearOutOfRange(1800), .notANumber(.points, "x"),
            .invalidDate(.date, "2026-13-01"), .unknownStep(7), .stepOutOfOrder(step: 3, missing: 2),
            .ladderNeedsFiveSteps, .unknownTitle("Trollkarl"), .thresholdOutOfRange(1), .tooLong(.wishes, max: 500),
        ]
        for error in competence { assertTranslated(error) }
        XCTAssertEqual(ErrorText.describe(CompetenceError.pointsOutOfRange(9000), en), "points must be 0–5000 (got 9000)")
        for error: RetentionDurationError in [.empty, .missingUnit("2"), .unknownUnit("2w"), .notANumber("x"), .leadingZero("02y"), .outOfRange(0)] {
            assertTranslated(error)
        }
        // LocalDateError and IsoWeekError describe themselves in English; in Swedish they are Swedish.
        XCTAssertEqual(ErrorText.describe(LocalDateError.dayOutOfRange(day: 31, daysInMonth: 30), sv), "dag 31 finns inte i en månad med 30 dagar")
        assertTranslated(IsoWeekError.outOfRange(year: 2026, week: 54))
        assertTranslated(DialogueFailure([.date: .invalidDate]))
        assertTranslated(WorkloadFailure([.time: .ratingOutOfRange("9")]))
        assertTranslated(ValidationFailure([.name: .required]))
    }

    func testTheDatabaseEngineRefusalIsWordsNotEngineText() {
        let queue = try! DatabaseQueue()
        var thrown: (any Error)?
        do {
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE t (n INTEGER CHECK (n > 0)); INSERT INTO t VALUES (0)")
            }
        } catch { thrown = error }
        let error = try! XCTUnwrap(thrown)
        XCTAssertEqual(DatabaseRefusal(error), .constraint)
        XCTAssertEqual(ErrorText.describe(error, sv), "Databasen vägrade ändringen (den bryter mot en regel); inget sparades.")
        XCTAssertEqual(ErrorText.describe(error, en), "The database refused the change (it breaks a rule); nothing was saved.")
        XCTAssertEqual(sv.couldNotSave(StoreError.notFound(entity: "team", id: 4)),
                       "Kunde inte spara: posten finns inte längre (team 4); den kan ha tagits bort av någon annan")
    }
}
