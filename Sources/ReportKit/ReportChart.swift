import Foundation

/// Charts as inline SVG: a trend over months, horizontal bars, and a sparkline for a
/// table cell. Drawn in greys and one blue that print well in black and white; each chart
/// carries its words (`role="img"`, a `<title>`) for screen readers.
public enum ReportChart {
    /// The blue of lines and bars.
    static let ink = "#1f5f99"
    /// The grey of grid lines and axis text.
    static let grid = "#c8c8c8"

    /// A line over months: one point per month, a gap where a month has no value.
    /// - Parameters:
    ///   - title: the chart's words for screen readers.
    ///   - labels: the months' short names along the bottom, one per value.
    ///   - values: the values; nil where there is none (no figures, or "för få").
    ///   - format: how an axis value is written (a count, or a percentage).
    ///   - maximum: the top of the axis; nil for a round number above the largest value.
    ///   - ticks: how many steps the axis has (5 for a scale 1–5 with `maximum` 5).
    ///   - wholeNumbers: the values are counts: every axis step is a whole number.
    ///   - width: the width in px (the height is a third of it).
    /// - Returns: the SVG markup.
    public static func trend(title: String, labels: [String], values: [Double?], format: (Double) -> String,
                             maximum: Double? = nil, ticks: Int = 4, wholeNumbers: Bool = false, width: Double = 520) -> String {
        let height = (width / 3.4).rounded()
        let left = 46.0, right = 10.0, top = 8.0, bottom = 20.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        var axisTop = maximum ?? niceMaximum(values.compactMap { $0 }.max() ?? 0)
        var ticks = ticks
        if wholeNumbers {
            axisTop = ceil(axisTop)
            ticks = [ticks, 5, 4, 3, 2, 1].first { Int(axisTop) % $0 == 0 && Double($0) <= axisTop } ?? 1
        }
        let step = values.count > 1 ? plotWidth / Double(values.count - 1) : 0
        func x(_ i: Int) -> Double { left + Double(i) * step }
        func y(_ v: Double) -> Double { top + plotHeight - (axisTop > 0 ? v / axisTop * plotHeight : 0) }
        var parts: [String] = [Markup.element("title", [], Markup.escape(title))]
        for tick in 0...max(1, ticks) {
            let value = axisTop * Double(tick) / Double(max(1, ticks))
            parts.append(line(left, y(value), width - right, y(value), stroke: grid))
            parts.append(text(format(value), x: left - 4, y: y(value) + 3, anchor: "end"))
        }
        for (i, label) in labels.enumerated() where i < values.count {
            parts.append(text(label, x: x(i), y: height - 5, anchor: "middle"))
        }
        // One polyline per unbroken run of months.
        var run: [String] = []
        func flush() {
            if run.count > 1 {
                parts.append(Markup.element("polyline", [("points", run.joined(separator: " ")), ("fill", "none"),
                                                         ("stroke", ink), ("stroke-width", "2")]))
            }
            run = []
        }
        for (i, value) in values.enumerated() {
            guard let value else { flush(); continue }
            run.append("\(number(x(i))),\(number(y(value)))")
            parts.append(Markup.element("circle", [("cx", number(x(i))), ("cy", number(y(value))), ("r", "2.5"), ("fill", ink)]))
        }
        flush()
        return svg(width: width, height: height, title: title, parts)
    }

