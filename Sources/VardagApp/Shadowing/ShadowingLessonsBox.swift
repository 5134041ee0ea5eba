import TerminalKit
import VardagDomain

/// The box over the Analys tab with the weekly summary of lärdomar as text: one week at a
/// time (←→ another week with lessons), its lessons wrapped to the width (↑↓ PgUp PgDn
/// scroll); Esc, Enter or `v` closes it.
struct ShadowingLessonsBox {
    let weeks: [WeeklyLessons]
    /// The week on show (an index into `weeks`).
    var index: Int
    /// How far the week's text is scrolled; render keeps it in range.
    var offset = 0

    /// Opens on the latest week with lessons.
    init(weeks: [WeeklyLessons]) {
        self.weeks = weeks
        index = max(0, weeks.count - 1)
    }

    /// Handles a key in the box.
    /// - Returns: false when the key closes it.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .escape, .enter, .char("v"): return false
        case .left, .char("h"): if index > 0 { index -= 1; offset = 0 }
        case .right, .char("l"): if index + 1 < weeks.count { index += 1; offset = 0 }
        case .up, .char("k"): offset = max(0, offset - 1)
        case .down, .char("j"): offset += 1
        case .pageUp: offset = max(0, offset - 10)
        case .pageDown: offset += 10
        case .home: offset = 0
        default: break
        }
        return true
    }

    /// The week's heading, e.g. "Vecka 47: 2026-11-16 – 2026-11-22".
    static func heading(_ week: IsoWeek, _ s: Strings) -> String {
        s.format("shadowing.lessons.heading", week.week, week.monday.iso, week.sunday.iso)
    }

    /// The week's text wrapped to `width`: each lesson's first line with its date and name,
    /// its further lines indented.
    func wrapped(width: Int, strings s: Strings) -> [String] {
        guard weeks.indices.contains(index) else { return [] }
        let week = weeks[index]
        return week.textLines(heading: Self.heading(week.week, s)).dropFirst().flatMap { line -> [String] in
            let parts = ShadowingText.wrap(line, width: width)
            return parts.prefix(1) + parts.dropFirst().flatMap { ShadowingText.wrap($0, width: width - 2).map { "  " + $0 } }
        }
    }

    /// Draws the box over `area`.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings, theme = context.theme
        let box = area.inset(top: 1, left: 1, bottom: 0, right: 1)
        buffer.fill(box)
        let title = weeks.indices.contains(index)
            ? s.format("shadowing.lessons.title", Self.heading(weeks[index].week, s), index + 1, weeks.count)
            : s["shadowing.lessons.titleEmpty"]
        buffer.box(box, title: title, style: theme.border, titleStyle: theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let (body, hint) = inner.splitBottom(1)
        let lines = wrapped(width: body.width, strings: s)
        if lines.isEmpty {
            buffer.put(s["shadowing.lessons.none"], x: body.x, y: body.y, maxWidth: body.width, style: theme.dim)
        }
        let start = max(0, min(offset, lines.count - body.height))
        for (n, line) in lines.dropFirst(start).prefix(body.height).enumerated() {
            buffer.put(line, x: body.x, y: body.y + n, maxWidth: body.width, style: line.hasPrefix(" ") ? .plain : theme.header)
        }
        buffer.put(s["shadowing.lessons.hint"], x: hint.x, y: hint.y, maxWidth: hint.width, style: theme.dim)
    }
}
