import Foundation

/// The text and caret of a one-line text field, edited by grapheme cluster.
///
/// The caret is an index in `Character`s, so "å" typed as a + combining ring, "漢"
/// and an emoji each move and delete as one unit. Text is kept NFC-normalised and
/// cleaned of control characters, so what is stored is what is shown.
public struct TextFieldState: Hashable, Sendable {
    /// The text, NFC-normalised.
    public private(set) var text: String
    /// The caret, as a number of characters from the start (0...text.count).
    public private(set) var cursor: Int
    /// The most characters the field accepts, or nil for no limit.
    public var maxLength: Int?

    /// - Parameters:
    ///   - text: the starting text (cleaned, and cut to `maxLength`).
    ///   - maxLength: the most characters the field accepts.
    public init(text: String = "", maxLength: Int? = nil) {
        self.text = ""
        self.cursor = 0
        self.maxLength = maxLength
        insert(text)
    }

    /// Replaces the text and puts the caret at its end.
    public mutating func setText(_ newText: String) {
        text = ""; cursor = 0
        insert(newText)
    }

    /// Handles editing keys: characters, ← → Home End Ctrl-A Ctrl-E, Backspace,
    /// Delete, Ctrl-U (clear), Ctrl-W (delete word before caret), Ctrl-K (delete to end).
    /// - Returns: true when the key was used; Enter, Tab, Esc and the like are not.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            insert(String(c))
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = text.count
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            remove(from: cursor - 1, to: cursor)
        case .delete:
            guard cursor < text.count else { return true }
            remove(from: cursor, to: cursor + 1)
        case .ctrl("u"):
            text = ""; cursor = 0
        case .ctrl("k"):
            remove(from: cursor, to: text.count)
        case .ctrl("w"):
            deleteWordBeforeCursor()
        default:
            return false
        }
        return true
    }

    /// Handles a key event or a paste; other events are not used.
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .key(let key): return handle(key)
        case .paste(let s): paste(s); return true
        default: return false
        }
    }

    /// Inserts pasted text at the caret, cleaned (newlines become spaces).
    public mutating func paste(_ pasted: String) {
        insert(pasted)
    }

    /// Inserts text at the caret, cleaned and NFC-normalised together with its
    /// neighbours (a combining mark joins the character before it), keeping to
    /// `maxLength`.
    public mutating func insert(_ newText: String) {
        let cleaned = TextSanitizer.clean(newText)
        guard !cleaned.isEmpty else { return }
        let split = text.index(text.startIndex, offsetBy: cursor)
        let before = String(text[..<split]), after = String(text[split...])
        var accepted = ""
        for ch in cleaned {
            let candidate = (before + accepted + String(ch) + after).precomposedStringWithCanonicalMapping
            if let maxLength, candidate.count > maxLength { break }
            accepted.append(ch)
        }
        guard !accepted.isEmpty else { return }
        let head = (before + accepted).precomposedStringWithCanonicalMapping
        text = (head + after).precomposedStringWithCanonicalMapping
        cursor = min(head.count, text.count)
    }

    /// Removes the characters in `start..<end` and puts the caret at `start`.
    private mutating func remove(from start: Int, to end: Int) {
        guard start < end else { return }
        let a = text.index(text.startIndex, offsetBy: start)
        let b = text.index(text.startIndex, offsetBy: end)
        text.removeSubrange(a..<b)
        // Removing a base character can leave a combining mark to join the text
        // before it; normalise again so the stored form stays NFC.
        text = text.precomposedStringWithCanonicalMapping
        cursor = min(start, text.count)
    }

    /// Deletes the spaces before the caret, then the word before them.
    private mutating func deleteWordBeforeCursor() {
        let chars = Array(text)
        var start = cursor
        while start > 0, chars[start - 1].isWhitespace { start -= 1 }
        while start > 0, !chars[start - 1].isWhitespace { start -= 1 }
        remove(from: start, to: cursor)
    }
}
