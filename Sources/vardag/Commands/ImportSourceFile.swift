import Foundation
import VardagApp
#if canImport(Glibc)
import Glibc
import VardagCommandLine
#endif

/// Reads the file an import is given: a regular file, or a pipe such as `<(iconv …)`.
///
/// Foundation's `Data(contentsOf:)` refuses a pipe ("You don't have permission") and
/// words its errors in English; here the reasons come from the catalogue, and every
/// failure to read is exit code 66 (EX_NOINPUT), one line on stderr.
enum ImportSourceFile {
    /// The exit code for an import file that cannot be read.
    static let unreadableExitCode: Int32 = 66

    /// The whole file.
    /// - Parameters:
    ///   - path: the file as given.
    ///   - strings: the catalogue for the message.
    /// - Returns: its bytes.
    /// - Throws: `CommandFailure` with exit code 66.
    static func read(_ path: String, _ strings: Strings) throws -> Data {
        Data(try readBytes(path, strings))
    }

    /// The whole file as an array of bytes, read straight into it: the competence import
    /// parses the array in place, so a large HR file is held in memory once, not as `Data`
    /// and a copy.
    /// - Parameters:
    ///   - path: the file as given.
    ///   - strings: the catalogue for the message.
    /// - Returns: its bytes.
    /// - Throws: `CommandFailure` with exit code 66.
    static func readBytes(_ path: String, _ strings: Strings) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno, strings) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(path, errno, strings) }
        if info.st_mode & S_IFMT == S_IFDIR { throw failure(path, EISDIR, strings) }
        // A regular file's size is known; a pipe's grows as it is read.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) + 1 : 1 << 16)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, EIO, strings)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// The one-line refusal for an `errno`.
    private static func failure(_ path: String, _ code: Int32, _ strings: Strings) -> CommandFailure {
        let reason: String
        switch code {
        case ENOENT, ENOTDIR: reason = strings["import.cli.reason.missing"]
        case EACCES, EPERM: reason = strings["import.cli.reason.accessDenied"]
        case EISDIR: reason = strings["import.cli.reason.folder"]
        default: reason = strings.format("import.cli.reason.other", String(cString: strerror(code)))
        }
        return CommandFailure(message: strings.format("import.cli.cannotRead", path, reason), exitCode: unreadableExitCode)
    }
}
