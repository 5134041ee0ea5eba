import Foundation

/// Where every export's bytes go: a file created owner-only, or standard output.
///
/// Exports hold personal data, so a file is created (or truncated) with mode 0600 whatever
/// the umask; `nil` or `-` as the path means standard output, for pipes.
public enum ExportWriter {
    /// Writes export contents to a file (created or truncated, mode 0600) or, for nil or `-`, to standard output.
    /// - Parameters:
    ///   - contents: the bytes.
    ///   - path: the file, or nil or `-` for standard output.
    /// - Throws: `StoreError.cannotWriteFile` (the path, or "stdout").
    public static func write(_ contents: Data, to path: String?) throws {
        guard let path, path != "-" else {
            do {
                try FileHandle.standardOutput.write(contentsOf: contents)
            } catch {
                throw StoreError.cannotWriteFile(path: "stdout", reason: error.localizedDescription)
            }
            return
        }
        try OwnerOnlyFiles.write(contents, to: URL(fileURLWithPath: path))
    }
}
