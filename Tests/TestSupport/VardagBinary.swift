import Foundation

/// Finds the built `vardag` executable for end-to-end tests.
public enum VardagBinary {
    /// The path of the `vardag` binary: `VARDAG_BINARY` when set, else `vardag` next to
    /// the running test bundle (`.build/<triple>/<config>/`), which `swift build
    /// --build-tests` builds alongside it.
    /// - Throws: `TmuxSession.Failure.notFound` when there is no such file.
    public static func path() throws -> String {
        if let explicit = ProcessInfo.processInfo.environment["VARDAG_BINARY"], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw TmuxSession.Failure.notFound("VARDAG_BINARY=\(explicit)")
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
            let path = dir.appendingPathComponent("vardag").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw TmuxSession.Failure.notFound("vardag binary next to \(candidates.map(\.path)); set VARDAG_BINARY")
    }
}
