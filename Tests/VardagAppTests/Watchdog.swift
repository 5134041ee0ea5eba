import Foundation

/// Ends the test process with a message when the code it watches makes no progress
/// for too long: a hung event loop would otherwise hang the whole test run silently.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var lastBeat = Date()
    private var what: @Sendable () -> String = { "" }
    private var stopped = false
    private let limit: TimeInterval

    /// Starts watching.
    /// - Parameter limit: seconds without a `beat` before the process is ended.
    init(limit: TimeInterval) {
        self.limit = limit
        let thread = Thread { [weak self] in
            while let self, self.check() { Thread.sleep(forTimeInterval: 1) }
        }
        thread.start()
    }

    /// Records progress, and what is being done now (described only if it hangs, so a
    /// beat per event costs next to nothing).
    func beat(_ description: @escaping @Sendable () -> String) {
        lock.lock(); defer { lock.unlock() }
        lastBeat = Date()
        what = description
    }

    /// Stops watching.
    func stop() {
        lock.lock(); defer { lock.unlock() }
        stopped = true
    }

    /// False once stopped; ends the process when the last beat is too old.
    private func check() -> Bool {
        lock.lock(); defer { lock.unlock() }
        if stopped { return false }
        if Date().timeIntervalSince(lastBeat) > limit {
            FileHandle.standardError.write(Data("HANG: no progress for \(Int(limit)) s during \(what())\n".utf8))
            abort()
        }
        return true
    }
}
