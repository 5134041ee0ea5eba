/// One line of key hints, "key text  key text …", keys in a highlight style.
///
/// Only whole hints are drawn: the first one that does not fit, and all after it,
/// are left out rather than cut in the middle.
public struct HintBar: Sendable {
    public var hints: [(key: String, help: String)]
    public var keyStyle: Style
    public var textStyle: Style
    /// Between two hints.
    public var separator = "  "

    public init(hints: [(key: String, help: String)], keyStyle: Style = Style(bold: true), textStyle: Style = .plain) {
        self.hints = hints; self.keyStyle = keyStyle; self.textStyle = textStyle
    }

    /// A hint bar from the bindings a key map marks for it.
    public init<Action>(_ keyMap: KeyMap<Action>, keyStyle: Style = Style(bold: true), textStyle: Style = .plain) {
        self.init(hints: keyMap.hints, keyStyle: keyStyle, textStyle: textStyle)
    }

    /// Draws the hints in the first row of `area`, filling the rest with `textStyle`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: Cell(" ", style: textStyle))
        var x = area.x
        for (i, hint) in hints.enumerated() {
            let gap = i == 0 ? 0 : DisplayWidth.of(separator)
            let keyWidth = DisplayWidth.of(TextSanitizer.clean(hint.key))
            let helpWidth = hint.help.isEmpty ? 0 : 1 + DisplayWidth.of(TextSanitizer.clean(hint.help))
            guard x + gap + keyWidth + helpWidth <= area.maxX else { break }
            x += gap
            x += buffer.put(hint.key, x: x, y: area.y, style: textStyle.merged(with: keyStyle))
            if !hint.help.isEmpty {
                x += 1
                x += buffer.put(hint.help, x: x, y: area.y, style: textStyle)
            }
        }
    }
}
