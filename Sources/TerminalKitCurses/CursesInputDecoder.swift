import CNcursesw
import Foundation
import TerminalKit

/// One unit from `wget_wch`: a character, or a curses key code (`KEY_CODE_YES`).
enum CursesInput: Equatable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
}

/// Turns the units `wget_wch` returns into events: Alt keys sent as ESC + character,
/// escape sequences the terminfo entry does not have, characters with combining marks.
///
/// It touches no terminal: the units come from a `Source`, which `CursesTerminal`
/// answers from curses and a test from a script, so every path can be tested.
/// `KEY_RESIZE` is left to the terminal, which knows the new size.
struct CursesInputDecoder {
    /// Reads one unit, waiting at most this many milliseconds (0: only input that has
    /// already arrived); nil when nothing came.
    typealias Source = (_ timeoutMilliseconds: Int) -> CursesInput?

    /// How long a started escape sequence (ESC [ ...) waits for its next byte.
    static let sequenceContinuationMilliseconds = 50

    /// Input read ahead while looking for an Alt key or a grapheme's combining marks.
    private var pushback: [CursesInput] = []

    /// The next unit: one read ahead first, else one from `source`.
    mutating func read(timeout: Int, from source: Source) -> CursesInput? {
        if !pushback.isEmpty { return pushback.removeFirst() }
        return source(timeout)
    }

    /// The event `unit` starts, reading the units that belong to it (the rest of an
    /// escape sequence, combining marks) from `source`.
    /// - Returns: the event, or nil for input the app has no use for.
    mutating func decode(_ unit: CursesInput, from source: Source) -> Event? {
        switch unit {
        case .keyCode(let code):
            return CursesKeys.key(forKeyCode: code).map { .key($0) }
        case .character(27):
            return decodeEscape(from: source)
        case .character(let code):
            guard let key = CursesKeys.key(forCharacter: code) else { return nil }
            return .key(completeGrapheme(key, from: source))
        }
    }

    /// ESC alone is Escape; ESC with a character already waiting is Alt+character
    /// (or just the text, for non-ASCII letters such as å ä ö).
    private mutating func decodeEscape(from source: Source) -> Event? {
        guard let next = read(timeout: 0, from: source) else { return .key(.escape) }
        switch next {
        case .character(27):
            // PuTTY and rxvt send Alt with a special key as ESC + its sequence: the key itself.
            if let third = read(timeout: 0, from: source) {
                if case .character(let code) = third, EscapeSequence.read([code]) != .notASequence {
                    return readSequence(introducer: code, from: source)
                }
                pushback.insert(third, at: 0)
            }
            pushback.insert(next, at: 0)
            return .key(.escape)
        case .keyCode(KEY_RESIZE):
            pushback.insert(next, at: 0)
            return .key(.escape)
        case .keyCode(let code):
            // Alt with a special key (Alt-Up ...): the key itself.
            return .key(CursesKeys.key(forKeyCode: code) ?? .escape)
        case .character(let code) where EscapeSequence.read([code]) != .notASequence:
            return readSequence(introducer: code, from: source)
        case .character(let code):
            guard let key = CursesKeys.altKey(forCharacter: code) else { return .key(.escape) }
            return .key(completeGrapheme(key, from: source))
        }
    }

    /// Reads the rest of an escape sequence that ncurses did not recognise (its
    /// terminfo entry does not have it) and returns its key, or nil to drop it whole.
    ///
    /// ESC `[` or ESC `O` with nothing after it is Alt-[ or Alt-O. The bytes of one
    /// key arrive together; over ssh they may be split, so a continuation byte is
    /// awaited for a short while before an unfinished sequence is dropped.
    private mutating func readSequence(introducer: UInt32, from source: Source) -> Event? {
        var body = [introducer]
        while true {
            switch EscapeSequence.read(body) {
            case .key(let key):
                return .key(key)
            case .unknown, .notASequence:
                return nil
            case .brokenByLastByte:
                pushback.insert(.character(body.removeLast()), at: 0)
                return nil
            case .incomplete:
                let next = read(timeout: Self.sequenceContinuationMilliseconds, from: source)
                guard case .character(let code)? = next else {
                    if let next { pushback.insert(next, at: 0) }  // a curses key code: its own input
                    return body.count == 1 ? CursesKeys.altKey(forCharacter: introducer).map { .key($0) } : nil
                }
                body.append(code)
            }
        }
    }

    /// For a text key, appends the combining marks (and other grapheme extenders)
    /// that arrived with it and NFC-normalises, so "a" + U+030A comes out as one "å".
    private mutating func completeGrapheme(_ key: Key, from source: Source) -> Key {
        guard case .char(let first) = key else { return key }
        var text = String(first)
        while let next = read(timeout: 0, from: source) {
            if case .character(let code) = next, code >= 0x20, let scalar = Unicode.Scalar(code) {
                var longer = text
                longer.unicodeScalars.append(scalar)
                if longer.count == 1 {
                    text = longer
                    continue
                }
            }
            pushback.insert(next, at: 0)  // It was read first, so it goes back first.
            break
        }
        let normalized = text.precomposedStringWithCanonicalMapping
        return .char(normalized.first ?? first)
    }
}
