import TerminalKit
import VardagDomain

/// Drawing the day-entry form: a pure function of its state.
extension ShadowingEntryEditor {
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings, theme = context.theme
        let box = area
        buffer.fill(box)
        buffer.box(box, title: s.format(editing ? "shadowing.entry.titleEdit" : "shadowing.entry.title", participant.name),
                   style: theme.border, titleStyle: theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let labelWidth = 14
        let fieldX = inner.x + labelWidth
        var field = TextField()
        field.focusedStyle = theme.focusedField
        var y = inner.y
        var cursor: Point?
        func label(_ key: String, _ f: Focus) {
            buffer.put(s[key], x: inner.x, y: y, maxWidth: labelWidth - 1, style: focus == f ? theme.title : .plain)
        }
        // Date
        label("shadowing.entry.date", .date)
        field.render(into: &buffer, area: Rect(x: fieldX, y: y, width: 12, height: 1), state: date, focused: focus == .date)
        if focus == .date { cursor = buffer.cursor }
        if let message = dateMessage ?? dateProblem.map({ ShadowingText.problem($0, s) }) {
            buffer.put(message, x: fieldX + 13, y: y, maxWidth: inner.maxX - fieldX - 13, style: theme.error)
        }
        y += 1
        // Role
        label("shadowing.entry.role", .role)
        let roleText = "< \(ShadowingText.role(role, s)) >"
        let roleWidth = buffer.put(roleText, x: fieldX, y: y, style: focus == .role ? theme.focusedField : Style(underline: true))
        if focus == .role { cursor = Point(x: fieldX, y: y) }
        // The person shadowed, on the same row: ←→ through the host team's staff.
        let staffX = fieldX + roleWidth + 2
        if staffX < inner.maxX {
            let staffText = "< \(staffName ?? s["shadowing.entry.noStaff"]) >"
            buffer.put(staffText, x: staffX, y: y, maxWidth: inner.maxX - staffX,
                       style: focus == .staff ? theme.focusedField : Style(underline: true))
            if focus == .staff { cursor = Point(x: staffX, y: y) }
        }
        y += 1
        // Search
        label("shadowing.entry.search", .search)
        var searchField = field
        searchField.placeholder = s["shadowing.entry.searchPlaceholder"]
        searchField.render(into: &buffer, area: Rect(x: fieldX, y: y, width: min(30, inner.maxX - fieldX), height: 1),
                           state: search, focused: focus == .search)
        if focus == .search { cursor = buffer.cursor }
        if searchHasNoMatch {
            buffer.put(s["shadowing.entry.noMatch"], x: fieldX + 31, y: y, maxWidth: inner.maxX - fieldX - 31, style: theme.error)
        }
        y += 1
        let bottomRows = 4  // lessons, its message, form message, hint
        let room = inner.maxY - y - bottomRows
        let suggestionRows = focus == .search && !search.text.isEmpty ? min(suggestions.count, max(2, min(6, room / 2))) : 0
        if suggestionRows > 0 {
            let start = max(0, min(suggestion - suggestionRows + 1, suggestions.count - suggestionRows))
            for (n, task) in suggestions.dropFirst(start).prefix(suggestionRows).enumerated() {
                let selected = start + n == suggestion
                let text = "\(selected ? ">" : " ") \(task.name)"
                let rect = Rect(x: fieldX, y: y, width: inner.maxX - fieldX, height: 1)
                buffer.putPadded(text, in: rect, style: selected ? theme.selected : .plain)
                let detail = "\(ShadowingText.category(task.category, s)) · \(task.defaultMinutes) min · \(ShadowingText.judgement(task.defaultJudgement, s))"
                let dx = fieldX + 26
                if dx < rect.maxX { buffer.put(detail, x: dx, y: y, maxWidth: rect.maxX - dx, style: selected ? theme.selected : theme.dim) }
                y += 1
            }
        }
        // Lines
        buffer.put(s.format("shadowing.entry.tasks", lines.count, lines.reduce(0) { $0 + (Int($1.minutes.text) ?? 0) }),
                   x: inner.x, y: y, maxWidth: inner.width, style: theme.header)
        y += 1
        let lineRows = max(1, inner.maxY - y - bottomRows)
        if lines.isEmpty {
            buffer.put(s["shadowing.entry.noTasks"], x: inner.x + 2, y: y, maxWidth: inner.width - 2, style: theme.dim)
        }
        var focusedLine = 0
        if case .line(let i) = focus { focusedLine = i }
        if case .judgement(let i) = focus { focusedLine = i }
        let firstLine = max(0, min(focusedLine - lineRows + 1, lines.count - lineRows))
        for (n, line) in lines.enumerated().dropFirst(firstLine).prefix(lineRows) {
            let rowY = y + n - firstLine
            let isFocused = focus == .line(n)
            let judgementFocused = focus == .judgement(n)
            buffer.put("\(n + 1)", x: inner.x, y: rowY, style: isFocused || judgementFocused ? theme.title : theme.dim)
            let nameWidth = max(10, min(24, inner.width - 44))
            buffer.put(line.task.name, x: inner.x + 3, y: rowY, maxWidth: nameWidth, style: isFocused || judgementFocused ? theme.title : .plain)
            var x = inner.x + 4 + nameWidth
            field.render(into: &buffer, area: Rect(x: x, y: rowY, width: 4, height: 1), state: line.minutes, focused: isFocused)
            if isFocused { cursor = buffer.cursor }
            buffer.put("min", x: x + 5, y: rowY, style: theme.dim)
            x += 9
            let judgement = "< \(ShadowingText.judgement(line.judgement, s)) >"
            if judgementFocused { cursor = Point(x: x, y: rowY) }
            x += buffer.put(judgement, x: x, y: rowY, style: judgementFocused ? theme.focusedField : Style(underline: true)) + 1
            if let message = line.message {
                buffer.put(message, x: x, y: rowY, maxWidth: inner.maxX - x, style: theme.error)
            } else {
                buffer.put(ShadowingText.category(line.task.category, s), x: x, y: rowY, maxWidth: inner.maxX - x, style: theme.dim)
            }
        }
        // Lessons, messages, hint.
        y = inner.maxY - bottomRows
        label("shadowing.entry.lessons", .lessons)
        var lessonsField = field
        lessonsField.placeholder = s["shadowing.entry.lessonsPlaceholder"]
        lessonsField.render(into: &buffer, area: Rect(x: fieldX, y: y, width: inner.maxX - fieldX, height: 1),
                            state: lessons, focused: focus == .lessons)
        if focus == .lessons { cursor = buffer.cursor }
        if let lessonsMessage { buffer.put(lessonsMessage, x: fieldX, y: y + 1, maxWidth: inner.maxX - fieldX, style: theme.error) }
        if let formMessage { buffer.put(formMessage, x: inner.x, y: y + 2, maxWidth: inner.width, style: theme.error) }
        buffer.put(s["shadowing.entry.hint"], x: inner.x, y: y + 3, maxWidth: inner.width, style: theme.dim)
        buffer.cursor = cursor
        DiscardQuestion.render(discardGuard, into: &buffer, area: area, context: context)
    }
}
