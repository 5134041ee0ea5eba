/// A one-line chart of values as block heights ▁▂▃▄▅▆▇█.
///
/// A nil value (no data for that week) is a space; zero is the lowest block, so
/// "nothing happened" and "no data" look different. When there are more values
/// than cells, the most recent (the last) are shown.
public struct Sparkline: Sendable {
    public var values: [Double?]
    /// The value drawn as a full block; nil uses the largest value.
    public var max: Double?
    public var style: Style

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public init(values: [Double?], max: Double? = nil, style: Style = .plain) {
        self.values = values; self.max = max; self.style = style
    }

    /// The chart as text, one character per value, at most `width` characters.
    public func text(width: Int) -> String {
        guard width > 0 else { return "" }
        let shown = values.suffix(width)
        let top = max ?? (shown.compactMap { $0 }.max() ?? 0)
        return String(shown.map { value -> Character in
            guard let value else { return " " }
            guard top > 0, value > 0 else { return Self.levels[0] }
            let level = Int((Swift.min(value, top) / top * 7).rounded())
            return Self.levels[Swift.max(0, Swift.min(7, level))]
        })
    }

    /// Draws the chart in the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0 else { return }
        buffer.put(text(width: area.width), x: area.x, y: area.y, style: style)
    }
}
