import Foundation

/// Writes Swedish-Excel CSV into an `ExportSink` a field at a time, at the byte level.
///
/// The rules are `ExportEncoding.csv`'s: a byte-order mark first; `;` between fields; CRLF
/// after every line, the last too; a field holding `"`, `;`, CR or LF quoted with its
/// quotes doubled; and in the rows (not the header) a field that begins with `=`, `+`,
/// `-`, `@`, tab or CR gets a leading `'` first (`RegisterExport.neutralizeFormula`), so
/// text typed into Vardag never runs as a formula. A field's UTF-8 is scanned once and,
/// when nothing needs quoting, copied into the sink whole.
///
/// Call `field` for each cell of a row and `endRow()` after it; `finish()` after the last.
public struct CSVRowWriter {
    private let sink: ExportSink
    /// Whether the current row's fields get the formula guard.
    private var guarded = true
    /// How many fields of the current row are written.
    private var column = 0
    /// Whether nothing has been written yet (the first line needs no line break before it).
    private var first = true

    /// Starts a CSV file in the sink: writes the byte-order mark.
    /// - Throws: `StoreError.cannotWriteFile`.
    public init(into sink: ExportSink) throws {
        self.sink = sink
        try sink.append(0xEF)
        try sink.append(0xBB)
        try sink.append(0xBF)
    }

    /// Writes the header, as given (no formula guard).
    public mutating func header(_ names: [String]) throws {
        guarded = false
        for name in names { try field(name) }
        endRow()
    }

    /// Writes a whole row of text fields.
    public mutating func row(_ fields: [String]) throws {
        for field in fields { try self.field(field) }
        endRow()
    }

    /// Ends the current row: the next field starts a new line.
    public mutating func endRow() {
        column = 0
        guarded = true
    }

    /// Ends the file with the last line's CRLF.
    public mutating func finish() throws {
        try sink.append(Self.carriageReturn)
        try sink.append(Self.lineFeed)
    }

    /// Writes the separator the next field needs: `;` within a row, CRLF before a new row.
    @inline(__always)
    private mutating func separate() throws {
        if column > 0 {
            try sink.append(Self.semicolon)
        } else if first {
            first = false
        } else {
            try sink.append(Self.carriageReturn)
            try sink.append(Self.lineFeed)
        }
        column += 1
    }

    /// Writes a text field.
    public mutating func field(_ text: String) throws {
        try separate()
        var text = text
        let guarded = self.guarded
        try text.withUTF8 { utf8 in try Self.encode(utf8, guarded: guarded, into: sink) }
    }

    /// Writes a number: its decimal digits (a negative one guarded as text typed as `-5` would be).
    public mutating func field(_ number: Int) throws {
        try separate()
        if number >= 0 && number < 10 {
            try sink.append(UInt8(ascii: "0") + UInt8(number))
            return
        }
        if number < 0 && guarded { try sink.append(Self.apostrophe) }
        try field(digitsOf: number)
    }

    /// Writes an empty field.
    public mutating func emptyField() throws {
        try separate()
    }

    private func field(digitsOf number: Int) throws {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        try withUnsafeMutableBytes(of: &digits) { raw in
            var magnitude = number.magnitude
            var index = raw.count
            repeat {
                index -= 1
                raw[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if number < 0 {
                index -= 1
                raw[index] = UInt8(ascii: "-")
            }
            try sink.append(UnsafeRawBufferPointer(rebasing: raw[index...]))
        }
    }

    /// Writes one field's UTF-8: guarded when asked and it begins like a formula, quoted when it needs to be.
    /// - Parameters:
    ///   - utf8: the field.
    ///   - guarded: whether the formula guard applies.
    ///   - sink: where it goes.
    static func encode(_ utf8: UnsafeBufferPointer<UInt8>, guarded: Bool, into sink: ExportSink) throws {
        guard let base = utf8.baseAddress, !utf8.isEmpty else { return }
        var needsQuotes = false
        for byte in utf8 where byte == quote || byte == semicolon || byte == carriageReturn || byte == lineFeed {
            needsQuotes = true
            break
        }
        let formula = guarded && isFormulaStart(base[0])
        if needsQuotes { try sink.append(quote) }
        if formula { try sink.append(apostrophe) }
        if needsQuotes {
            var start = 0
            for index in 0..<utf8.count where base[index] == quote {
                // Up to and with the quote, then the quote again.
                try sink.append(UnsafeRawBufferPointer(start: base + start, count: index + 1 - start))
                try sink.append(quote)
                start = index + 1
            }
            try sink.append(UnsafeRawBufferPointer(start: base + start, count: utf8.count - start))
            try sink.append(quote)
        } else {
            try sink.append(UnsafeRawBufferPointer(utf8))
        }
    }

    /// Whether a field beginning with this byte would be read as a formula: `=`, `+`, `-`,
    /// `@`, tab or CR (all ASCII, so the first byte is the first character).
    @inline(__always)
    static func isFormulaStart(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2B || byte == 0x2D || byte == 0x40 || byte == 0x09 || byte == 0x0D
    }

    static let quote = UInt8(ascii: "\""), semicolon = UInt8(ascii: ";"), apostrophe = UInt8(ascii: "'")
    static let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
}
