import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The columns ArgumentParser wraps a help page to: `COLUMNS` when set, else the width
/// of the terminal on standard output, else 80.
enum HelpWidth {
    /// The width for this process.
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
