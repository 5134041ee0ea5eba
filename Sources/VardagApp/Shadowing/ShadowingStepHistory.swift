import TerminalKit
import VardagDomain

/// The box over the Deltagare tab with one participant's step history: every step she
/// reached with its date and the days she spent in it, her competence steps on the ladder
/// beside them by date ("Kompetenssteg 2"), then her leaving with its outcome.
/// Read-only; Esc, Enter or `v` closes it.
struct ShadowingStepHistory {
    let participant: ShadowingParticipant
    /// The lines, computed when the box opens (the current step runs to that day).
    let lines: [PathHistoryLine]

    init(participant: ShadowingParticipant, today: LocalDate) {
        self.participant = participant
        lines = participant.journey(today: today)
    }

    /// Whether a key closes the box.
    static func closes(_ key: Key) -> Bool { key == .escape || key == .enter || key == .char("v") }

    /// Draws the box over `area`.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings, theme = context.theme
        let height = min(area.height, max(6, lines.count + 5))
        let box = Rect(x: area.x + 2, y: area.y + 2, width: max(20, area.width - 4), height: min(height, area.height - 2))
        buffer.fill(box)
        buffer.box(box, title: s.format("shadowing.history.title", participant.name), style: theme.border, titleStyle: theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let stepWidth = max(DisplayWidth.of(s["shadowing.col.step"]),
                            (PathStep.allCases.map { DisplayWidth.of(ShadowingText.step($0, s)) }
                             + PathOutcome.allCases.map { DisplayWidth.of(s.format("shadowing.history.left", s["shadowing.outcomeShort.\($0.rawValue)"])) }).max() ?? 20)
        let dateX = inner.x + min(stepWidth + 2, max(0, inner.width - 24))
        var y = inner.y
        buffer.put(s["shadowing.col.step"], x: inner.x, y: y, maxWidth: dateX - inner.x - 1, style: theme.header)
        buffer.put(s["shadowing.col.date"], x: dateX, y: y, style: theme.header)
        buffer.put(s["shadowing.history.time"], x: dateX + 12, y: y, maxWidth: inner.maxX - dateX - 12, style: theme.header)
        y += 1
        if lines.isEmpty {
            buffer.put(s["shadowing.history.none"], x: inner.x, y: y, maxWidth: inner.width, style: theme.dim)
        }
        for line in lines.prefix(max(0, inner.maxY - y - 1)) {
            let name = line.ladderStep.map { s.format("servicebitrade.step", $0) } ?? line.step.map { ShadowingText.step($0, s) }
                ?? s.format("shadowing.history.left", line.outcome.map { s["shadowing.outcomeShort.\($0.rawValue)"] } ?? "")
            let style = line.isCurrent ? theme.title : Style.plain
            buffer.put(name, x: inner.x, y: y, maxWidth: dateX - inner.x - 1, style: style)
            buffer.put(line.date.iso, x: dateX, y: y, style: style)
            if let days = line.days {
                let text = s.format(line.isCurrent ? "shadowing.history.daysNow" : "shadowing.history.days", days)
                buffer.put(text, x: dateX + 12, y: y, maxWidth: inner.maxX - dateX - 12, style: line.isCurrent ? theme.title : theme.dim)
            }
            y += 1
        }
        buffer.put(s["shadowing.history.hint"], x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: theme.dim)
    }
}
