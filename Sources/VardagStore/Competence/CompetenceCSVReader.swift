import VardagDomain

/// Reads the CSV the competence import accepts, byte by byte: the Swedish Excel format.
/// The staff import reads plain comma CSV with it too (`separator`).
///
/// Fields are separated by `;` (or the `separator` given); records end at LF, CRLF or a
/// lone CR; a field that starts with `"` is quoted, may hold the separator, line breaks and
/// doubled quotes (`""` for one `"`), and ends at the next lone `"`. A `"` inside an unquoted field, or after a quoted field's
/// closing quote, is kept as text (as Excel does). The bytes must already be valid UTF-8
/// without a BOM; the caller checks that once for the whole file.
///
/// Our own reader rather than CSV.swift's `CSVReader`: that one decodes every character as
/// a `UnicodeScalar` through a chain of iterators, which was about a quarter of the
/// import's time. This one only finds where each field lies (`Field`); the import reads
/// dates, numbers and yes/no cells from those bytes and makes a `String` only for the
/// cells that need one.
struct CompetenceCSVReader {
    /// Where one field's text lies in the file: quotes excluded.
    struct Field {
        /// The first byte of the text.
        var start: Int
        /// One past the last byte of the text.
        var end: Int
        /// Whether the text holds doubled quotes (`""` for one `"`), so its bytes are not
        /// yet the text.
        var hasDoubledQuotes: Bool
    }

    /// Facts about one record besides its fields.
    struct RecordInfo {
        /// The file line the record starts on (1 is the first line).
        var line: Int
        /// Whether a quoted field was still open at the end of the file.
        var unclosedQuote: Bool
        /// Whether a field may hold a character `FreeText` refuses: false means none does
        /// (no byte that could begin one occurs), so the check can be skipped.
        var mayHaveControlCharacters: Bool
    }

    /// One record of the file.
    struct Record: Equatable {
        /// The fields, quotes removed and doubled quotes undone; not trimmed.
        var fields: [String]
        /// The file line the record starts on (1 is the first line).
        var line: Int
        /// Whether a quoted field was still open at the end of the file.
        var unclosedQuote: Bool
        /// Whether a field may hold a character `FreeText` refuses: false means none does
        /// (no byte that could begin one occurs), so the check can be skipped.
        var mayHaveControlCharacters: Bool
    }

    /// The field separator: `;` (Swedish Excel), or `,` for plain CSV.
    private let separator: UInt8
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private let bytes: [UInt8]
    private var position = 0
    /// The line the next record starts on.
    private var line = 1

    /// - Parameters:
    ///   - bytes: the file's bytes, valid UTF-8.
    ///   - start: where the first record begins: 3 past a BOM (so the file is not copied to drop it).
    ///   - separator: the field separator, `;` unless given.
    init(bytes: [UInt8], start: Int = 0, separator: UInt8 = UInt8(ascii: ";")) {
        self.bytes = bytes
        position = start
        self.separator = separator
    }

    /// The next record with its fields as text, or nil at the end of the file.
    mutating func next() -> Record? {
        var found: [Field] = []
        guard let info = next(into: &found) else { return nil }
        return Record(fields: found.map(text), line: info.line, unclosedQuote: info.unclosedQuote,
                      mayHaveControlCharacters: info.mayHaveControlCharacters)
    }

    /// A field's bytes as they lie in the file; its text unless it has doubled quotes.
    /// - Parameter file: the bytes the reader was made with.
    static func bytes(_ field: Field, in file: [UInt8]) -> ArraySlice<UInt8> { file[field.start..<field.end] }

    /// A field's text, doubled quotes undone.
    func text(_ field: Field) -> String { Self.text(field, in: bytes) }

    /// A field's text, doubled quotes undone.
    /// - Parameter file: the bytes the reader was made with.
    static func text(_ field: Field, in file: [UInt8]) -> String {
        let raw = bytes(field, in: file)
        guard field.hasDoubledQuotes else { return String(decoding: raw, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            result.append(byte)
            // `""` is one quote; a lone quote inside the quotes is kept as it is.
            index += byte == Self.quote && index + 1 < raw.endIndex && raw[index + 1] == Self.quote ? 2 : 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Finds the next record's fields, or returns nil at the end of the file. A line with
    /// nothing on it is a record with one empty field; a line break at the very end adds no
    /// record.
    /// - Parameter fields: emptied and filled (kept by the caller, so no array is made per record).
    mutating func next(into fields: inout [Field]) -> RecordInfo? {
        guard position < bytes.count else { return nil }
        let startLine = line
        fields.removeAll(keepingCapacity: true)
        var unclosed = false
        var suspect = false
        let separator = self.separator
        bytes.withUnsafeBufferPointer { buffer in
            let end = buffer.count
            var index = position
            defer {
                // Between the record's first byte and its line break: any byte that may begin
                // a character FreeText refuses (a quoted line break too).
                var last = index
                while last > position && (buffer[last - 1] == Self.lineFeed || buffer[last - 1] == Self.carriageReturn) { last -= 1 }
                for byte in buffer[position..<last] where FreeText.mayBeginForbidden(utf8: byte) {
                    suspect = true
                    break
                }
                position = index
            }
            fieldLoop: while true {
                if index < end && buffer[index] == Self.quote {
                    // Quoted field.
                    index += 1
                    let start = index
                    var hasDoubledQuotes = false
                    var closed = false
                    while index < end {
                        let byte = buffer[index]
                        if byte == Self.quote {
                            if index + 1 < end && buffer[index + 1] == Self.quote {
                                hasDoubledQuotes = true
                                index += 2
                                continue
                            }
                            let next = index + 1
                            if next >= end || buffer[next] == separator || buffer[next] == Self.lineFeed
                                || buffer[next] == Self.carriageReturn {
                                closed = true
                                break
                            }
                            // A stray quote inside the quotes: kept as text.
                            index += 1
                            continue
                        }
                        if byte == Self.lineFeed {
                            line += 1
                        } else if byte == Self.carriageReturn && (index + 1 >= end || buffer[index + 1] != Self.lineFeed) {
                            line += 1
                        }
                        index += 1
                    }
                    fields.append(Field(start: start, end: index, hasDoubledQuotes: hasDoubledQuotes))
                    if !closed {
                        unclosed = true
                        index = end
                        break fieldLoop
                    }
                    index += 1 // the closing quote
                } else {
                    let start = index
                    while index < end {
                        let byte = buffer[index]
                        if byte == separator || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                        index += 1
                    }
                    fields.append(Field(start: start, end: index, hasDoubledQuotes: false))
                }
                // After a field: a separator, a line break or the end.
                if index >= end { break fieldLoop }
                let byte = buffer[index]
                index += 1
                if byte == separator { continue fieldLoop }
                if byte == Self.carriageReturn && index < end && buffer[index] == Self.lineFeed { index += 1 }
                line += 1
                break fieldLoop
            }
        }
        return RecordInfo(line: startLine, unclosedQuote: unclosed, mayHaveControlCharacters: suspect)
    }
}
