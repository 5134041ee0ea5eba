import Foundation
import XCTest

/// Every file in a folder with its bytes, to prove a command changed nothing: no byte of
/// the database, and no file added (a `-wal`, a `-shm`, a temporary file) or removed.
struct FolderSnapshot: Equatable {
    /// File name → contents.
    var files: [String: Data]

    /// Reads every regular file directly in a folder.
    init(_ folder: URL) throws {
        files = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
    }

    /// Fails unless the folder holds exactly the same files with the same bytes.
    func assertSame(as folder: URL, _ context: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let after = try FolderSnapshot(folder)
        XCTAssertEqual(after.files.keys.sorted(), files.keys.sorted(), "files added or removed: \(context)", file: file, line: line)
        for (name, bytes) in files where after.files[name] != nil && after.files[name] != bytes {
            XCTFail("\(name) changed: \(context)", file: file, line: line)
        }
    }
}
