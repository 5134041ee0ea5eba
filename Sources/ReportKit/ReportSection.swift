/// A part of a report under one heading: paragraphs, key figures, tables and charts.
public struct ReportSection: Sendable {
    /// The heading (an `h2`).
    public var heading: String
    /// What the section holds, in order.
    public var blocks: [ReportBlock]
    /// Whether the section starts on a new page when printed.
    public var startsNewPage: Bool

    /// Makes a section.
    public init(_ heading: String, startsNewPage: Bool = false, _ blocks: [ReportBlock]) {
        self.heading = heading
        self.blocks = blocks
        self.startsNewPage = startsNewPage
    }

    /// The section's markup.
    var html: String {
        let content = Markup.element("h2", [], Markup.escape(heading)) + blocks.map(\.html).joined()
        return Markup.element("section", startsNewPage ? [("class", "newpage")] : [], content)
    }
}

/// One thing in a section.
public enum ReportBlock: Sendable {
    /// A paragraph of plain text.
    case paragraph(String)
    /// Small print: how a figure was counted, or why some are "för få".
    case note(String)
    /// A subheading (an `h3`).
    case subheading(String)
    /// A row of key figures, each a large value over a label.
    case figures([ReportFigure])
    /// A table.
    case table(ReportTable)
    /// A chart (from `ReportChart`) with its caption.
    case chart(caption: String, svg: String)

    /// The block's markup.
    var html: String {
        switch self {
        case .paragraph(let text): return Markup.element("p", [], Markup.escape(text))
        case .note(let text): return Markup.element("p", [("class", "note")], Markup.escape(text))
        case .subheading(let text): return Markup.element("h3", [], Markup.escape(text))
        case .figures(let figures):
            let items = figures.map { figure in
                Markup.element("div", [("class", "figure")],
                               Markup.element("div", [("class", "value")], Markup.escape(figure.value))
                                   + Markup.element("div", [("class", "label")], Markup.escape(figure.label)))
            }
            return Markup.element("div", [("class", "figures")], items.joined())
        case .table(let table): return table.html
        case .chart(let caption, let svg):
            return Markup.element("figure", [], Markup.element("figcaption", [], Markup.escape(caption)) + svg)
        }
    }
}

/// A key figure: "12" over "slingor i år".
public struct ReportFigure: Sendable, Equatable {
    /// The value as text (already formatted, or "för få").
    public var value: String
    /// What it counts.
    public var label: String

    /// Makes a key figure.
    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}
