/// A table of a report: a header row, body rows and an optional total row.
public struct ReportTable: Sendable {
    /// The caption above the table; nil for none.
    public var caption: String?
    /// The column headings; a numeric column is right-aligned.
    public var columns: [ReportColumn]
    /// The body rows, each a cell per column.
    public var rows: [[ReportCell]]
    /// The total row under the body; nil for none.
    public var total: [ReportCell]?

    /// Makes a table.
    public init(caption: String? = nil, columns: [ReportColumn], rows: [[ReportCell]], total: [ReportCell]? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.total = total
    }

    /// The table's markup.
    var html: String {
        var content = caption.map { Markup.element("caption", [], Markup.escape($0)) } ?? ""
        let head = columns.map { Markup.element("th", $0.numeric ? [("class", "num"), ("scope", "col")] : [("scope", "col")], Markup.escape($0.title)) }
        content += Markup.element("thead", [], Markup.element("tr", [], head.joined()))
        var body = rows.map { row in Markup.element("tr", [], cells(row)) }
        if let total { body.append(Markup.element("tr", [("class", "total")], cells(total))) }
        content += Markup.element("tbody", [], body.joined())
        // Many columns get a smaller type, so a month's table fits across A4.
        return Markup.element("table", columns.count > 7 ? [("class", "wide")] : [], content)
    }

    private func cells(_ row: [ReportCell]) -> String {
        row.enumerated().map { index, cell in
            let numeric = index < columns.count && columns[index].numeric
            return cell.html(numeric: numeric)
        }.joined()
    }
}

/// A column heading.
public struct ReportColumn: Sendable, Equatable {
    /// The heading's text.
    public var title: String
    /// Whether the column holds numbers (right-aligned, tabular digits).
    public var numeric: Bool

    /// Makes a column heading.
    public init(_ title: String, numeric: Bool = false) {
        self.title = title
        self.numeric = numeric
    }
}

/// One cell of a table.
public enum ReportCell: Sendable, Equatable {
    /// Text (a name, or a number already formatted).
    case text(String)
    /// A figure withheld because its group is too small, shown as the given words ("för få").
    case suppressed(String)
    /// A small chart (a sparkline) from `ReportChart`, with its words for screen readers.
    case chart(svg: String)
    /// Nothing known.
    case empty

    /// The cell's markup.
    func html(numeric: Bool) -> String {
        switch self {
        case .text(let text): return Markup.element("td", numeric ? [("class", "num")] : [], Markup.escape(text))
        case .suppressed(let words): return Markup.element("td", [("class", "suppressed")], Markup.escape(words))
        case .chart(let svg): return Markup.element("td", [], svg)
        case .empty: return Markup.element("td", numeric ? [("class", "num")] : [], "–")
        }
    }
}
