/// One bar of a `BarChart`.
public struct Bar: Hashable, Sendable {
    public var label: String
    public var value: Double
    /// Shown after the bar ("4,5 h"); the caller formats it.
    public var valueText: String

    public init(label: String, value: Double, valueText: String) {
        self.label = label; self.value = value; self.valueText = valueText
    }
}

/// Horizontal bars, one per row: a label column, a bar of █ ending in an eighth
/// block (▏▎▍▌▋▊▉) for the remainder, and the value text after the bar.
public struct BarChart: Sendable {
    public var bars: [Bar]
    /// The value of a bar that fills the whole bar column.
    public var max: Double
    /// Cells for labels; nil fits the longest (at most a third of the area).
    public var labelWidth: Int?
    public var labelStyle = Style.plain
    public var barStyle = Style.plain
    public var valueStyle = Style.plain

    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public init(bars: [Bar], max: Double, labelWidth: Int? = nil) {
        self.bars = bars; self.max = max; self.labelWidth = labelWidth
    }

    /// A bar of `value` out of `max` over `width` cells, in eighths of a cell.
    public static func barText(value: Double, max: Double, width: Int) -> String {
        guard width > 0, max > 0, value > 0 else { return "" }
        let eighthsTotal = Int((Swift.min(value, max) / max * Double(width * 8)).rounded())
        let full = eighthsTotal / 8, rest = eighthsTotal % 8
        return String(repeating: "█", count: full) + (rest > 0 ? String(eighths[rest - 1]) : "")
    }

    /// Draws one bar per row of `area`, from the top.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let labels = labelWidth ?? Swift.min(area.width / 3, bars.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let valueWidth = bars.map { DisplayWidth.of($0.valueText) }.max() ?? 0
        let barX = area.x + labels + (labels > 0 ? 1 : 0)
        // The bar column leaves room for a space and the widest value text.
        let barWidth = Swift.max(0, area.maxX - barX - (valueWidth > 0 ? valueWidth + 1 : 0))
        for (i, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + i
            if labels > 0 { buffer.put(bar.label, x: area.x, y: y, maxWidth: labels, style: labelStyle) }
            let text = Self.barText(value: bar.value, max: max, width: barWidth)
            let w = buffer.put(text, x: barX, y: y, maxWidth: barWidth, style: barStyle)
            if !bar.valueText.isEmpty {
                buffer.put(bar.valueText, x: barX + w + 1, y: y, maxWidth: area.maxX - barX - w - 1, style: valueStyle)
            }
        }
    }
}
