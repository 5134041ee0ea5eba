/// A 2x2 board of boxed lists (a four-field grid): each quadrant has a title and items,
/// one quadrant has the focus and one of its items the selection.
///
/// Quadrants are numbered 0 top left, 1 top right, 2 bottom left, 3 bottom right. A
/// quadrant with more items than rows scrolls to keep the selection visible and shows
/// how many items are above and below in its frame. The selected item is marked `>` as
/// well as styled, so it shows without colour too.
public struct QuadrantBoard {
    /// One quadrant: its title and item labels.
    public struct Quadrant {
        public var title: String
        public var items: [String]

        public init(title: String, items: [String]) {
            self.title = title
            self.items = items
        }
    }

    public var quadrants: [Quadrant]
    public var borderStyle = Style.plain
    public var focusedBorderStyle = Style(bold: true)
    public var titleStyle = Style(bold: true)
    public var itemStyle = Style.plain
    public var selectedStyle = Style(reverse: true)
    /// Per-item style (quadrant, item) when not selected, e.g. for flagged items.
    public var itemStyleFor: ((Int, Int) -> Style?)?
    /// Text for "n more above/below", with `{0}` for the count.
    public var moreAbove = "↑{0}"
    public var moreBelow = "↓{0}"
    /// Shown in an empty quadrant.
    public var emptyText = ""

    public init(quadrants: [Quadrant]) {
        precondition(quadrants.count == 4, "a quadrant board has four quadrants")
        self.quadrants = quadrants
    }

    /// The four boxes of an area, in quadrant order.
    public static func boxes(in area: Rect) -> [Rect] {
        let leftWidth = area.width / 2
        let topHeight = area.height / 2
        let rightWidth = area.width - leftWidth
        let bottomHeight = area.height - topHeight
        return [
            Rect(x: area.x, y: area.y, width: leftWidth, height: topHeight),
            Rect(x: area.x + leftWidth, y: area.y, width: rightWidth, height: topHeight),
            Rect(x: area.x, y: area.y + topHeight, width: leftWidth, height: bottomHeight),
            Rect(x: area.x + leftWidth, y: area.y + topHeight, width: rightWidth, height: bottomHeight),
        ]
    }

    /// How many item rows each quadrant shows in an area.
    public static func visibleRows(in area: Rect) -> Int {
        max(0, area.height / 2 - 2)
    }

    /// The first item shown when `selected` must be visible in `rows` rows.
    public static func offset(selected: Int, count: Int, rows: Int) -> Int {
        guard rows > 0, count > rows else { return 0 }
        return min(max(0, selected - rows + 1), count - rows)
    }

    /// Draws the board.
    /// - Parameters:
    ///   - buffer: the buffer.
    ///   - area: at least 4 rows and 8 columns.
    ///   - focused: the quadrant with the focus.
    ///   - selected: the selected item in the focused quadrant, or nil.
    public func render(into buffer: inout Buffer, area: Rect, focused: Int, selected: Int?) {
        guard area.width >= 8, area.height >= 4 else { return }
        let rows = Self.visibleRows(in: area)
        for (index, box) in Self.boxes(in: area).enumerated() {
            let quadrant = quadrants[index]
            let isFocused = index == focused
            buffer.box(box, title: quadrant.title, style: isFocused ? focusedBorderStyle : borderStyle, titleStyle: titleStyle)
            let inner = box.inset(top: 1, left: 1, bottom: 1, right: 1)
            let chosen = isFocused ? selected : nil
            let offset = Self.offset(selected: chosen ?? 0, count: quadrant.items.count, rows: min(rows, inner.height))
            if quadrant.items.isEmpty, !emptyText.isEmpty {
                buffer.put(emptyText, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: itemStyleFor?(index, -1) ?? itemStyle)
            }
            for (row, item) in quadrant.items.dropFirst(offset).prefix(inner.height).enumerated() {
                let itemIndex = offset + row
                let y = inner.y + row
                let line = Rect(x: inner.x, y: y, width: inner.width, height: 1)
                if itemIndex == chosen {
                    buffer.putPadded(">" + item, in: line, style: selectedStyle)
                    buffer.cursor = Point(x: inner.x, y: y)
                } else {
                    buffer.put(" " + item, x: inner.x, y: y, maxWidth: inner.width, style: itemStyleFor?(index, itemIndex) ?? itemStyle)
                }
            }
            if offset > 0 {
                buffer.put(moreAbove.replacingOccurrences(of: "{0}", with: String(offset)),
                           x: box.maxX - 8, y: box.y, maxWidth: 7, style: borderStyle)
            }
            let below = quadrant.items.count - offset - inner.height
            if below > 0 {
                buffer.put(moreBelow.replacingOccurrences(of: "{0}", with: String(below)),
                           x: box.maxX - 8, y: box.maxY - 1, maxWidth: 7, style: borderStyle)
            }
        }
    }
}
