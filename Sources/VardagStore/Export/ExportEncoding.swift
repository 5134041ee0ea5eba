import Foundation

/// The two encodings every export uses: Swedish-Excel CSV and pretty JSON.
///
/// CSV is `;`-separated UTF-8 with a byte-order mark, quoted where needed, with CRLF
/// after every line (the last too), and every field that Excel would read as a formula
/// guarded with a leading `'` (`RegisterExport.neutralizeFormula`), so text typed into
/// Vardag never runs on an administrator's machine. JSON is pretty-printed with sorted
/// keys, slashes unescaped, and ends in a newline.
///
/// Exports stream their rows through `CSVRowWriter` and `JSONArrayWriter` into an
/// `ExportSink`; these two build the same bytes whole, for tables already in memory.
public enum ExportEncoding {
    /// A table as Swedish-Excel CSV.
    /// - Parameters:
    ///   - header: the column headings (none when nil: the rows carry their own).
    ///   - rows: the rows, each as long as the header.
    /// - Returns: the file contents.
    /// - Throws: nothing in memory; kept throwing for the callers, as a writer that may fail.
    public static func csv(header: [String]?, rows: [[String]]) throws -> Data {
        try ExportWriter.collect { sink in
            var writer = try CSVRowWriter(into: sink)
            if let header { try writer.header(header) }
            for row in rows { try writer.row(row) }
            try writer.finish()
        }
    }

    /// A value as pretty JSON with sorted keys, ending in a newline.
    /// - Throws: `EncodingError`.
    public static func json<T: Encodable>(_ value: T) throws -> Data {
        var data = try jsonEncoder().encode(value)
        data.append(0x0A)
        return data
    }

    /// The encoder of every JSON export: pretty, sorted keys, slashes unescaped.
    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
