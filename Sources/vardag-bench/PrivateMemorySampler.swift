import Foundation
import Glibc

/// The largest private (anonymous) resident memory of a running process, sampled from
/// `/proc/PID/status` about every millisecond on a thread of its own.
///
/// A peak resident size (GNU `time`'s `%M`, `ru_maxrss`) counts the file-backed pages of
/// the shared libraries too (Swift runtime, Foundation, ICU, libpq): about 28 MB of the
/// 32 MB `vardag --help` peaks at, pages that every user of the machine shares. The
/// program's own memory is its anonymous memory (`RssAnon`: heap, stacks), but the kernel
/// keeps no peak of that (`VmHWM` is the peak of the whole), so it is sampled while the
/// process runs. Linux only: where `/proc` cannot be read the figure is nil.
final class PrivateMemorySampler: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var peak: Int?
    private let done = DispatchSemaphore(value: 0)

    /// Starts sampling a process just spawned.
    /// - Parameters:
    ///   - pid: the process spawned, not yet waited for.
    ///   - throughParent: whether `pid` is GNU `time` and the process measured is its child.
    init(pid: pid_t, throughParent: Bool) {
        // The spawned process's /proc folder, opened now, while it cannot have been reaped:
        // files read through it fail once that process is gone, even if its number is reused.
        let spawned = open("/proc/\(pid)", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard spawned >= 0 else {
            done.signal()
            return
        }
        let thread = Thread { [self] in
            sample(spawned: spawned, pid: pid, throughParent: throughParent)
            close(spawned)
            done.signal()
        }
        thread.start()
    }

    /// Stops the sampling (call it after waiting for the process) and gives the figure.
    /// - Returns: the largest `RssAnon` seen, in kB; nil when none could be read.
    func finish() -> Int? {
        lock.lock()
        stopped = true
        lock.unlock()
        done.wait()
        done.signal()
        lock.lock()
        defer { lock.unlock() }
        return peak
    }

    /// The `RssAnon` line of a `/proc/PID/status` text.
    /// - Parameter status: the file's text.
    /// - Returns: the kB it gives, nil without that line (a zombie's status has none).
    static func anonymousKilobytes(inStatus status: String) -> Int? {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("RssAnon:") }) else { return nil }
        let value = line.dropFirst("RssAnon:".count).trimmingCharacters(in: .whitespaces)
        return value.split(separator: " ").first.flatMap { Int($0) }
    }

    /// The loop of the sampling thread: finds the process measured, then reads its status
    /// until it has gone or `finish` is called.
    private func sample(spawned: Int32, pid: pid_t, throughParent: Bool) {
        var measured: Int32 = throughParent ? -1 : dup(spawned)
        defer { if measured >= 0 { close(measured) } }
        var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
        while !isStopped {
            if measured < 0 {
                // GNU time forks the program measured: its child, once it has one.
                if let child = Self.read("task/\(pid)/children", in: spawned)?.split(separator: " ").first.flatMap({ Int32($0) }) {
                    measured = open("/proc/\(child)", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                }
            } else {
                // Gone (the file cannot be read) or a zombie (no RssAnon): nothing more to see.
                guard let status = Self.read("status", in: measured),
                      let kilobytes = Self.anonymousKilobytes(inStatus: status) else { break }
                lock.lock()
                peak = max(peak ?? 0, kilobytes)
                lock.unlock()
            }
            nanosleep(&pause, nil)
        }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// A small file under a /proc folder, nil when it cannot be read.
    private static func read(_ name: String, in folder: Int32) -> String? {
        let file = openat(folder, name, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count], as: UTF8.self)
    }
}
