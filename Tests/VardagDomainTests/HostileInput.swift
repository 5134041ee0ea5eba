/// Text that would misbehave on a terminal or in an export if it were stored, and
/// ordinary Swedish text that must always pass: the fixtures of `ControlCharacterTests`.
enum HostileInput {
    /// Each refused in every field, single or multi-line: C0 and C1 controls, escape
    /// sequences (window title, clear screen, cursor home, character set, reset, DCS),
    /// DEL, NUL, and bidi controls.
    static let alwaysRefused = [
        "\u{1b}]0;pwned\u{7}", "\u{1b}[2J", "\u{1b}[H", "\u{1b}(0", "\u{1b}c", "\u{1b}P1$r\u{1b}\\",
        "\u{9b}2J", "\u{9d}2;title\u{9c}", "\u{85}", "\u{8d}", "\u{7}", "\u{8}", "\u{7f}", "\u{0}",
        "\u{202e}", "\u{2066}", "\u{200f}",
    ]

    /// Refused in a single-line field only; a multi-line field keeps them (CR and the
    /// Unicode line and paragraph separators stored as LF).
    static let lineBreaks = ["\n", "\t", "\r", "\r\n", "\u{2028}", "\u{2029}"]

    /// Every fragment inside ordinary words, so trimming at the ends cannot hide it.
    static func embedded(_ fragments: [String]) -> [String] {
        fragments.map { "Åsa" + $0 + "Öberg" }
    }

    /// Ordinary text with å ä ö, other Latin letters, punctuation and emoji (one with
    /// zero-width joiners, one with a variation selector): all must be stored as they are.
    static let ordinary = [
        "Åsa Öberg-Ärlig", "Kvällsmat på äldreboendet 🍲", "Familjen 👩‍👩‍👧 och hunden 🐕‍🦺",
        "Ändrad ✔︎ – 25 % (”klart”)", "Zoë Ünal, Gävle", "ÅÄÖ åäö ÉÜ",
    ]
}
