import TerminalKit
import TestSupport

/// Random input for the monkey test: keys a person could press, pastes, and resizes.
struct MonkeyEvents {
    private static let printable: [Character] = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
    private static let swedish: [Character] = ["å", "ä", "ö", "Å", "Ä", "Ö", "é", "É", "ü"]
    private static let special: [Key] = [
        .enter, .escape, .tab, .backTab, .backspace, .delete, .insert,
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
    ]
    private static let pastes = [
        "Åsa Öberg", "2026-11-23", "2026-W48", "12", "-5", "9999999999999999999999", "",
        String(repeating: "lång text ", count: 40), "a;b;c\r\nd;e;f", "\u{1b}]0;pwned\u{7}", "\u{1b}[2J",
        "\u{85}\u{9b}31m", "\u{202e}vänd", "e\u{301}", "👍🏽", "漢字", "0", "1.5", "1,5", "abc\tdef",
    ]

    private static let commonSizes = [
        Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 120, height: 40),
        Size(width: 79, height: 24), Size(width: 80, height: 23), Size(width: 20, height: 5),
    ]

    var random: ReplayableRandom

    /// The next event: mostly single keys, some pastes and resizes (20x5 to 300x100).
    mutating func next() -> Event {
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<40: return .key(.char(Self.printable.randomElement(using: &random)!))
        case 40..<48: return .key(.char(Self.swedish.randomElement(using: &random)!))
        case 48..<78: return .key(Self.special.randomElement(using: &random)!)
        case 78..<84:
            let letter = Character(Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &random)))
            return .key(.ctrl(letter))
        case 84..<87: return .key(.alt(Self.printable.randomElement(using: &random)!))
        case 87..<92: return .key(.function(Int.random(in: 1...12, using: &random)))
        case 92..<97: return .paste(Self.pastes.randomElement(using: &random)!)
        default:
            // A third anywhere from 20x5 to 300x100; the rest at the sizes people use,
            // which keeps a debug run's drawing time sane.
            if Bool.random(using: &random) || Bool.random(using: &random) {
                return .resize(Self.commonSizes.randomElement(using: &random)!)
            }
            return .resize(Size(
                width: Int.random(in: 20...300, using: &random), height: Int.random(in: 5...100, using: &random)))
        }
    }
}
