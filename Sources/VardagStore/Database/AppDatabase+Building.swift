import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

extension AppDatabase {
    /// Builds a whole new database aside and moves it into place only when it is complete,
    /// for `vardag demo`: the path never holds a half-made database.
    ///
    /// The new file is made under a temporary name in the destination's folder (owner-only,
    /// 0600, like every new database), filled, closed (the WAL folded back), and then
    /// linked into place, or with `replacing` renamed over the old file, which stays as it
    /// was until then. On any failure the temporary file is removed and the destination is
    /// untouched.
    /// - Parameters:
    ///   - path: where the database goes.
    ///   - replacing: replace an existing file instead of refusing.
    ///   - createMissingDirectory: create a missing folder (the default location) or refuse.
    ///   - user: the author recorded in the audit trail.
    ///   - fill: adds the contents.
    /// - Throws: `StoreError` (`.diskFull` when the disk or a file size limit is reached,
    ///   `.destinationExists` without `replacing`), or what `fill` threw.
    public static func build(
        at path: String, replacing: Bool, createMissingDirectory: Bool, user: String,
        fill: (AppDatabase) throws -> Void
    ) throws {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if !replacing, FileManager.default.fileExists(atPath: url.path) { throw StoreError.destinationExists(path: url.path) }
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).building-\(UUID().uuidString.prefix(8))").path
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) }
        }
        do {
            let store = try open(path: temporary, user: user, createMissingDirectory: createMissingDirectory)
            do {
                try fill(store)
            } catch {
                try? store.close()
                throw error
            }
            try store.close()
        } catch let error as StoreError {
            throw error.naming(url.path, insteadOf: temporary)
        } catch let error as DatabaseError where DatabaseRefusal(error) == .diskFull {
            throw StoreError.diskFull(path: url.path)
        }
        // Closing folds the WAL back into the file; frames left behind mean that failed.
        var walInfo = stat()
        if stat(temporary + "-wal", &walInfo) == 0, walInfo.st_size > 0 { throw StoreError.diskFull(path: url.path) }
        if replacing {
            // The old file's WAL and index must not be paired with the new file.
            for suffix in ["-wal", "-shm"] { unlink(url.path + suffix) }
        }
        if (replacing ? rename(temporary, url.path) : link(temporary, url.path)) != 0 {
            let code = errno
            if code == EEXIST { throw StoreError.destinationExists(path: url.path) }
            if code == ENOSPC || code == EDQUOT { throw StoreError.diskFull(path: url.path) }
            throw StoreError.cannotCreateFile(path: url.path, reason: String(cString: strerror(code)))
        }
    }
}

private extension StoreError {
    /// The same error about the file at `path` when it named the temporary file.
    func naming(_ path: String, insteadOf temporary: String) -> StoreError {
        switch self {
        case .diskFull(let p) where p == temporary: return .diskFull(path: path)
        case .readOnly(let p) where p == temporary: return .readOnly(path: path)
        case .cannotCreateFile(let p, let reason) where p == temporary: return .cannotCreateFile(path: path, reason: reason)
        case .cannotOpen(let p, let reason) where p == temporary: return .cannotOpen(path: path, reason: reason)
        default: return self
        }
    }
}
