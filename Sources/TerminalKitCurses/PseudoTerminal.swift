import CNcursesw
import Foundation
import Glibc

/// A pseudo-terminal standing in for the real one, for measuring and testing what
/// `CursesTerminal` sends where there is no terminal (benchmarks run from `make bench`
/// or a pipe, tests): standard input and output become its slave side, and a thread
/// reads the master side, as a terminal would, keeping every byte.
public enum PseudoTerminal {
    /// Why no pseudo-terminal could be made.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `body` with standard input and output on a new pseudo-terminal of
    /// `width` × `height` cells and `TERM` set to `term`; puts all three back afterwards.
    ///
    /// Nothing may be printed meanwhile (it would go to the pseudo-terminal): keep what
    /// `body` finds and report it after.
    /// - Parameters:
    ///   - width: columns.
    ///   - height: rows.
    ///   - term: the terminal type ncurses is to draw for.
    ///   - body: what runs on the pseudo-terminal.
    /// - Returns: what `body` returns, and the bytes the terminal was sent.
    /// - Throws: `Failure` when the system has no pseudo-terminal to give, or what `body` throws.
    public static func run<R>(width: Int, height: Int, term: String = "xterm-256color",
                              _ body: () throws -> R) throws -> (result: R, output: [UInt8]) {
        var name = [CChar](repeating: 0, count: 128)
        let master = vd_open_pty(&name, name.count)
        guard master >= 0 else { throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))") }
        let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard slave >= 0 else {
            let reason = String(cString: strerror(errno))
            close(master)
            throw Failure(description: "cannot open the pseudo-terminal's slave side: \(reason)")
        }
        _ = vd_set_window_size(slave, UInt16(clamping: height), UInt16(clamping: width))

        // The reader keeps the slave side from blocking on a full buffer, as the
        // terminal at the other end would; it ends when the last slave descriptor closes.
        let received = Received()
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                received.append(chunk[0..<n])
            }
            finished.signal()
        }
        reader.start()

        fflush(nil)
        let savedIn = dup(STDIN_FILENO), savedOut = dup(STDOUT_FILENO)
        let savedTerm = getenv("TERM").map { String(cString: $0) }
        dup2(slave, STDIN_FILENO)
        dup2(slave, STDOUT_FILENO)
        setenv("TERM", term, 1)
        let outcome = Result { try body() }
        dup2(savedIn, STDIN_FILENO)
        dup2(savedOut, STDOUT_FILENO)
        close(savedIn)
        close(savedOut)
        close(slave)
        finished.wait()
        close(master)
        if let savedTerm { setenv("TERM", savedTerm, 1) } else { unsetenv("TERM") }
        return (try outcome.get(), received.bytes)
    }

    /// A new pseudo-terminal of `width` × `height` cells for a child process of its own:
    /// the master side to read its output from and type into, and the slave side's path
    /// for the child's standard input and output.
    /// - Parameters:
    ///   - width: columns.
    ///   - height: rows.
    /// - Returns: the master descriptor (close it when done) and the slave side's path.
    /// - Throws: `Failure` when the system has no pseudo-terminal to give.
    public static func openPair(width: Int, height: Int) throws -> (master: Int32, slavePath: String) {
        var name = [CChar](repeating: 0, count: 128)
        let master = vd_open_pty(&name, name.count)
        guard master >= 0 else { throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))") }
        let path = String(cString: name)
        // The size is the terminal's, whichever side sets it: set here through a slave
        // descriptor, before the child opens its own.
        let slave = open(path, O_RDWR | O_NOCTTY)
        guard slave >= 0 else {
            let reason = String(cString: strerror(errno))
            close(master)
            throw Failure(description: "cannot open the pseudo-terminal's slave side: \(reason)")
        }
        _ = vd_set_window_size(slave, UInt16(clamping: height), UInt16(clamping: width))
        close(slave)
        return (master, path)
    }

    /// The bytes read so far, shared between the reader thread and the caller.
    private final class Received: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [UInt8] = []

        func append(_ chunk: ArraySlice<UInt8>) {
            lock.lock()
            storage.append(contentsOf: chunk)
            lock.unlock()
        }

        var bytes: [UInt8] {
            lock.lock()
            defer { lock.unlock() }
            return storage
        }
    }
}
