import CNcursesw
import TerminalKit

/// Maps what `wget_wch` returns to toolkit keys.
///
/// Pure functions, so the mapping can be read in one place; the ESC-prefix (Alt)
/// logic, which needs a second read, lives in `CursesInputDecoder`.
enum CursesKeys {
    /// The key for a curses key code (`wget_wch` answered `KEY_CODE_YES`), or nil
    /// for codes the app has no use for (mouse, shifted variants, ...).
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case vd_key_f(1)...vd_key_f(63): return .function(Int(code - vd_key_f(0)))
        default: return nil
        }
    }

    /// The key for a character code (`wget_wch` answered `OK`), other than ESC.
    /// Control codes become Enter/Tab/Backspace or `.ctrl(letter)`; printable
    /// scalars become `.char`. Returns nil for codes with no meaning here.
    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0..<32, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// What ESC followed at once by `code` means.
    ///
    /// Terminals send Alt+x as ESC x. An ASCII printable becomes `.alt`; anything
    /// else that is text (å ä ö, which some terminals send ESC-prefixed when Option or
    /// AltGr acts as Meta) stays text, so a Swedish user can always type it.
    static func altKey(forCharacter code: UInt32) -> Key? {
        switch code {
        case 0x21...0x7E: return .alt(Character(Unicode.Scalar(UInt8(code))))
        default: return key(forCharacter: code)
        }
    }
}
