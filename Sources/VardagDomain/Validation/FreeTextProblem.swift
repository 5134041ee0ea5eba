/// Why `FreeText.check` refused a text; each tool maps it to its own field error.
public enum FreeTextProblem: Error, Hashable, Sendable {
    /// Empty, or only white space, where text is required.
    case required
    /// Longer than the limit, in characters after normalising.
    case tooLong(max: Int)
    /// Holds a control character, an escape sequence, a bidi control, or a line break
    /// in a single-line field.
    case controlCharacters
}
