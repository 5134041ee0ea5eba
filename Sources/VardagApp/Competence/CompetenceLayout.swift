import TerminalKit
import VardagDomain

/// The rows every Kompetenstrappa tab shares: the host's tab bar, an info line, the body.
enum CompetenceLayout {
    /// Tab bar (drawn by the host), info line, body.
    static func split(_ area: Rect) -> (tabs: Rect, info: Rect, body: Rect) {
        let (tabs, rest) = area.splitTop(1)
        let (info, body) = rest.inset(top: 1).splitTop(1)
        return (tabs, info, body.inset(top: 1, left: 1, right: 1))
    }

    /// The body of the window the screen has now (for page sizes).
    static func body(_ context: AppContext) -> Rect { split(context.screenArea).body }

    /// Draws the info line and returns the body.
    static func renderInfo(_ text: String, into buffer: inout Buffer, area: Rect, context: AppContext) -> Rect {
        let parts = split(area)
        buffer.put(text, x: parts.info.x + 1, y: parts.info.y, maxWidth: parts.info.width - 2, style: context.theme.dim)
        return parts.body
    }

    /// u and U: the next and previous unit, on the tabs that show one unit.
    static func unitKeys<Message: Sendable>(_ s: Strings, step: (_ forward: Bool) -> Message) -> [KeyBinding<Message>] {
        [
            KeyBinding([.char("u")], s["competence.key.nextUnit"], step(true), label: "u", hint: true),
            KeyBinding([.char("U")], s["competence.key.previousUnit"], step(false), label: "U"),
        ]
    }

    /// The last day of the quarter after today's: a plan's default target date.
    static func endOfNextQuarter(_ today: LocalDate) -> LocalDate {
        let next = Quarter(today).next
        let month = next.number * 3
        // The last day of a month of a valid year always exists; today is only a fallback.
        return (try? LocalDate(year: next.year, month: month, day: LocalDate.daysInMonth(year: next.year, month: month))) ?? today
    }
}
