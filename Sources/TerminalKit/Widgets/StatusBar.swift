/// One line with text at the left and at the right (database path, user).
///
/// When both do not fit, the middle of the line goes first: the left text loses its
/// middle ("/home/an…/demo.sqlite"), and only when that is not enough is the right
/// text cut too.
public struct StatusBar: Sendable {
    public var left: String
    public var right: String
    public var style: Style
    /// The fewest cells kept for the left text before the right text is cut.
    public var minimumLeftWidth = 8

    public init(left: String, right: String = "", style: Style = Style(reverse: true)) {
        self.left = left; self.right = right; self.style = style
    }

    /// Draws the bar in the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, with: Cell(" ", style: style))
        let l = TextSanitizer.clean(left), r = TextSanitizer.clean(right)
        let gap = l.isEmpty || r.isEmpty ? 0 : 1
        let leftRoom = min(DisplayWidth.of(l), minimumLeftWidth)
        let rightText = TextLayout.truncate(r, to: max(0, area.width - leftRoom - gap))
        let rightWidth = DisplayWidth.of(rightText)
        let leftText = TextLayout.truncateMiddle(l, to: max(0, area.width - rightWidth - gap))
        buffer.put(leftText, x: area.x, y: area.y, style: style)
        if rightWidth > 0 { buffer.put(rightText, x: area.maxX - rightWidth, y: area.y, style: style) }
    }
}
