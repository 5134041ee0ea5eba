import Foundation
import VardagDomain

/// Finds the built `vardag` and `vardag-bench` executables for end-to-end tests, and fixes
/// the day they run on.
public enum VardagBinary {
    /// The day every end-to-end run of `vardag` sees as today (a Monday, week 2026-W48, the
    /// unit tests' day too): `Spawn` and `TmuxSession` set `VARDAG_TEST_TODAY` to it unless
    /// a test sets its own. A test build (`-DVARDAG_TEST_BUILD`) honours it; a test that
    /// means "today" (seeding the current week, an error naming today) uses `today`.
    public static let todayText = "2026-11-23"

    /// `todayText` as a date.
    public static let today: LocalDate = {
        do { return try LocalDate.parse(todayText) } catch { preconditionFailure("\(todayText): \(error)") }
    }()

    /// The variable a test build of `vardag` reads today's date from.
    public static let todayVariable = "VARDAG_TEST_TODAY"

    /// The path of the `vardag` binary: `VARDAG_BINARY` when set, else `vardag` next to
    /// the running test bundle (`.build/<triple>/<config>/`), which `swift build
    /// --build-tests` builds alongside it.
    /// - Throws: `TmuxSession.Failure.notFound` when there is no such file.
    public static func path() throws -> String {
        try path(of: "vardag", override: "VARDAG_BINARY")
    }

    /// The path of the `vardag-bench` binary: `VARDAG_BENCH_BINARY` when set, else
    /// `vardag-bench` next to the running test bundle.
    /// - Throws: `TmuxSession.Failure.notFound` when there is no such file.
    public static func benchPath() throws -> String {
        try path(of: "vardag-bench", override: "VARDAG_BENCH_BINARY")
    }

    /// The executable `name`: the path in the environment variable `override` when set,
    /// else the file of that name next to the running test bundle.
    private static func path(of name: String, override: String) throws -> String {
        if let explicit = ProcessInfo.processInfo.environment[override], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw TmuxSession.Failure.notFound("\(override)=\(explicit)")
            }
            return explicit
        }
        var candidates: [URL] = []
        // /proc/self/exe is the test bundle itself on Linux (an executable); the
        // symlink is resolved, so this is the real build folder.
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for dir in candidates {
            let path = dir.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw TmuxSession.Failure.notFound("\(name) binary next to \(candidates.map(\.path)); set \(override)")
    }
}
