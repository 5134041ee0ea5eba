/// One row split into parts in proportion to their values, each part drawn with its own
/// glyph and style, so the parts stay apart without colour (█ ▓ ▒ ░ ·, say).
public struct StackedBar: Sendable {
    /// One part of the bar.
    public struct Segment: Hashable, Sendable {
        public var value: Int
        public var glyph: Character
        public var style: Style

        public init(value: Int, glyph: Character, style: Style = .plain) {
            self.value = value; self.glyph = glyph; self.style = style
        }
    }

    public var segments: [Segment]

    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// Cells per segment over `width`, by largest remainder, so they add up to `width`
    /// exactly (or to 0 when all values are 0); a segment above 0 gets at least a cell when
    /// there are cells enough.
    public func widths(_ width: Int) -> [Int] {
        let total = segments.reduce(0) { $0 + max(0, $1.value) }
        guard width > 0, total > 0 else { return segments.map { _ in 0 } }
        var cells = segments.map { max(0, $0.value) * width / total }
        let remainders = segments.indices.map { (index: $0, rest: max(0, segments[$0].value) * width % total) }
        var left = width - cells.reduce(0, +)
        for item in remainders.sorted(by: { ($0.rest, -$0.index) > ($1.rest, -$1.index) }) where left > 0 {
            cells[item.index] += 1
            left -= 1
        }
        // A visible part never vanishes: take a cell from the widest part.
        for index in segments.indices where segments[index].value > 0 && cells[index] == 0 {
            guard let widest = cells.indices.max(by: { cells[$0] < cells[$1] }), cells[widest] > 1 else { break }
            cells[widest] -= 1
            cells[index] = 1
        }
        return cells
    }

    /// The bar as text (for tests and plain output).
    public func text(width: Int) -> String {
        zip(segments, widths(width)).map { String(repeating: $0.glyph, count: $1) }.joined()
    }

    /// Draws the bar on the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0 else { return }
        var x = area.x
        for (segment, cells) in zip(segments, widths(area.width)) where cells > 0 {
            buffer.put(String(repeating: segment.glyph, count: cells), x: x, y: area.y, maxWidth: cells, style: segment.style)
            x += cells
        }
    }
}
