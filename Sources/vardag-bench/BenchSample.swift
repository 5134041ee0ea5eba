import Foundation
import Glibc

/// One timed sample with where its wall time went, from the kernel's counters for this
/// thread: on the CPU, waiting for a CPU (another process had it), or neither (blocked
/// in a system call: fsync, a lock, a read from disk), and how many `write` calls and
/// bytes it made (a WAL checkpoint writes hundreds of pages, a rating a handful).
///
/// This is what explains a "sämst" line: a slow sample whose time is mostly run-queue
/// wait was a busy machine, one with many writes was a checkpoint, one with CPU was work.
struct BenchSample {
    /// Wall milliseconds.
    var wall: Double
    /// Milliseconds on a CPU.
    var cpu: Double
    /// Milliseconds runnable but waiting for a CPU.
    var waiting: Double
    /// `write` calls made (to any file: the terminal, a WAL, the frame's memory file).
    var writeCalls: Int
    /// Bytes written.
    var bytesWritten: Int

    /// Milliseconds neither running nor waiting for a CPU: blocked in the kernel.
    var blocked: Double { max(0, wall - cpu - waiting) }

    /// Wall milliseconds less the wait for a CPU: what the sample cost on a machine of its own.
    var own: Double { max(0, wall - waiting) }

    /// Times `body` and reads the counters around it (outside the timed part).
    /// - Parameter body: the work of one sample.
    /// - Returns: the sample.
    /// - Throws: what `body` throws.
    static func measure(_ body: () throws -> Void) rethrows -> BenchSample {
        let before = Counters.read()
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let wall = BenchStatistics.milliseconds(since: start)
        let after = Counters.read()
        return BenchSample(
            wall: wall, cpu: Double(after.cpuNanoseconds - before.cpuNanoseconds) / 1_000_000,
            waiting: Double(after.waitNanoseconds - before.waitNanoseconds) / 1_000_000,
            writeCalls: after.writeCalls - before.writeCalls, bytesWritten: after.bytesWritten - before.bytesWritten)
    }

    /// The slowest samples, slowest first, each as "12.3 ms (CPU 0.4, väntan på CPU 11.8, blockerad 0.1; 3 write, 12 kB)".
    /// - Parameters:
    ///   - samples: the run's samples.
    ///   - count: how many to describe.
    /// - Returns: one line per sample.
    static func slowest(_ samples: [BenchSample], count: Int = 3) -> [String] {
        samples.sorted { $0.wall > $1.wall }.prefix(count).map { s in
            String(format: "%.1f ms (CPU %.1f, väntan på CPU %.1f, blockerad %.1f; %d write, %.0f kB)",
                   s.wall, s.cpu, s.waiting, s.blocked, s.writeCalls, Double(s.bytesWritten) / 1024)
        }
    }

    /// The thread's counters at one moment.
    private struct Counters {
        var cpuNanoseconds = 0
        var waitNanoseconds = 0
        var writeCalls = 0
        var bytesWritten = 0

        /// Reads `/proc/thread-self/schedstat` (CPU and run-queue nanoseconds) and
        /// `/proc/thread-self/io` (write calls and bytes); zeros where unreadable.
        static func read() -> Counters {
            var counters = Counters()
            // The CPU time from the clock (schedstat's first field lags by up to a tick for a
            // running thread); the run-queue wait from schedstat, brought up to date at
            // every switch onto the CPU.
            var now = timespec()
            if clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0 {
                counters.cpuNanoseconds = Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)
            }
            let sched = fields(of: "/proc/thread-self/schedstat")
            if sched.count >= 2 { counters.waitNanoseconds = Int(sched[1]) ?? 0 }
            let io = fields(of: "/proc/thread-self/io")
            for (i, field) in io.enumerated() where i + 1 < io.count {
                if field == "syscw:" { counters.writeCalls = Int(io[i + 1]) ?? 0 }
                if field == "wchar:" { counters.bytesWritten = Int(io[i + 1]) ?? 0 }
            }
            return counters
        }

        /// A small /proc file's whitespace-separated fields.
        private static func fields(of path: String) -> [Substring] {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return [] }
            defer { close(fd) }
            var buffer = [UInt8](repeating: 0, count: 512)
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return [] }
            return String(decoding: buffer[0..<n], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        }
    }
}
