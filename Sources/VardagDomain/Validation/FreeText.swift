import Foundation

/// The one rule for free text and names that every tool stores: what is normalised,
/// and which characters are refused.
///
/// Text may reach a write from a paste, the command line or another program, not only
/// from a text field (which already drops control characters as they are typed), so
/// every validation in the domain checks it here before the store keeps it. Refusing
/// rather than silently cleaning keeps what is stored equal to what the user saw: the
/// field says why, and the user decides what the text should be.
///
/// Refused everywhere: C0 and C1 control characters (ESC, BEL, DEL, CSI U+009B …) and
/// bidi controls (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM), which could make text
/// display as something else. A single-line field also refuses tab and line breaks
/// (LF, CR, U+2028, U+2029); a multi-line field keeps tab and LF, and stores CR LF,
/// a lone CR and U+2028/U+2029 as LF. Letters of any script, emoji (with their
/// joiners and variation selectors) and ordinary punctuation all pass.
public enum FreeText {
    /// Whether a field holds one line (names, titles, references) or several (notes, lessons).
    public enum Lines: Sendable, Hashable {
        case single
        case multiple
    }

    /// The text as it is stored: NFC-normalised, white space trimmed at both ends, and in
    /// a multi-line field every line break written as LF.
    /// - Parameters:
    ///   - text: the text as typed or given.
    ///   - lines: single or multi-line field.
    /// - Returns: the normalised text; control characters are left in for `hasForbiddenCharacters` to find.
    public static func normalize(_ text: String, lines: Lines = .single) -> String {
        var text = text
        if lines == .multiple, text.unicodeScalars.contains(where: isLineBreakToUnify) {
            var unified = String.UnicodeScalarView()
            var previousWasCR = false
            for scalar in text.unicodeScalars {
                defer { previousWasCR = scalar == "\r" }
                if scalar == "\n" && previousWasCR { continue }  // CR LF: the CR already became LF.
                unified.append(isLineBreakToUnify(scalar) ? "\n" : scalar)
            }
            text = String(unified)
        }
        return text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the text holds a character the field may not store (see the type's rule).
    /// - Parameters:
    ///   - text: the text, normalised or not.
    ///   - lines: single or multi-line field.
    /// - Returns: true when the text must be refused.
    public static func hasForbiddenCharacters(_ text: String, lines: Lines = .single) -> Bool {
        text.unicodeScalars.contains { isForbidden($0, lines: lines) }
    }

    /// Whether one character may not be stored in a field (see the type's rule).
    /// - Parameters:
    ///   - scalar: the character.
    ///   - lines: single or multi-line field.
    /// - Returns: true when forbidden.
    public static func isForbidden(_ scalar: Unicode.Scalar, lines: Lines = .single) -> Bool {
        if lines == .multiple && (scalar == "\n" || scalar == "\t") { return false }
        if scalar == "\u{2028}" || scalar == "\u{2029}" { return lines == .single }
        return scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
    }

    /// Whether a UTF-8 byte can begin a character `isForbidden` refuses: a byte below a
    /// space, DEL, or the lead byte of a C1 control (0xC2), of ALM (U+061C, 0xD8), or of
    /// the bidi controls and separators at U+200E-U+2069 (0xE2). Text with no such byte
    /// holds nothing forbidden, which lets bulk input skip the check per character.
    /// - Parameter byte: one UTF-8 byte.
    /// - Returns: false when no forbidden character can start here.
    @inlinable
    public static func mayBeginForbidden(utf8 byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
    }

    /// Checks a free-text field: normalised, then required (when asked), at most `max`
    /// characters, and no forbidden characters.
    /// - Parameters:
    ///   - text: the text as typed or given.
    ///   - required: whether empty (after trimming) is refused.
    ///   - max: the longest allowed, in characters, after normalising.
    ///   - lines: single or multi-line field.
    /// - Returns: the text to store, or the problem.
    public static func check(_ text: String, required: Bool, max: Int, lines: Lines = .single) -> Result<String, FreeTextProblem> {
        let clean = normalize(text, lines: lines)
        if clean.isEmpty { return required ? .failure(.required) : .success("") }
        if clean.count > max { return .failure(.tooLong(max: max)) }
        if hasForbiddenCharacters(clean, lines: lines) { return .failure(.controlCharacters) }
        return .success(clean)
    }

    /// CR, U+2028 and U+2029: line breaks a multi-line field stores as LF.
    private static func isLineBreakToUnify(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
