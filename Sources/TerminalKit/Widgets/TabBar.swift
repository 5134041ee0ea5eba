/// A horizontal row of tab titles with one selected.
///
/// Which tab is selected is the caller's state (an index in its model); when the
/// titles do not all fit, tabs before the selected one are left out so it shows.
public struct TabBar: Sendable {
    public var titles: [String]
    public var selected: Int
    public var style = Style.plain
    public var selectedStyle = Style(bold: true, reverse: true)
    /// Between two tabs.
    public var divider = "│"

    public init(titles: [String], selected: Int) {
        self.titles = titles; self.selected = selected
    }

    /// The index after stepping `step` tabs from `index`, wrapping around.
    public static func step(_ index: Int, by step: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return ((index + step) % count + count) % count
    }

    /// Draws the tabs, each as " title ", in the first row of `area`.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width > 0, area.height > 0, !titles.isEmpty else { return }
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), with: Cell(" ", style: style))
        let labels = titles.map { " \(TextSanitizer.clean($0)) " }
        let dividerWidth = DisplayWidth.of(divider)
        let sel = max(0, min(selected, titles.count - 1))
        // Leave out tabs from the left until the selected one ends inside the area.
        var first = 0
        func end(from start: Int) -> Int {
            labels[start...sel].reduce(0) { $0 + DisplayWidth.of($1) } + dividerWidth * (sel - start)
        }
        while first < sel, end(from: first) > area.width { first += 1 }
        var x = area.x
        for i in first..<labels.count {
            if i > first {
                guard x + dividerWidth < area.maxX else { break }
                x += buffer.put(divider, x: x, y: area.y, style: style)
            }
            guard x < area.maxX else { break }
            x += buffer.put(labels[i], x: x, y: area.y, maxWidth: area.maxX - x, style: i == sel ? selectedStyle : style)
        }
    }
}
