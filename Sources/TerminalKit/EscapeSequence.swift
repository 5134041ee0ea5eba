/// Reads the keys that terminals send as escape sequences, from the bytes after ESC.
///
/// ncurses only knows the sequences of the terminfo entry `TERM` names, but the same
/// key is sent differently by xterm, tmux/screen, rxvt, the Linux console, PuTTY and
/// Windows Terminal, and `TERM` is often the wrong one (`xterm-256color` inside tmux,
/// where Home is `ESC [ 1 ~`). What ncurses does not recognise reaches the app as
/// ESC followed by plain characters; this reader turns them into the key, or marks the
/// whole sequence as one the app does not know, so that no part of it is ever typed
/// as text or read as a digit or letter command.
///
/// The grammar is ECMA-48's: CSI (`ESC [`) parameter bytes 0x30–0x3F, intermediate
/// bytes 0x20–0x2F, one final byte 0x40–0x7E; SS3 (`ESC O`) with optional
/// parameters and one final byte. rxvt's `$` (Shift) is read as a final byte, the Linux
/// console's `ESC [ [ A`–`E` are F1–F5, and an X10 mouse report carries three more bytes.
/// Modifiers (Shift, Alt, Ctrl) are read past: Ctrl-Home is Home.
public enum EscapeSequence {
    /// What the bytes read so far after ESC amount to.
    public enum Reading: Equatable, Sendable {
        /// A whole sequence: this key.
        case key(Key)
        /// A whole sequence the app has no key for: drop all of it.
        case unknown
        /// The sequence goes on: read another byte.
        case incomplete
        /// The last byte cannot belong to the sequence (a control character, say): drop
        /// the bytes before it and read the last one again as input of its own.
        case brokenByLastByte
        /// The bytes after ESC do not start a sequence (ESC then text is Alt+text).
        case notASequence
    }

    /// The longest sequence read; a longer one is dropped as unknown.
    public static let maximumLength = 32

    /// Reads the bytes that followed ESC.
    /// - Parameter body: the code points after ESC, as read so far (at least one).
    /// - Returns: whether they make a key, an unknown sequence, or need more bytes.
    public static func read(_ body: [UInt32]) -> Reading {
        guard let introducer = body.first else { return .incomplete }
        switch introducer {
        case 0x5B: return readControlSequence(body)  // "["
        case 0x4F: return readSingleShift(body)  // "O"
        default: return .notASequence
        }
    }

    // MARK: - CSI

    private static func readControlSequence(_ body: [UInt32]) -> Reading {
        guard body.count > 1 else { return .incomplete }
        if body[1] == 0x5B {  // Linux console: ESC [ [ A..E are F1..F5.
            guard body.count > 2 else { return .incomplete }
            guard isSequenceByte(body[2]) else { return .brokenByLastByte }
            return (0x41...0x45).contains(body[2]) ? .key(.function(Int(body[2]) - 0x40)) : .unknown
        }
        var index = 1
        while index < body.count, (0x30...0x3F).contains(body[index]) { index += 1 }
        let parameters = body[1..<index]
        while index < body.count, (0x20...0x2F).contains(body[index]), body[index] != 0x24 { index += 1 }
        let hasIntermediates = index > 1 + parameters.count
        guard index < body.count else { return body.count > maximumLength ? .unknown : .incomplete }
        let final = body[index]
        guard final == 0x24 || (0x40...0x7E).contains(final) else {
            return isSequenceByte(final) ? .unknown : .brokenByLastByte
        }
        // An X10 mouse report (ESC [ M b x y) carries three bytes after its final byte.
        if final == 0x4D, parameters.isEmpty, !hasIntermediates {
            return body.count >= index + 4 ? .unknown : .incomplete
        }
        guard index == body.count - 1, !hasIntermediates else { return .unknown }
        return controlSequenceKey(parameters: Array(parameters), final: final).map { .key($0) } ?? .unknown
    }

    /// The key of a whole CSI sequence, or nil for one the app has no key for.
    private static func controlSequenceKey(parameters: [UInt32], final: UInt32) -> Key? {
        let numbers = numbers(in: parameters)
        if parameters.first.map({ (0x3C...0x3F).contains($0) }) == true { return nil }  // private: mouse, replies
        switch final {
        case 0x41: return .up  // A
        case 0x42: return .down  // B
        case 0x43: return .right  // C
        case 0x44: return .left  // D
        case 0x48: return .home  // H
        case 0x46: return .end  // F
        case 0x5A: return .backTab  // Z
        case 0x50, 0x51, 0x52, 0x53:  // P Q R S: F1–F4 with modifiers (ESC [ 1 ; 5 P)
            return numbers.first == 1 ? .function(Int(final) - 0x4F) : nil
        case 0x7E, 0x5E, 0x40, 0x24:  // ~, and rxvt's ^ (Ctrl), @ (Ctrl-Shift), $ (Shift)
            return numbers.first.flatMap(tildeKey)
        default: return nil
        }
    }

    /// The key of `ESC [ n ~` (VT220, tmux/screen, PuTTY, the Linux console, rxvt).
    private static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(number - 10)
        case 17...21: return .function(number - 11)
        case 23...26: return .function(number - 12)
        case 28, 29: return .function(number - 13)
        case 31...34: return .function(number - 14)
        default: return nil  // 200/201 (paste brackets), 27 (modifyOtherKeys), ...
        }
    }

    // MARK: - SS3

    private static func readSingleShift(_ body: [UInt32]) -> Reading {
        var index = 1
        while index < body.count, (0x30...0x3F).contains(body[index]) { index += 1 }
        guard index < body.count else { return body.count > maximumLength ? .unknown : .incomplete }
        let final = body[index]
        guard (0x40...0x7E).contains(final) else { return isSequenceByte(final) ? .unknown : .brokenByLastByte }
        guard index == body.count - 1 else { return .unknown }
        return singleShiftKey(final).map { .key($0) } ?? .unknown
    }

    /// The key of `ESC O x`: cursor keys and F1–F4 in application mode, and the
    /// numeric keypad in application mode (its digits are digits).
    private static func singleShiftKey(_ final: UInt32) -> Key? {
        switch final {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x50...0x53: return .function(Int(final) - 0x4F)  // P Q R S
        case 0x4D: return .enter  // keypad Enter
        case 0x70...0x79: return .char(Character(Unicode.Scalar(UInt8(final - 0x70 + 0x30))))  // keypad 0–9
        case 0x6A: return .char("*")
        case 0x6B: return .char("+")
        case 0x6C: return .char(",")
        case 0x6D: return .char("-")
        case 0x6E: return .char(".")
        case 0x6F: return .char("/")
        case 0x58: return .char("=")
        default: return nil  // ESC O E (keypad 5 without NumLock), ...
        }
    }

    // MARK: - Helpers

    /// Whether a byte can be inside an escape sequence at all (printable ASCII).
    private static func isSequenceByte(_ code: UInt32) -> Bool {
        (0x20...0x7E).contains(code)
    }

    /// The numbers in a parameter string such as "1;5": [1, 5]; an empty field is 1 (ECMA-48's default).
    private static func numbers(in parameters: [UInt32]) -> [Int] {
        guard !parameters.isEmpty else { return [] }
        return parameters.split(separator: 0x3B, omittingEmptySubsequences: false).map { field in
            field.isEmpty ? 1 : field.reduce(0) { total, digit in
                (0x30...0x39).contains(digit) ? min(total * 10 + Int(digit - 0x30), 100_000) : total
            }
        }
    }
}
