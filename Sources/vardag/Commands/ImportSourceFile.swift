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
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno, strings) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { throw failure(path, EISDIR, strings) }
        do {
            return try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).readToEnd() ?? Data()
        } catch {
            throw failure(path, EIO, strings)
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
