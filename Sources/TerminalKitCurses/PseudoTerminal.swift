import CNcursesw
import Glibc

/// A pseudo-terminal pair, for measuring the real terminal where there is none
/// (benchmarks run from `make bench` or a pipe): ncurses draws into the slave side,
/// and whoever holds the master side reads what a terminal would have been sent.
public struct PseudoTerminal {
    /// Why no pseudo-terminal could be made.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The master side: read it, or the slave side blocks when its buffer is full.
    public let master: Int32
    /// The slave side: a terminal, for standard input and output.
    public let slave: Int32

    /// Opens a new pair whose terminal is `width` × `height` cells.
    /// - Throws: `Failure` when the system has no pseudo-terminal to give.
    public init(width: Int, height: Int) throws {
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
        self.master = master
        self.slave = slave
    }
}
