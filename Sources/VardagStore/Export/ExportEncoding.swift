import Foundation

/// The two encodings every export uses: Swedish-Excel CSV and pretty JSON.
///
/// CSV is `;`-separated UTF-8 with a byte-order mark, quoted where needed, with CRLF
/// after every line (the last too), and every field that Excel would read as a formula
/// guarded with a leading `'` (`RegisterExport.neutralizeFormula`), so text typed into
/// Vardag never runs on an administrator's machine. JSON is pretty-printed with sorted
/// keys, slashes unescaped, and ends in a newline.
public enum ExportEncoding {
    /// A table as Swedish-Excel CSV.
    ///
    /// Written byte by byte into one buffer, as the CSV package's `CSVWriter` wrote it
    /// (a field is quoted when it holds `"`, `;`, CR or LF, its quotes doubled), which took
    /// ten times as long as `sqlite3 -csv` for the same rows: it searched every field
    /// through `NSString` and wrote one scalar at a time to an `OutputStream`.
    /// - Parameters:
    ///   - header: the column headings (none when nil: the rows carry their own).
    ///   - rows: the rows, each as long as the header.
    /// - Returns: the file contents.
    /// - Throws: nothing; kept throwing for the callers, as a writer that may fail.
    public static func csv(header: [String]?, rows: [[String]]) throws -> Data {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        var firstRow = true
        func append(_ row: [String]) {
            for (index, field) in row.enumerated() {
                if index > 0 {
                    bytes.append(semicolon)
                } else if firstRow {
                    firstRow = false
                } else {
                    bytes += [carriageReturn, lineFeed]
                }
                let utf8 = field.utf8
                if utf8.contains(where: { $0 == quote || $0 == semicolon || $0 == carriageReturn || $0 == lineFeed }) {
                    bytes.append(quote)
                    for byte in utf8 {
                        bytes.append(byte)
                        if byte == quote { bytes.append(quote) }
                    }
                    bytes.append(quote)
                } else {
                    bytes += utf8
                }
            }
        }
        if let header { append(header) }
        for row in rows { append(row.map(RegisterExport.neutralizeFormula)) }
        // Rows are separated above; the last line gets its CRLF here so every line ends alike.
        bytes += [carriageReturn, lineFeed]
        return Data(bytes)
    }

    private static let quote = UInt8(ascii: "\""), semicolon = UInt8(ascii: ";")
    private static let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")

    /// A value as pretty JSON with sorted keys, ending in a newline.
    /// - Throws: `EncodingError`.
    public static func json<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
