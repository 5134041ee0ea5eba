/// A centred box that shows some lines of text and asks the user to pick one of a few
/// answers by its letter, e.g. "d behåll deras · m använd mina · f fält för fält".
///
/// Unlike `ConfirmDialog` it offers any number of answers; Esc always means "none of
/// them, go back". Every key is used while it is open (the dialog is modal).
public struct ChoiceDialog: Sendable {
    /// One answer: the letter that picks it and its words.
    public struct Choice: Sendable, Hashable {
        public var key: Character
        public var label: String
        public init(key: Character, label: String) { self.key = key; self.label = label }
    }

    public var title: String
    /// The text above the answers; each line is wrapped to the box.
    public var lines: [String]
    public var choices: [Choice]
    /// The words shown for Esc, e.g. "tillbaka".
    public var escapeLabel: String
    public var style = Style.plain
    public var keyStyle = Style(bold: true)
    /// The most cells wide the box grows (it is also kept inside the area).
    public var maxWidth = 72

    public init(title: String, lines: [String], choices: [Choice], escapeLabel: String) {
        self.title = title
        self.lines = lines
        self.choices = choices
        self.escapeLabel = escapeLabel
    }

    /// Reads a key.
    /// - Returns: the answer (Esc cancels), or nil for a key that is not an answer.
    public func handle(_ key: Key) -> ChoiceDialogOutcome? {
        switch key {
        case .escape:
            return .cancelled
        case .char(let c):
            let typed = Character(c.lowercased())
            if let choice = choices.first(where: { Character($0.key.lowercased()) == typed }) { return .chosen(choice.key) }
            return nil
        default:
            return nil
        }
    }

    /// The answers as one line each: "d  behåll deras".
    private var answerLines: [(key: String, label: String)] {
        choices.map { (String($0.key), $0.label) } + [("Esc", escapeLabel)]
    }

    /// The box's rectangle, centred in `area`.
    public func frame(in area: Rect) -> Rect {
        let widest = max(
            DisplayWidth.of(title) + 6,
            (lines.map { DisplayWidth.of(TextSanitizer.clean($0)) } + answerLines.map { DisplayWidth.of($0.key + $0.label) + 2 }).max() ?? 0) + 4
        let width = min(max(widest, 24), maxWidth, area.width)
        // Border, text, one blank line, the answers, border.
        let height = min(wrappedLines(width: width - 4).count + answerLines.count + 3, area.height)
        return area.centered(Size(width: width, height: height))
    }

    private func wrappedLines(width: Int) -> [String] {
        lines.flatMap { line in line.isEmpty ? [""] : TextLayout.wrap(TextSanitizer.clean(line), width: max(1, width)) }
    }

    /// Draws the dialog over whatever is in `area`. When the area is too low for all
    /// lines, the text is cut and the answers stay visible.
    public func render(into buffer: inout Buffer, area: Rect) {
        let box = frame(in: area)
        guard box.width >= 6, box.height >= 4 else { return }
        buffer.fill(box, with: Cell(" ", style: style))
        buffer.box(box, title: title, style: style)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let answers = answerLines
        let textRows = max(0, inner.height - answers.count - 1)
        for (i, line) in wrappedLines(width: inner.width).prefix(textRows).enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: style)
        }
        let keyWidth = answers.map { DisplayWidth.of($0.key) }.max() ?? 1
        for (i, answer) in answers.enumerated() {
            let y = inner.maxY - answers.count + i
            guard y >= inner.y else { continue }
            buffer.put(answer.key, x: inner.x, y: y, maxWidth: inner.width, style: style.merged(with: keyStyle))
            buffer.put(answer.label, x: inner.x + keyWidth + 2, y: y, maxWidth: max(0, inner.width - keyWidth - 2), style: style)
        }
        buffer.cursor = nil
    }
}
