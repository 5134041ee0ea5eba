/// A centred box asking a yes/no question, with the caller's words on the buttons.
public struct ConfirmDialog: Sendable {
    public var title: String
    public var message: String
    public var confirmLabel: String
    public var declineLabel: String
    /// Letters that answer at once, e.g. "j" / "n" in Swedish (either case works).
    public var confirmShortcut: Character?
    public var declineShortcut: Character?
    public var style = Style.plain
    public var buttonStyle = Style.plain
    public var selectedButtonStyle = Style(reverse: true)
    /// The most cells wide the box grows (it is also kept inside the area).
    public var maxWidth = 60

    public init(
        title: String, message: String, confirmLabel: String, declineLabel: String,
        confirmShortcut: Character? = nil, declineShortcut: Character? = nil
    ) {
        self.title = title; self.message = message
        self.confirmLabel = confirmLabel; self.declineLabel = declineLabel
        self.confirmShortcut = confirmShortcut; self.declineShortcut = declineShortcut
    }

    /// Handles a key: ← → Tab Shift-Tab switch buttons, Enter chooses, Esc cancels,
    /// the shortcuts answer directly. Every key is used (the dialog is modal).
    /// - Returns: the answer, or nil while the dialog stays open.
    public func handle(_ key: Key, state: inout ConfirmDialogState) -> ConfirmDialogOutcome? {
        switch key {
        case .left, .right, .tab, .backTab:
            state.selected = 1 - min(1, max(0, state.selected))
        case .enter:
            return state.selected == 0 ? .confirmed : .declined
        case .escape:
            return .cancelled
        case .char(let c):
            if let s = confirmShortcut, c.lowercased() == s.lowercased() { return .confirmed }
            if let s = declineShortcut, c.lowercased() == s.lowercased() { return .declined }
        default:
            break
        }
        return nil
    }

    /// The box's rectangle, centred in `area`.
    public func frame(in area: Rect) -> Rect {
        let buttons = buttonsWidth
        let wanted = max(DisplayWidth.of(title) + 6, buttons + 4, min(DisplayWidth.of(message) + 4, maxWidth))
        let width = min(max(wanted, 20), maxWidth, area.width)
        let textLines = TextLayout.wrap(TextSanitizer.clean(message), width: max(1, width - 4))
        // Border, blank, message, blank, buttons, border.
        let height = min(textLines.count + 5, area.height)
        return area.centered(Size(width: width, height: height))
    }

    private var buttonsWidth: Int {
        DisplayWidth.of(confirmLabel) + DisplayWidth.of(declineLabel) + 4 + 4 + 3
    }

    /// Draws the dialog over whatever is in `area`; the real cursor goes on the
    /// focused button.
    public func render(into buffer: inout Buffer, area: Rect, state: ConfirmDialogState) {
        let box = frame(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        buffer.fill(box, with: Cell(" ", style: style))
        buffer.box(box, title: title, style: style)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let textLines = TextLayout.wrap(TextSanitizer.clean(message), width: max(1, inner.width))
        for (i, line) in textLines.prefix(max(0, inner.height - 2)).enumerated() {
            buffer.put(line, x: inner.x, y: inner.y + 1 + i, maxWidth: inner.width, style: style)
        }
        let labels = ["[ \(confirmLabel) ]", "[ \(declineLabel) ]"]
        let total = DisplayWidth.of(labels[0]) + 3 + DisplayWidth.of(labels[1])
        var x = inner.x + max(0, (inner.width - total) / 2)
        let y = box.maxY - 2
        for (i, label) in labels.enumerated() {
            let selected = i == state.selected
            let w = buffer.put(label, x: x, y: y, maxWidth: inner.maxX - x,
                               style: style.merged(with: selected ? selectedButtonStyle : buttonStyle))
            if selected { buffer.cursor = Point(x: x + 2, y: y) }
            x += w + 3
        }
    }
}