    /// Horizontal bars, one per row, with each row's label on the left and its value on
    /// the right; a row without a value gets its words ("för få") and no bar.
    /// - Parameters:
    ///   - title: the chart's words for screen readers.
    ///   - rows: label, value (nil for none) and the value as written.
    ///   - maximum: the value of a full bar; nil for the largest value.
    ///   - width: the width in px.
    /// - Returns: the SVG markup.
    public static func bars(title: String, rows: [(label: String, value: Double?, text: String)], maximum: Double? = nil,
                            width: Double = 520) -> String {
        let rowHeight = 18.0, labelWidth = width * 0.36, valueWidth = 70.0
        let height = max(rowHeight, Double(rows.count) * rowHeight) + 4
        let full = maximum ?? niceMaximum(rows.compactMap(\.value).max() ?? 0)
        let barSpace = width - labelWidth - valueWidth - 8
        var parts: [String] = [Markup.element("title", [], Markup.escape(title))]
        for (i, row) in rows.enumerated() {
            let top = 2 + Double(i) * rowHeight
            parts.append(text(clipped(row.label, to: labelWidth), x: labelWidth - 6, y: top + 12.5, anchor: "end"))
            if let value = row.value, full > 0 {
                let length = max(0, min(1, value / full)) * barSpace
                parts.append(Markup.element("rect", [("x", number(labelWidth)), ("y", number(top + 3)), ("width", number(length)),
                                                     ("height", number(rowHeight - 6)), ("fill", ink)]))
                parts.append(text(row.text, x: labelWidth + length + 4, y: top + 12.5, anchor: "start"))
            } else {
                parts.append(text(row.text, x: labelWidth + 4, y: top + 12.5, anchor: "start", italic: true))
            }
        }
        return svg(width: width, height: height, title: title, parts)
    }

    /// A small line without axes for a table cell: the shape of a trend at a glance.
    /// - Parameters:
    ///   - title: the words for screen readers (first and last value, say).
    ///   - values: the values; nil where there is none.
    /// - Returns: the SVG markup, 60×16 px.
    public static func sparkline(title: String, values: [Double?]) -> String {
        let width = 60.0, height = 16.0
        let known = values.compactMap { $0 }
        let low = known.min() ?? 0, high = known.max() ?? 0
        let span = high - low
        let step = values.count > 1 ? (width - 4) / Double(values.count - 1) : 0
        var points: [String] = []
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            let y = span > 0 ? 2 + (height - 4) * (1 - (value - low) / span) : height / 2
            points.append("\(number(2 + Double(i) * step)),\(number(y))")
        }
        var parts: [String] = [Markup.element("title", [], Markup.escape(title))]
        if points.count > 1 {
            parts.append(Markup.element("polyline", [("points", points.joined(separator: " ")), ("fill", "none"),
                                                     ("stroke", ink), ("stroke-width", "1.5")]))
        }
        return svg(width: width, height: height, title: title, parts)
    }

    /// The smallest round number (1, 2 or 5 times a power of ten) at or above a value, so
    /// the axis has round ticks; 1 for nothing above zero.
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let power = pow(10, floor(log10(value)))
        for factor in [1.0, 2, 2.5, 5, 10] where factor * power >= value { return factor * power }
        return 10 * power
    }

    private static func svg(width: Double, height: Double, title: String, _ parts: [String]) -> String {
        Markup.element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", number(width)), ("height", number(height)),
                               ("viewBox", "0 0 \(number(width)) \(number(height))"), ("role", "img"), ("aria-label", title)],
                       parts.joined())
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String) -> String {
        Markup.element("line", [("x1", number(x1)), ("y1", number(y1)), ("x2", number(x2)), ("y2", number(y2)),
                                ("stroke", stroke), ("stroke-width", "1")])
    }

    private static func text(_ content: String, x: Double, y: Double, anchor: String, italic: Bool = false) -> String {
        var attributes = [("x", number(x)), ("y", number(y)), ("font-size", "9"), ("text-anchor", anchor), ("fill", "#333333")]
        if italic { attributes.append(("font-style", "italic")) }
        return Markup.element("text", attributes, Markup.escape(content))
    }

    /// A label cut to about what fits (6 px a character at 9 px), with an ellipsis.
    private static func clipped(_ label: String, to width: Double) -> String {
        let fits = max(4, Int(width / 5.6))
        return label.count > fits ? String(label.prefix(fits - 1)) + "…" : label
    }

    /// A coordinate with at most one decimal, written with a point whatever the locale.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
