import Foundation

/// Makes text safe to show on a terminal and measurable by display width.
///
/// Text reaching the screen may come from anywhere (typed, pasted, imported, or
/// written into the database by another program), so every string the buffer draws
/// passes through here: NFC normalisation, and removal of C0/C1 control characters
/// and escape sequences, so no text can move the cursor, retitle the window or clear
/// the screen. Bidi controls (U+202A-U+202E, U+2066-U+2069, LRM, RLM, ALM) go too:
/// on a terminal that reorders bidi text they would let a name display as something
/// else (the "Trojan Source" trick), and Swedish text never needs them.
public enum TextSanitizer {
    /// The text NFC-normalised, with tabs and newlines turned into spaces and every
    /// other control character, escape sequence and bidi control removed.
    public static func clean(_ text: String) -> String {
        // Fast paths: plain printable ASCII, and Swedish text with the toolkit's own
        // symbols, need nothing (most of what a frame draws).
        if text.utf8.withContiguousStorageIfAvailable(isPrintableLatin1) == true { return text }
        if text.unicodeScalars.allSatisfy(isAlreadyClean) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let s = scalars.next() {
            switch s.value {
            case 0x09, 0x0A, 0x0D:
                out.append(" ")
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:  // C1 CSI: skip its parameters like an ESC [ sequence.
                skipCSI(&scalars)
            case 0x9D, 0x90, 0x9E, 0x9F:  // C1 OSC, DCS, PM, APC: skip to the terminator.
                skipString(&scalars)
            case 0..<0x20, 0x7F..<0xA0:
                continue
            case 0x2028, 0x2029:
                out.append(" ")
            case _ where s.properties.isBidiControl:
                continue
            default:
                out.append(s)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Whether UTF-8 bytes are printable ASCII and the letters U+00C0-U+00FF (å ä ö é ü,
    /// × ÷; two bytes each, led by 0xC3) only: most of what a frame draws, read byte by
    /// byte. Those are printable, one cell each, and NFC leaves them as they are next to
    /// anything that is not a combining mark (which has other bytes).
    static func isPrintableLatin1(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte >= 0x20 && byte < 0x7F {
                i += 1
            } else if byte == 0xC3, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 {
                i += 2
            } else {
                return false
            }
        }
        return true
    }

    /// Whether a scalar is printable and stays as it is under NFC whatever its
    /// neighbours: Latin-1 and Latin Extended letters (å ä ö é ü ...), general
    /// punctuation (dashes, quotes, bullet, ellipsis), arrows, box drawing, blocks and
    /// geometric shapes. None of these is a combining mark or a decomposition that NFC
    /// changes, so a string made only of them is already clean.
    static func isAlreadyClean(_ scalar: Unicode.Scalar) -> Bool {
        if DisplayWidth.isSimple(scalar) { return true }
        switch scalar.value {
        case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FF: return true
        default: return false
        }
    }

    /// Skips what follows an ESC: a CSI, an OSC/DCS string, or a two-byte sequence.
    private static func skipEscapeSequence(_ it: inout String.UnicodeScalarView.Iterator) {
        guard let next = it.next() else { return }
        switch next {
        case "[": skipCSI(&it)
        case "]", "P", "^", "_", "X": skipString(&it)
        case " "..."/":
            // nF sequences (ESC ( B selects a character set): intermediate bytes,
            // then one final byte, all of which go.
            while let s = it.next() {
                if !(0x20...0x2F).contains(s.value) { return }
            }
        default: return  // ESC + one character (ESC c, ESC 7, ...) is gone with it.
        }
    }

    /// Skips CSI parameters up to and including the final byte (0x40-0x7E).
    private static func skipCSI(_ it: inout String.UnicodeScalarView.Iterator) {
        while let s = it.next() {
            if s.value >= 0x40 && s.value <= 0x7E { return }
        }
    }

    /// Skips a control string up to BEL, ST (ESC \) or C1 ST.
    private static func skipString(_ it: inout String.UnicodeScalarView.Iterator) {
        while let s = it.next() {
            if s.value == 0x07 || s.value == 0x9C { return }
            if s.value == 0x1B { _ = it.next(); return }
        }
    }
}
