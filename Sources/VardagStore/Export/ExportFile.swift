import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where one export's bytes go, and how they get there without harming what is already there.
///
/// A new or existing regular file is replaced whole: the bytes go to a temporary file
/// (mode 0600, created by this command) in the same folder, which is renamed into place
/// only when it is complete, so the export is readable by its owner only and never
/// half-written. Anything else (a character device such as `/dev/null` or `/dev/tty`, a
/// FIFO, `/dev/stdout` and the other paths under `/dev` and `/proc`) is written straight
/// through and its mode is never touched: `chmod 600 /dev/null` as root would break it
/// for every user. Whatever reaches a terminal, standard output or a path that is one,
/// is made `ExportWriter.terminalSafe` first; files and pipes get the exact bytes.
struct ExportFile {
    /// How the bytes are delivered.
    enum Destination: Equatable {
        /// Standard output (no path, or `-`).
        case standardOutput
        /// A regular file to create or replace through a temporary file; the path is the final file.
        case replaced(String)
        /// Something that is not a regular file of ours: opened and written as it is.
        case passThrough(String)
    }

    /// Where the bytes go.
    let destination: Destination

    /// Decides how to write to a path.
    /// - Parameter path: the `--output` path, or nil or `-` for standard output.
    /// - Throws: `StoreError.cannotWriteFile` for a directory or a path that cannot be looked at.
    init(path: String?) throws {
        guard let path, path != "-" else {
            destination = .standardOutput
            return
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            guard code == ENOENT else { throw Self.failure(path, code) }
            destination = .replaced(path)
            return
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw Self.failure(path, EISDIR) }
        // /dev/stdout, /dev/fd/N and /proc/self/fd/N may lead to a regular file the shell
        // opened (`> out.csv`): replacing it would cut the shell's file off from the bytes.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if type != S_IFREG || absolute.hasPrefix("/dev/") || absolute.hasPrefix("/proc/") {
            destination = .passThrough(path)
            return
        }
        // A symbolic link to a regular file: replace the file it leads to, not the link.
        destination = .replaced(Self.resolvedPath(path))
    }

    /// A destination opened for writing: bytes go to `descriptor`, and `complete()` puts
    /// them in place.
    struct Opened {
        /// Where the bytes are written.
        let descriptor: Int32
        /// The path, or "stdout", for messages.
        let name: String
        /// Whether the descriptor is a terminal: its bytes are made `ExportWriter.terminalSafe`.
        let terminal: Bool
        /// The temporary file and the path it is renamed to, for a replaced file.
        let temporary: (path: String, final: String)?
        /// Whether the descriptor was opened here (and is closed here).
        let owned: Bool

        /// Syncs and renames a temporary file into place, and closes what was opened here.
        /// - Throws: `StoreError.cannotWriteFile`; the temporary file is then removed.
        func complete() throws {
            guard let temporary else {
                if owned { close(descriptor) }
                return
            }
            guard fsync(descriptor) == 0 else {
                let code = errno
                discard()
                throw ExportFile.failure(name, code)
            }
            close(descriptor)
            guard rename(temporary.path, temporary.final) == 0 else {
                let code = errno
                unlink(temporary.path)
                throw ExportFile.failure(name, code)
            }
        }

        /// Closes what was opened here and removes a temporary file.
        func discard() {
            if owned { close(descriptor) }
            if let temporary { unlink(temporary.path) }
        }
    }

    /// Opens the destination: standard output as it is, a device or FIFO as it is (a
    /// regular file reached through /dev or /proc truncated, as `>` does), and for a file
    /// to replace a new temporary 0600 file beside it.
    /// - Throws: `StoreError.cannotWriteFile`.
    func open() throws -> Opened {
        switch destination {
        case .standardOutput:
            return Opened(descriptor: STDOUT_FILENO, name: "stdout", terminal: isatty(STDOUT_FILENO) == 1, temporary: nil, owned: false)
        case .passThrough(let path):
            let descriptor = Glibc.open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Self.failure(path, errno) }
            var info = stat()
            // A regular file reached through /dev or /proc: start it afresh, as `>` does.
            if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                _ = ftruncate(descriptor, 0)
            }
            return Opened(descriptor: descriptor, name: path, terminal: isatty(descriptor) == 1, temporary: nil, owned: true)
        case .replaced(let path):
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().path
            var template = Array("\(folder)/.\(url.lastPathComponent).vardag-XXXXXX".utf8CString)
            // mkstemp creates the file with mode 0600 whatever the umask.
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else { throw Self.failure(path, errno) }
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            return Opened(descriptor: descriptor, name: path, terminal: false,
                          temporary: (String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self), path), owned: true)
        }
    }

    /// Writes all bytes to a descriptor.
    static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32, name: String) throws {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(name, errno)
            }
            offset += written
        }
    }

    /// The path with symbolic links resolved, or the path itself when that fails.
    private static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func failure(_ path: String, _ code: Int32) -> StoreError {
        .cannotWriteFile(path: path, reason: String(cString: strerror(code)))
    }
}
