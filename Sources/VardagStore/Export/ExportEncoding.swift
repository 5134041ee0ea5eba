import CSV
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
    /// - Parameters:
    ///   - header: the column headings (none when nil: the rows carry their own).
    ///   - rows: the rows, each as long as the header.
    /// - Returns: the file contents.
    /// - Throws: `CSVError` when writing fails.
    public static func csv(header: [String]?, rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        _ = bom.withUnsafeBufferPointer { stream.write($0.baseAddress!, maxLength: 3) }
        let writer = try CSVWriter(stream: stream, delimiter: ";", newline: .crlf)
        if let header { try writer.write(row: header) }
        for row in rows { try writer.write(row: row.map(RegisterExport.neutralizeFormula)) }
        stream.close()
        // CSVWriter separates rows; the last line gets its CRLF here so every line ends alike.
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [0x0D, 0x0A])
        return data
    }

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
