import TerminalKit
import VardagDomain

extension TodayScreen {
    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let inner = area.inset(top: 1, left: 2, bottom: 0, right: 2)
        let who = context.viewer.personName ?? context.viewer.login
        buffer.put(s.format("today.heading", who, context.today.iso), x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.title)
        let list = Self.listArea(area)
        let lines = TodayText.lines(sections, s)
        if lines.isEmpty {
            let text = context.viewer.personId == nil ? s.format("today.noPerson", context.viewer.login) : s["today.noRoles"]
            for (i, line) in TextLayout.wrap(text, width: max(1, list.width)).enumerated() where i < list.height {
                buffer.put(line, x: list.x, y: list.y + i, maxWidth: list.width, style: theme.normal)
            }
            return
        }
        let first = max(0, min(offset, max(0, lines.count - list.height)))
        for (row, line) in lines.dropFirst(first).prefix(list.height).enumerated() {
            let rect = Rect(x: list.x, y: list.y + row, width: list.width, height: 1)
            switch line {
            case .heading(let text):
                buffer.putPadded(text, in: rect, style: theme.header)
            case .item(let index, let text):
                let isSelected = index == selected
                buffer.putPadded((isSelected ? "> " : "  ") + text, in: rect, style: isSelected ? theme.selected : theme.normal)
            case .note(let text):
                buffer.putPadded("  " + text, in: rect, style: theme.dim)
            }
        }
        if first + list.height < lines.count {
            buffer.put("↓", x: list.maxX - 1, y: list.maxY - 1, style: theme.dim)
        }
    }
}
