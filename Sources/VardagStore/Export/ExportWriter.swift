import Foundation
import VardagDomain

/// Where every export's bytes go: a file created owner-only, or standard output.
///
/// Exports hold personal data, so a file is created (or truncated) with mode 0600 whatever
/// the umask; `nil` or `-` as the path means standard output, for pipes. When standard
/// output is a terminal, the text is made `terminalSafe` first: a name written into the
/// database by another program must not retitle or clear the window it is shown in.
/// Files and pipes get the exact bytes.
public enum ExportWriter {
    /// Writes export contents to a file (created or truncated, mode 0600) or, for nil or `-`, to standard output.
    /// - Parameters:
    ///   - contents: the bytes.
    ///   - path: the file, or nil or `-` for standard output.
    /// - Throws: `StoreError.cannotWriteFile` (the path, or "stdout").
    public static func write(_ contents: Data, to path: String?) throws {
        guard let path, path != "-" else {
            do {
                let shown = isatty(STDOUT_FILENO) == 1 ? terminalSafe(contents) : contents
                try FileHandle.standardOutput.write(contentsOf: shown)
            } catch {
                throw StoreError.cannotWriteFile(path: "stdout", reason: error.localizedDescription)
            }
            return
        }
        try OwnerOnlyFiles.write(contents, to: URL(fileURLWithPath: path))
    }

    /// Export text fit to show on a terminal: what `FreeText` forbids in a multi-line
    /// field (C0 controls but tab and line feed, DEL, C1 controls, bidi controls) is taken
    /// out, except the carriage returns of CSV's line ends. Without its ESC, what was an
    /// escape sequence is only harmless text.
    /// - Parameter contents: UTF-8 export text.
    /// - Returns: the same text without those characters.
    public static func terminalSafe(_ contents: Data) -> Data {
        if contents.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return contents
        }
        var kept = String.UnicodeScalarView()
        for scalar in String(decoding: contents, as: UTF8.self).unicodeScalars
        where scalar == "\r" || !FreeText.isForbidden(scalar, lines: .multiple) {
            kept.append(scalar)
        }
        return Data(String(kept).utf8)
    }
}
