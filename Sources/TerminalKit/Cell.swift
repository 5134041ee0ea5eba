/// One cell of the screen: a grapheme cluster and its style.
///
/// A wide character (width 2) sits in its first cell; the cell to its right holds
/// a continuation (`text` empty, `width` 0) so that columns stay aligned.
///
/// The grapheme is kept inline as up to 15 UTF-8 bytes rather than as a `String`, so a
/// cell is plain data: a 300x100 frame is filled, copied and compared without one
/// reference count. Every letter, mark and emoji a name holds fits; only a longer
/// cluster (a family emoji joined with ZWJ, a letter under a heap of combining marks)
/// is cut to the whole scalars that fit, which a terminal draws as its first part.
public struct Cell: Hashable, Sendable {
    /// UTF-8 bytes 0-7 of the grapheme.
    private var head: UInt64
    /// UTF-8 bytes 8-14 of the grapheme; byte 15 holds the byte count.
    private var tail: UInt64
    /// 1 for normal cells, 2 for the first cell of a wide character, 0 for its second.
    public var width: UInt8
    public var style: Style

    /// The most UTF-8 bytes a cell keeps of its grapheme.
    public static let maximumUTF8Count = 15

    public init(_ text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        (head, tail) = Self.pack(text.utf8)
        self.width = width
        self.style = style
    }

    public init(_ character: Character, width: UInt8 = 1, style: Style = .plain) {
        (head, tail) = Self.pack(character.utf8)
        self.width = width
        self.style = style
    }

    public init(_ scalar: Unicode.Scalar, width: UInt8 = 1, style: Style = .plain) {
        (head, tail) = Self.pack(UTF8.encode(scalar) ?? UTF8.encode("\u{FFFD}")!)
        self.width = width
        self.style = style
    }

    public static let blank = Cell()

    /// The right half of a wide character.
    public static func continuation(style: Style) -> Cell { Cell("", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }

    /// The grapheme drawn here; empty for the right half of a wide character.
    public var text: String {
        withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// How many UTF-8 bytes the grapheme takes.
    public var utf8Count: Int {
        withUnsafeBytes(of: tail) { Int($0[7]) }
    }

    /// Whether the grapheme is one printable ASCII character (most cells are).
    public var isPrintableASCII: Bool {
        utf8Count == 1 && (0x20..<0x7F).contains(head & 0xFF)
    }

    /// Calls `body` with the grapheme's UTF-8 bytes.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var bytes = (head, tail)
        let count = utf8Count
        return withUnsafeBytes(of: &bytes) { raw in
            body(UnsafeBufferPointer(start: raw.bindMemory(to: UInt8.self).baseAddress, count: count))
        }
    }

    /// Packs UTF-8 bytes into the two words: all of them when they fit, otherwise the
    /// whole scalars that fit, without a dangling zero-width joiner.
    private static func pack<Bytes: Sequence>(_ utf8: Bytes) -> (UInt64, UInt64) where Bytes.Element == UInt8 {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            var count = 0
            var lastScalarStart = 0
            for byte in utf8 {
                let startsScalar = byte & 0xC0 != 0x80
                if count == maximumUTF8Count {
                    // Too long: keep only the scalars that fit whole.
                    count = startsScalar ? count : lastScalarStart
                    break
                }
                if startsScalar { lastScalarStart = count }
                raw[count] = byte
                count += 1
            }
            // A cluster cut after a joiner would join to whatever is drawn next.
            if count >= 3, raw[count - 3] == 0xE2, raw[count - 2] == 0x80, raw[count - 1] == 0x8D { count -= 3 }
            for index in count..<maximumUTF8Count { raw[index] = 0 }
            raw[maximumUTF8Count] = UInt8(count)
        }
        return words
    }
}
