import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Debug and test builds only: real crashes on request, so the end-to-end tests can
/// check that a crash inside the running app still leaves the terminal as it was.
///
/// `VARDAG_CRASH_DRILL` in the environment chooses what SIGUSR1 does: `1` (or
/// `segv`) writes through a bad pointer (a genuine SIGSEGV from inside the process,
/// not one sent with `kill`), `abort` calls `abort()` (SIGABRT), `overflow` recurses
/// until the main thread's stack overflows (SIGSEGV with no stack left to handle it
/// on). With any of them SIGUSR2 fails a Swift precondition (the runtime's trap,
/// SIGILL or SIGTRAP). The test build (`make test`, compiled with
/// `-D VARDAG_TEST_BUILD`) has it too; a release build made for use (`make release`)
/// has none of this.
enum CrashDrill {
    /// Installs the drill's handlers when the environment asks for them.
    static func armIfRequested() {
        #if DEBUG || VARDAG_TEST_BUILD
        switch ProcessInfo.processInfo.environment["VARDAG_CRASH_DRILL"] {
        case "1", "segv":
            signal(SIGUSR1) { _ in
                // Address 8 is never mapped: the write faults at once.
                UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1
            }
        case "abort":
            signal(SIGUSR1) { _ in abort() }
        case "overflow":
            // The handler runs on the interrupted (main) thread's own stack.
            signal(SIGUSR1) { signal in _ = CrashDrill.recurse(Int(signal)) }
        default:
            return
        }
        signal(SIGUSR2) { signal in
            precondition(signal != SIGUSR2, "crash drill")
        }
        #endif
    }

    #if DEBUG || VARDAG_TEST_BUILD
    /// Calls itself until the stack runs out; unoptimised, so no tail call or loop
    /// replaces the recursion. Each frame holds 4 KB that stay live across the call:
    /// few frames fill the stack, so the backtracer's walk over them stays quick.
    @_optimize(none)
    static func recurse(_ depth: Int) -> Int {
        guard depth >= 0 else { return 0 }  // never: the stack runs out long before
        let eight = (depth, 1, 2, 3, 4, 5, 6, 7)
        let row = (eight, eight, eight, eight, eight, eight, eight, eight)
        var frame = (row, row, row, row, row, row, row, row)
        frame.7.7.7 = recurse(depth + 1)
        return frame.0.0.0 + frame.7.7.7
    }
    #endif
}
