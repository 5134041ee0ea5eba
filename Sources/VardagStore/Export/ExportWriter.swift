import Foundation
import VardagDomain

/// Where every export's bytes go: a file created owner-only, or standard output.
///
/// Exports hold personal data, so a regular file is written as a new file with mode 0600
/// whatever the umask and renamed into place; a device, a FIFO or `/dev/stdout` is written
/// as it is, its mode untouched (`ExportFile`). `nil` or `-` as the path means standard
/// output, for pipes. Whatever is a terminal gets `terminalSafe` text: a name written into
/// the database by another program must not retitle or clear the window it is shown in.
/// Files and pipes get the exact bytes.
public enum ExportWriter {
    /// Writes export contents to a file (a new 0600 file renamed into place), to a device
    /// or FIFO as it is, or, for nil or `-`, to standard output.
    /// - Parameters:
    ///   - contents: the bytes.
    ///   - path: the file, or nil or `-` for standard output.
    /// - Throws: `StoreError.cannotWriteFile` (the path, or "stdout").
    public static func write(_ contents: Data, to path: String?) throws {
        try stream(to: path) { try $0.append(contents) }
    }

    /// Streams an export: `body` appends its bytes to a sink of fixed size as it reads its
    /// rows, and the sink writes them out each time it fills (`ExportSink`); a file is put
    /// in place when `body` has returned, and left as it was when `body` throws.
    /// - Parameters:
    ///   - path: the file, or nil or `-` for standard output.
    ///   - body: appends the export's bytes.
    /// - Throws: `StoreError.cannotWriteFile` (the path, or "stdout"), or what `body` throws.
    public static func stream(to path: String?, _ body: (ExportSink) throws -> Void) throws {
        let sink = ExportSink(path: path)
        do {
            try body(sink)
            try sink.finish()
        } catch {
            sink.abandon()
            throw error
        }
    }

    /// An export's bytes kept in memory, through the same encoders as a streamed export.
    /// - Parameter body: appends the export's bytes.
    /// - Returns: the bytes.
    /// - Throws: what `body` throws.
    public static func collect(_ body: (ExportSink) throws -> Void) throws -> Data {
        let sink = ExportSink.inMemory()
        try body(sink)
        try sink.finish()
        return sink.data
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
