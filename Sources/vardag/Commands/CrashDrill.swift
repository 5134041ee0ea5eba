import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Debug and test builds only: real crashes on request, so the end-to-end tests can
/// check that a crash inside the running app still leaves the terminal as it was.
///
/// With `VARDAG_CRASH_DRILL=1` in the environment, SIGUSR1 makes the app write through
/// a bad pointer (a genuine SIGSEGV from inside the process, not one sent with `kill`)
/// and SIGUSR2 makes it fail a Swift precondition (the runtime's trap, SIGILL or
/// SIGTRAP). The test build (`make test`, compiled with `-D VARDAG_TEST_BUILD`) has it
/// too; a release build made for use (`make release`) has none of this.
enum CrashDrill {
    /// Installs the drill's handlers when the environment asks for them.
    static func armIfRequested() {
        #if DEBUG || VARDAG_TEST_BUILD
        guard ProcessInfo.processInfo.environment["VARDAG_CRASH_DRILL"] == "1" else { return }
        signal(SIGUSR1) { _ in
            // Address 8 is never mapped: the write faults at once.
            UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
        }
        signal(SIGUSR2) { signal in
            precondition(signal != SIGUSR2, "crash drill")
        }
        #endif
    }
}
