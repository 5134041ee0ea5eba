import VardagDomain

/// Rows in the text format of PostgreSQL's `COPY … FROM STDIN`, built up as bytes to send in
/// large pieces.
///
/// Columns are separated by a tab and rows end with a newline; NULL is `\N`. In a value, the
/// four bytes that would end a column or a row or start an escape are written as escapes:
/// backslash as `\\`, newline as `\n`, carriage return as `\r`, tab as `\t`. Every other byte
/// goes as it is (UTF-8 text stays UTF-8), so a value can never close the data early: the
/// end marker `\.` only counts at the start of a line, and a value's backslash is doubled. A
/// NUL is written as the escape `\000`, which the server refuses as it refuses NUL in any
/// text, rather than cutting the value short.
struct PostgresCopyText {
    /// The rows so far, in UTF-8.
    private(set) var bytes: [UInt8] = []
    /// How many rows are complete.
    private(set) var rows = 0
    /// Whether the next value starts a row (no tab before it).
    private var atRowStart = true

    /// An empty text, with room for about `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends a text value, escaped.
    mutating func append(_ text: String) {
        separate()
        var text = text
        text.withUTF8 { utf8 in
            // Most values need no escape: copy them whole.
            guard utf8.contains(where: Self.needsEscape) else { return bytes.append(contentsOf: utf8) }
            for byte in utf8 {
                switch byte {
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                case 0x00: bytes.append(contentsOf: [0x5C, 0x30, 0x30, 0x30])
                default: bytes.append(byte)
                }
            }
        }
    }

    /// Appends a text value, or NULL.
    mutating func append(_ text: String?) {
        if let text { append(text) } else { appendNull() }
    }

    /// Appends an integer.
    mutating func append(_ value: Int64) {
        separate()
        // Digits by hand: `String(value)` would make a string per value.
        var magnitude = value.magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// Appends an integer.
    mutating func append(_ value: Int) { append(Int64(value)) }

    /// Appends an integer, or NULL.
    mutating func append(_ value: Int64?) {
        if let value { append(value) } else { appendNull() }
    }

    /// Appends an integer, or NULL.
    mutating func append(_ value: Int?) { append(value.map(Int64.init)) }

    /// Appends a flag as 1 or 0, as the schema's `BIGINT … CHECK (x IN (0, 1))` columns hold it.
    mutating func append(_ flag: Bool) { append(Int64(flag ? 1 : 0)) }

    /// Appends a day as `YYYY-MM-DD`, as the schema's date columns hold it.
    mutating func append(_ date: LocalDate) { append(date.iso) }

    /// Appends NULL.
    mutating func appendNull() {
        separate()
        bytes.append(contentsOf: [0x5C, 0x4E])
    }

    /// Ends the current row.
    mutating func endRow() {
        bytes.append(0x0A)
        rows += 1
        atRowStart = true
    }

    /// A tab before every value but a row's first.
    private mutating func separate() {
        if atRowStart { atRowStart = false } else { bytes.append(0x09) }
    }

    /// Whether a byte must be written as an escape.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x5C || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x00
    }
}
