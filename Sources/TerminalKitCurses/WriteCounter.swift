import Glibc

/// Counts the bytes this thread writes, and the `write` calls that carried them, from
/// the kernel's per-thread I/O statistics.
///
/// ncurses writes with `write(2)` on `fileno(outfile)`, so a counting `FILE *` from
/// `fopencookie` (which has no file descriptor) makes it write nothing at all
/// (tried: 0 bytes out, blank screen). Instead the backend reads `wchar` from
/// `/proc/thread-self/io` before and after each call that outputs (refresh,
/// curs_set, endwin): the difference is exactly what this thread wrote during the
/// call, which is the terminal output, since curses runs on one thread. `syscw` beside
/// it counts the write calls: one per frame is what the terminal should see.
struct WriteCounter {
    /// What this thread has written so far: bytes and write calls.
    struct Totals {
        var bytes = 0
        var calls = 0
    }

    /// Whether the statistics can be read here (Linux with /proc mounted).
    let isAvailable: Bool

    init() {
        isAvailable = Self.read() != nil
    }

    /// Runs `body` and returns how many bytes and write calls this thread made meanwhile
    /// (0 when unknown).
    @discardableResult
    func measure<R>(_ body: () -> R) -> (result: R, bytes: Int, calls: Int) {
        guard isAvailable, let before = Self.read() else { return (body(), 0, 0) }
        let result = body()
        let after = Self.read() ?? before
        return (result, max(0, after.bytes - before.bytes), max(0, after.calls - before.calls))
    }

    /// The thread's write totals now, to pass to `written(since:)` (0 when unknown).
    func mark() -> Totals { isAvailable ? (Self.read() ?? Totals()) : Totals() }

    /// Bytes and write calls this thread made since `mark` was taken.
    func written(since mark: Totals) -> Totals {
        guard isAvailable, let now = Self.read() else { return Totals() }
        return Totals(bytes: max(0, now.bytes - mark.bytes), calls: max(0, now.calls - mark.calls))
    }

    /// The thread's `wchar` and `syscw` counters.
    private static func read() -> Totals? {
        let fd = open("/proc/thread-self/io", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self)
        var bytes: Int?, calls: Int?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("wchar:") { bytes = Int(line.dropFirst(6).trimmingCharacters(in: " ")) }
            if line.hasPrefix("syscw:") { calls = Int(line.dropFirst(6).trimmingCharacters(in: " ")) }
        }
        guard let bytes, let calls else { return nil }
        return Totals(bytes: bytes, calls: calls)
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return s
    }
}
