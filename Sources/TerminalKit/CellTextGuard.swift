/// The last check before a backend sends a cell's text to a real terminal.
///
/// `Buffer.put` already cleans text with `TextSanitizer`, but a cell can also be set
/// directly (`buffer[x, y] = Cell(...)`, `fill(_:with:)`), so a backend that writes
/// bytes to a terminal passes every cell's text through here: a cell that would send
/// a control character is drawn as U+FFFD instead, and no cell can ever emit an escape
/// sequence, whatever a widget put into it.
public enum CellTextGuard {
    /// What a cell with unsafe text is drawn as.
    public static let replacement = "\u{FFFD}"

    /// The text a backend may send for a cell: the cell's own text when all of it is
    /// printable, a space for an empty cell, otherwise `replacement`.
    /// - Parameter text: the cell's text (one grapheme, normally).
    /// - Returns: text with no control or bidi-control scalar in it.
    public static func drawable(_ text: String) -> String {
        if text.isEmpty { return " " }
        return text.unicodeScalars.contains(where: isUnsafe) ? replacement : text
    }

    /// Whether a scalar must never reach a terminal as cell text: C0 controls, DEL,
    /// C1 controls (U+0080-U+009F, which 8-bit terminals read as ESC sequences), line
    /// and paragraph separators, and bidi controls (which let text reorder itself on
    /// terminals that do bidi).
    /// - Parameter scalar: one Unicode scalar.
    /// - Returns: true when the scalar is unsafe to send.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: return true
        case 0..<0x80: return false
        default: return scalar.properties.isBidiControl
        }
    }
}
