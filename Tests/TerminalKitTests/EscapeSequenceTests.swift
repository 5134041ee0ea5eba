import TerminalKit
import XCTest

/// The escape-sequence reader: what each terminal sends for a key is read as that key,
/// and a sequence the app does not know is dropped whole.
final class EscapeSequenceTests: XCTestCase {
    /// Feeds the bytes after ESC one at a time, as the terminal loop does, and returns
    /// the first reading that is not `.incomplete` (or `.incomplete` at the end).
    private func read(_ afterEscape: String) -> EscapeSequence.Reading {
        var body: [UInt32] = []
        for scalar in afterEscape.unicodeScalars {
            body.append(scalar.value)
            let reading = EscapeSequence.read(body)
            if reading != .incomplete { return reading }
        }
        return .incomplete
    }

    /// Key sequences of xterm, tmux/screen, rxvt, the Linux console, PuTTY and Windows Terminal.
    func testEveryTerminalsSequencesAreReadAsTheirKeys() {
        let table: [(String, Key, String)] = [
            // Home and End: tmux/screen, PuTTY, Linux console (1~ 4~), rxvt (7~ 8~), xterm (H F, OH OF).
            ("[1~", .home, "tmux/screen/PuTTY/linux Home"), ("[4~", .end, "tmux/screen/PuTTY/linux End"),
            ("[7~", .home, "rxvt Home"), ("[8~", .end, "rxvt End"),
            ("[H", .home, "xterm Home"), ("[F", .end, "xterm End"),
            ("OH", .home, "xterm application Home"), ("OF", .end, "xterm application End"),
            ("[1;5H", .home, "xterm Ctrl-Home"), ("[1;2F", .end, "xterm Shift-End"),
            ("[1;5~", .home, "Ctrl-Home, tilde form"), ("[7^", .home, "rxvt Ctrl-Home"), ("[8$", .end, "rxvt Shift-End"),
            // Insert, Delete, PgUp, PgDn.
            ("[2~", .insert, "Insert"), ("[3~", .delete, "Delete"), ("[3;5~", .delete, "Ctrl-Delete"),
            ("[5~", .pageUp, "PgUp"), ("[6~", .pageDown, "PgDn"), ("[5;3~", .pageUp, "Alt-PgUp"),
            ("[6^", .pageDown, "rxvt Ctrl-PgDn"), ("[2$", .insert, "rxvt Shift-Insert"), ("[3@", .delete, "rxvt Ctrl-Shift-Delete"),
            // Arrows, plain, application mode and with modifiers.
            ("[A", .up, "Up"), ("[B", .down, "Down"), ("[C", .right, "Right"), ("[D", .left, "Left"),
            ("OA", .up, "application Up"), ("OD", .left, "application Left"),
            ("[1;5A", .up, "Ctrl-Up"), ("[1;3B", .down, "Alt-Down"), ("[1;2C", .right, "Shift-Right"),
            ("[Z", .backTab, "Shift-Tab"),
            // F1–F12: xterm (OP..OS, 15~..24~), modified, VT220/PuTTY (11~..14~), Linux console ([[A..[[E).
            ("OP", .function(1), "xterm F1"), ("OQ", .function(2), "xterm F2"),
            ("OR", .function(3), "xterm F3"), ("OS", .function(4), "xterm F4"),
            ("[1;2P", .function(1), "xterm Shift-F1"), ("[1;5S", .function(4), "xterm Ctrl-F4"),
            ("O5P", .function(1), "old xterm Ctrl-F1"),
            ("[11~", .function(1), "PuTTY/rxvt F1"), ("[12~", .function(2), "PuTTY F2"),
            ("[13~", .function(3), "PuTTY F3"), ("[14~", .function(4), "PuTTY F4"),
            ("[15~", .function(5), "F5"), ("[17~", .function(6), "F6"), ("[18~", .function(7), "F7"),
            ("[19~", .function(8), "F8"), ("[20~", .function(9), "F9"), ("[21~", .function(10), "F10"),
            ("[23~", .function(11), "F11"), ("[24~", .function(12), "F12"), ("[24;5~", .function(12), "Ctrl-F12"),
            ("[[A", .function(1), "linux F1"), ("[[E", .function(5), "linux F5"),
            // The numeric keypad in application mode: its keys are what is printed on them.
            ("OM", .enter, "keypad Enter"), ("Op", .char("0"), "keypad 0"), ("Oy", .char("9"), "keypad 9"),
            ("Ok", .char("+"), "keypad +"), ("Om", .char("-"), "keypad -"),
        ]
        for (sequence, key, terminal) in table {
            XCTAssertEqual(read(sequence), .key(key), "ESC \(sequence) (\(terminal))")
        }
    }

    func testUnknownSequencesAreDroppedWholeNeverTyped() {
        let unknown = [
            "[200~", "[201~",  // bracketed paste markers
            "[27;5;13~",  // xterm modifyOtherKeys Ctrl-Enter
            "[99~", "[9~", "[E", "OE", "[G",  // keypad 5 and numbers no key has
            "[I", "[O",  // focus in / out
            "[<0;12;5M", "[<0;12;5m",  // SGR mouse
            "[?1;2c", "[12;40R",  // terminal replies
            "[13;5u", "[1 q",  // kitty keys, a sequence with an intermediate byte
            "[[Z",
        ]
        for sequence in unknown {
            XCTAssertEqual(read(sequence), .unknown, "ESC \(sequence)")
        }
        XCTAssertEqual(read("[M !!"), .unknown, "X10 mouse report, three bytes after M")
        XCTAssertEqual(read("[M !"), .incomplete, "X10 mouse report waits for its three bytes")
    }

    func testUnfinishedSequencesAskForMoreAndTextIsNoSequence() {
        for partial in ["[", "[1", "[1;5", "O", "O5", "[["] {
            XCTAssertEqual(read(partial), .incomplete, "ESC \(partial)")
        }
        XCTAssertEqual(EscapeSequence.read([0x61]), .notASequence, "ESC a is Alt-a")
        XCTAssertEqual(EscapeSequence.read([0xE5]), .notASequence, "ESC å is Alt-å (text), not a sequence")
        XCTAssertEqual(read(String(repeating: "1", count: 40)), .notASequence)
        XCTAssertEqual(read("[" + String(repeating: "1", count: 40)), .unknown, "an endless sequence is cut and dropped")
    }

    func testAControlCharacterBreaksASequenceAndIsKept() {
        XCTAssertEqual(EscapeSequence.read([0x5B, 0x31, 0x0D]), .brokenByLastByte, "ESC [ 1 Enter")
        XCTAssertEqual(EscapeSequence.read([0x4F, 0x09]), .brokenByLastByte, "ESC O Tab")
        XCTAssertEqual(EscapeSequence.read([0x5B, 0x5B, 0x1B]), .brokenByLastByte, "ESC [ [ ESC")
    }
}
