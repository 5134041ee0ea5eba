import Foundation
import TerminalKit
import VardagDomain

/// The box over the Hypoteser tab with one hypothesis in full: its statement, status and
/// review date, its conclusion, and its history (notes and status changes, oldest first,
/// each with when and who). ↑↓ and PgUp/PgDn scroll, `o` adds a note, Esc, Enter or `v` closes.
struct ShadowingHypothesisDetail {
    /// What a key in the box does.
    enum Action: Equatable {
        case close
        case note
        /// Scroll by this many lines.
        case scroll(Int)
    }

    /// The hypothesis shown (by id; the tab reads it again after each change).
    let hypothesisId: Int64
    /// The first history line on show.
    var offset = 0

    /// The box's keys.
    static func action(for key: Key) -> Action? {
        switch key {
        case .escape, .enter, .char("v"): return .close
        case .char("o"): return .note
        case .up, .char("k"): return .scroll(-1)
        case .down, .char("j"): return .scroll(1)
        case .pageUp: return .scroll(-10)
        case .pageDown: return .scroll(10)
        default: return nil
        }
    }

    /// The box over `area`, leaving two columns and one row of the tab around it.
    static func box(in area: Rect) -> Rect {
        Rect(x: area.x + 2, y: area.y + 1, width: max(20, area.width - 4), height: max(6, area.height - 2))
    }

    /// The rows of text the history takes at `width`, with their styles.
    static func historyLines(_ events: [HypothesisEvent], width: Int, context: AppContext) -> [(text: String, style: Style)] {
        let s = context.strings, theme = context.theme
        var lines: [(text: String, style: Style)] = []
        for event in events {
            let head = "\(AuditScreen.localTime(event.at).prefix(16))  \(event.writtenBy)"
            switch event.kind {
            case .status:
                let to = event.newStatus.map { ShadowingText.status($0, s) } ?? ""
                let what = event.oldStatus.map { s.format("shadowing.detail.statusChange", ShadowingText.status($0, s), to) }
                    ?? s.format("shadowing.detail.created", to)
                lines.append((TextLayout.truncate("\(head)  \(what)", to: width), theme.header))
                if event.closes, !event.text.isEmpty {
                    for line in TextLayout.wrap(s.format("shadowing.detail.conclusionLine", event.text), width: width - 4) {
                        lines.append(("    " + line, .plain))
                    }
                }
            case .note:
                lines.append((TextLayout.truncate("\(head)  \(s["shadowing.detail.note"])", to: width), theme.dim))
                for line in TextLayout.wrap(event.text, width: width - 4) { lines.append(("    " + line, .plain)) }
            }
        }
        return lines
    }

    /// Draws the box over `area`.
    func render(_ h: Hypothesis, events: [HypothesisEvent], into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings, theme = context.theme
        let box = Self.box(in: area)
        // The rows the box covers are cleared edge to edge: no column of the list shows beside it.
        buffer.fill(Rect(x: area.x, y: box.y, width: area.width, height: box.height))
        buffer.box(box, title: s.format("shadowing.detail.title", ShadowingText.status(h.status, s)), style: theme.border, titleStyle: theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard inner.width > 0, inner.height > 2 else { return }
        var y = inner.y
        let bottom = inner.maxY - 1  // the hint's row
        func put(_ text: String, _ style: Style) {
            guard y < bottom else { return }
            buffer.put(text, x: inner.x, y: y, maxWidth: inner.width, style: style)
            y += 1
        }
        for line in TextLayout.wrap(h.statement, width: inner.width).prefix(3) { put(line, theme.title) }
        put(s.format("shadowing.detail.facts", ShadowingText.status(h.status, s), h.reviewDate.iso, h.linkedEntryIds.count), theme.dim)
        if let conclusion = h.conclusion {
            for line in TextLayout.wrap(s.format("shadowing.hyp.conclusion", conclusion), width: inner.width).prefix(3) { put(line, .plain) }
        }
        y += y < bottom ? 1 : 0
        let history = Self.historyLines(events, width: inner.width, context: context)
        let room = max(0, bottom - y - 1)
        let first = max(0, min(offset, history.count - room))
        put(s.format("shadowing.detail.history", events.filter { $0.kind == .note }.count,
                     events.filter { $0.kind == .status }.count), theme.header)
        if history.isEmpty { put(s["shadowing.detail.none"], theme.dim) }
        for line in history.dropFirst(first).prefix(room) { put(line.text, line.style) }
        let more = history.count > room ? " " + s.format("shadowing.detail.more", first + 1, min(history.count, first + room), history.count) : ""
        buffer.put(s["shadowing.detail.hint"] + more, x: inner.x, y: bottom, maxWidth: inner.width, style: theme.dim)
    }
}
