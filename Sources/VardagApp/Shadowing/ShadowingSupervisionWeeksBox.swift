import TerminalKit
import VardagDomain

/// The box with a skuggningsteam's supervision week by week: participants, handledare,
/// places, shortage and those without a handledare; a flagged week is marked with `!`
/// (↑↓ PgUp PgDn scroll; Esc, Enter or the key that opened it closes it).
struct ShadowingSupervisionWeeksBox {
    let weeks: [SupervisionWeek]
    /// The key that opened the box, which also closes it.
    let closeKey: Key
    /// The first week on show; render keeps it in range. Opens on the latest weeks.
    var offset: Int

    init(weeks: [SupervisionWeek], closeKey: Key) {
        self.weeks = weeks
        self.closeKey = closeKey
        offset = weeks.count
    }

    /// Handles a key in the box.
    /// - Returns: false when the key closes it.
    mutating func handle(_ key: Key) -> Bool {
        if key == closeKey { return false }
        switch key {
        case .escape, .enter: return false
        case .up, .char("k"): offset = max(0, min(offset, weeks.count) - 1)
        case .down, .char("j"): offset += 1
        case .pageUp: offset = max(0, min(offset, weeks.count) - 10)
        case .pageDown: offset += 10
        case .home: offset = 0
        case .end: offset = weeks.count
        default: break
        }
        return true
    }

    /// The column headings: week, participants, handledare, places, shortage, without handledare.
    static func headings(_ s: Strings) -> [String] {
        ["week", "participants", "supervisors", "places", "shortage", "without"].map { s["shadowing.supervisors.col.\($0)"] }
    }

    /// The header line and one line per week, in columns as wide as their headings; a
    /// flagged week starts with `!`.
    static func lines(_ weeks: [SupervisionWeek], _ s: Strings) -> [String] {
        let heads = headings(s)
        let widths = heads.map { max(DisplayWidth.of($0), 3) }
        func pad(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
        }
        func padRight(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        }
        func row(_ mark: String, _ week: String, _ values: [Int]) -> String {
            mark + " " + padRight(week, max(widths[0], 8))
                + values.enumerated().map { "  " + pad(String($0.element), widths[$0.offset + 1]) }.joined()
        }
        let header = "  " + padRight(heads[0], max(widths[0], 8))
            + heads.dropFirst().enumerated().map { "  " + pad($0.element, widths[$0.offset + 1]) }.joined()
        return [header] + weeks.map { w in
            row(w.isFlagged ? "!" : " ", w.week.description, [w.participants, w.supervisors, w.places, w.shortage, w.withoutSupervisor])
        }
    }

    /// Draws the box over `area`.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings, theme = context.theme
        let box = area.inset(top: 1, left: 1, bottom: 0, right: 1)
        // The margins too: the list below may reach the window's edges.
        buffer.fill(area.inset(top: 1))
        let flagged = weeks.filter(\.isFlagged).count
        buffer.box(box, title: s.format("shadowing.supervisors.weeksTitle", weeks.count, flagged), style: theme.border, titleStyle: theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let (body, hint) = inner.splitBottom(1)
        if weeks.isEmpty {
            buffer.put(s["shadowing.supervisors.noWeeks"], x: body.x, y: body.y, maxWidth: body.width, style: theme.dim)
        } else {
            let lines = Self.lines(weeks, s)
            buffer.put(lines[0], x: body.x, y: body.y, maxWidth: body.width, style: theme.header)
            let rows = max(1, body.height - 1)
            let start = max(0, min(offset, weeks.count - rows))
            for n in 0..<min(rows, weeks.count - start) {
                buffer.put(lines[start + n + 1], x: body.x, y: body.y + 1 + n, maxWidth: body.width,
                           style: weeks[start + n].isFlagged ? theme.warning : .plain)
            }
        }
        buffer.put(s["shadowing.supervisors.weeksHint"], x: hint.x, y: hint.y, maxWidth: hint.width, style: theme.dim)
    }
}
