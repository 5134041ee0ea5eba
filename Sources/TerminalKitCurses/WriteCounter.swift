import Glibc

/// Counts the bytes this thread writes, from the kernel's per-thread I/O statistics.
///
/// ncurses writes with `write(2)` on `fileno(outfile)`, so a counting `FILE *` from
/// `fopencookie` (which has no file descriptor) makes it write nothing at all
/// (tried: 0 bytes out, blank screen). Instead the backend reads `wchar` from
/// `/proc/thread-self/io` before and after each call that outputs (refresh,
/// curs_set, endwin): the difference is exactly what this thread wrote during the
/// call, which is the terminal output, since curses runs on one thread.
struct WriteCounter {
    /// Whether the statistics can be read here (Linux with /proc mounted).
    let isAvailable: Bool

    init() {
        isAvailable = Self.read() != nil
    }

    /// Runs `body` and returns how many bytes this thread wrote meanwhile (0 when unknown).
    @discardableResult
    func measure<R>(_ body: () -> R) -> (result: R, bytes: Int) {
        guard isAvailable, let before = Self.read() else { return (body(), 0) }
        let result = body()
        let after = Self.read() ?? before
        return (result, max(0, after - before))
    }

    /// The thread's write total now, to pass to `bytes(since:)` (0 when unknown).
    func mark() -> Int { isAvailable ? (Self.read() ?? 0) : 0 }

    /// Bytes this thread wrote since `mark` was taken.
    func bytes(since mark: Int) -> Int {
        guard isAvailable, let now = Self.read() else { return 0 }
        return max(0, now - mark)
    }

    /// The thread's `wchar` counter.
    private static func read() -> Int? {
        let fd = open("/proc/thread-self/io", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("wchar:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: " "))
        }
        return nil
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
