/// A key press, as the toolkit sees it regardless of backend.
public enum Key: Hashable, Sendable {
    /// A printable character (letters including å ä ö, digits, punctuation, space).
    case char(Character)
    /// Ctrl plus a letter, lower-case: `.ctrl("c")`.
    case ctrl(Character)
    /// Alt (Meta) plus a character, when it is not text (see `Terminal`).
    case alt(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)

    /// A short, language-neutral label for help texts: "↑", "Enter", "Ctrl-S", "F2", "a".
    /// Apps that want words in their own language pass `label:` to `KeyBinding`.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .alt(let c): return "Alt-\(c)"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        }
    }
}

/// Something the application loop reacts to.
public enum Event: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size; the new size is given.
    case resize(Size)
    /// Text arrived in one piece (a paste, or a multi-scalar grapheme).
    case paste(String)
    /// A termination signal arrived (SIGINT, SIGTERM, SIGHUP): the loop must end.
    case signal(Int32)
}
