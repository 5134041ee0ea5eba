import Foundation
import VardagCommandLine
import VardagDomain

/// Today's date for the app and every command: the computer's, or in a test build only
/// `VARDAG_TEST_TODAY` (YYYY-MM-DD).
///
/// The end-to-end tests set it so that each run sees the same day (and so that purge can
/// run "years later"). A build for use (`make run`, `make release`, a plain `swift build`)
/// has no way to move the date: a wrong date would purge data still within its retention.
enum CommandDay {
    /// The fixed day of a test build, or nil when the computer's date is used.
    /// - Throws: `CommandFailure` (exit 64) when `VARDAG_TEST_TODAY` is not a date.
    static func fixed() throws -> LocalDate? {
        #if VARDAG_TEST_BUILD
        if let text = ProcessInfo.processInfo.environment["VARDAG_TEST_TODAY"] {
            do {
                return try LocalDate.parse(text)
            } catch {
                throw CommandFailure(message: "vardag: VARDAG_TEST_TODAY: \(error)", exitCode: 64)
            }
        }
        #endif
        return nil
    }

    /// Today, once: for a command that runs and ends.
    static func today() throws -> LocalDate {
        try fixed() ?? LocalDate.today()
    }

    /// Where the app reads today from before each event: the fixed day, or the wall clock
    /// (so a session left open past midnight moves on to the new day).
    static func clock() throws -> @Sendable () -> LocalDate {
        if let day = try fixed() { return { day } }
        return { LocalDate.today() }
    }
}
