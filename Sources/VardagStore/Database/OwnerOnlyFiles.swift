import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates directories and files that only their owner can read (0700 / 0600).
///
/// Staff data is personal data, so nothing Vardag writes may be readable by other users.
/// Modes are passed to `mkdir`/`open` directly instead of changing the process umask,
/// which is process-wide and would race with other threads. SQLite gives the `-wal` and
/// `-shm` files the same mode as the database file, so a 0600 database keeps them 0600 too.
enum OwnerOnlyFiles {
    /// Creates a directory and any missing parents with mode 0700. Existing directories are left as they are.
    /// - Parameter url: the directory.
    /// - Throws: `StoreError.cannotCreateDirectory` or `.pathIsDirectory`-style errors from `mkdir`.
    static func createDirectory(at url: URL) throws {
        var missing: [URL] = []
        var current = url.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path) {
            missing.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: current.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw StoreError.cannotCreateDirectory(path: url.path, reason: "\(current.path) is not a directory")
        }
        for directory in missing.reversed() {
            if mkdir(directory.path, 0o700) != 0 && errno != EEXIST {
                throw StoreError.cannotCreateDirectory(path: directory.path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Creates an empty file with mode 0600 unless it exists already.
    /// - Parameter url: the file.
    /// - Throws: `StoreError.cannotCreateFile` or `.readOnly`.
    static func createEmptyFile(at url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            let code = errno
            if code == EEXIST { return }
            if code == EROFS || code == EACCES { throw StoreError.readOnly(path: url.path) }
            throw StoreError.cannotCreateFile(path: url.path, reason: String(cString: strerror(code)))
        }
        close(descriptor)
    }

    /// Removes group and other permissions from a file if it has any (for databases created by older tools).
    /// - Parameter path: the file; missing files are ignored.
    static func restrictToOwner(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o077 != 0 else { return }
        _ = chmod(path, info.st_mode & 0o700)
    }
}
