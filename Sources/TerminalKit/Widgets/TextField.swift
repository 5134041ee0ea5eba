/// Draws a one-line `TextFieldState`, scrolled sideways so the caret is visible.
///
/// When focused it puts the real cursor on the caret, so braille displays and
/// screen magnifiers follow the typing.
public struct TextField: Sendable {
    /// Shown dimmed when the field is empty (the caller's words).
    public var placeholder: String
    public var style: Style
    public var focusedStyle: Style
    public var placeholderStyle: Style

    public init(
        placeholder: String = "",
        style: Style = Style(underline: true),
        focusedStyle: Style = Style(reverse: true),
        placeholderStyle: Style = Style(dim: true)
    ) {
        self.placeholder = placeholder; self.style = style
        self.focusedStyle = focusedStyle; self.placeholderStyle = placeholderStyle
    }

    /// Draws the field in the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect, state: TextFieldState, focused: Bool) {
        guard area.width > 0, area.height > 0 else { return }
        let fieldStyle = focused ? focusedStyle : style
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, with: Cell(" ", style: fieldStyle))
        if state.text.isEmpty {
            buffer.put(placeholder, x: area.x, y: area.y, maxWidth: area.width, style: fieldStyle.merged(with: placeholderStyle))
            if focused { buffer.cursor = Point(x: area.x, y: area.y) }
            return
        }
        let chars = Array(state.text)
        let caretColumn = chars[..<state.cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        let caretCellWidth = state.cursor < chars.count ? max(1, DisplayWidth.of(chars[state.cursor])) : 1
        let start = max(0, caretColumn + caretCellWidth - area.width)
        var column = 0
        for ch in chars {
            let w = DisplayWidth.of(ch)
            // Only characters wholly inside the window are drawn; half a wide
            // character at either edge stays blank.
            if column >= start, column + w <= start + area.width {
                buffer.put(String(ch), x: area.x + column - start, y: area.y, maxWidth: w, style: fieldStyle)
            }
            column += w
            if column >= start + area.width { break }
        }
        if focused { buffer.cursor = Point(x: area.x + caretColumn - start, y: area.y) }
    }
}
