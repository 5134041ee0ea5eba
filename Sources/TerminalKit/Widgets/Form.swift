/// Draws a `FormState`: one row per field (label, then the field), the field's
/// validation message on the row below it when there is one, and the form message.
///
/// Six fields with messages fit in 80x24 with room for a title and a hint bar; when
/// the area is too short the rows scroll so the focused field stays visible.
public struct Form: Sendable {
    /// Cells for the label column; nil fits the longest label (at most half the width,
    /// so a label such as "Notering (inga namn)" is never cut in a form at 80x24).
    public var labelWidth: Int?
    /// Cells for the field; nil takes the rest of the row.
    public var fieldWidth: Int?
    public var labelStyle = Style.plain
    public var focusedLabelStyle = Style(bold: true)
    public var textField = TextField()
    public var choiceStyle = Style(underline: true)
    public var focusedChoiceStyle = Style(reverse: true)
    public var messageStyle = Style(foreground: .red)
    public var formMessageStyle = Style(bold: true)
    /// Drawn around a choice's option, showing it can be stepped: "< Ja >".
    public var choiceMarks = ("<", ">")

    public init(labelWidth: Int? = nil, fieldWidth: Int? = nil) {
        self.labelWidth = labelWidth; self.fieldWidth = fieldWidth
    }

    /// One row of the laid-out form.
    private enum Line { case field(Int), message(Int), formMessage, blank }

    /// Draws the form; the focused field gets the real cursor when `focused`.
    public func render(into buffer: inout Buffer, area: Rect, state: FormState, focused: Bool = true) {
        guard !area.isEmpty else { return }
        let lines = layout(state)
        var top = 0
        if lines.count > area.height, case let focusLine? = lines.firstIndex(where: {
            if case .field(let i) = $0 { return i == state.focus } else { return false }
        }) {
            // Keep the focused field and its message on screen.
            top = max(0, min(focusLine + 2 - area.height, lines.count - area.height))
        }
        let labelCells = labelWidth ?? min(area.width / 2, (state.fields.map { DisplayWidth.of($0.label) }.max() ?? 0))
        let fieldX = area.x + labelCells + (labelCells > 0 ? 2 : 0)
        let fieldCells = min(fieldWidth ?? Int.max, area.maxX - fieldX)
        for (row, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.y + row
            switch line {
            case .field(let i):
                let field = state.fields[i]
                let isFocused = focused && i == state.focus
                buffer.put(field.label, x: area.x, y: y, maxWidth: labelCells,
                           style: i == state.focus ? focusedLabelStyle : labelStyle)
                let rect = Rect(x: fieldX, y: y, width: fieldCells, height: 1)
                switch field.kind {
                case .text(let text):
                    textField.render(into: &buffer, area: rect, state: text, focused: isFocused)
                case .choice:
                    let shown = "\(choiceMarks.0) \(field.value) \(choiceMarks.1)"
                    let width = min(rect.width, DisplayWidth.of(shown))
                    buffer.putPadded(shown, in: Rect(x: rect.x, y: y, width: width, height: 1),
                                     style: isFocused ? focusedChoiceStyle : choiceStyle)
                    if isFocused { buffer.cursor = Point(x: rect.x, y: y) }
                }
            case .message(let i):
                buffer.put(state.fields[i].message ?? "", x: fieldX, y: y, maxWidth: area.maxX - fieldX, style: messageStyle)
            case .formMessage:
                buffer.put(state.message ?? "", x: area.x, y: y, maxWidth: area.width, style: formMessageStyle)
            case .blank:
                break
            }
        }
    }

    /// The rows of the form, top to bottom.
    private func layout(_ state: FormState) -> [Line] {
        var lines: [Line] = []
        for (i, field) in state.fields.enumerated() {
            lines.append(.field(i))
            if let m = field.message, !m.isEmpty { lines.append(.message(i)) }
        }
        if let m = state.message, !m.isEmpty {
            lines.append(.blank)
            lines.append(.formMessage)
        }
        return lines
    }
}
