/// One report as a self-contained HTML page: its text, tables and inline SVG charts, and
/// the styles for screen and for A4 paper, with no script and no request anywhere else.
///
/// The markup is also well-formed XML (every element closed, every attribute quoted), so
/// the tests read it with an XML parser, and a browser prints it as it shows it.
public struct ReportDocument: Sendable {
    /// The language of the page (the `lang` attribute, which screen readers and hyphenation use).
    public var language: ReportLanguage
    /// The title: the page's `<title>` and its first heading.
    public var title: String
    /// The line under the title (the kommun and the month, say).
    public var subtitle: String?
    /// The small print at the foot of the first page (when and by what it was made).
    public var colophon: String?
    /// The sections, in order.
    public var sections: [ReportSection]

    /// Makes a report.
    public init(language: ReportLanguage, title: String, subtitle: String? = nil, colophon: String? = nil,
                sections: [ReportSection] = []) {
        self.language = language
        self.title = title
        self.subtitle = subtitle
        self.colophon = colophon
        self.sections = sections
    }

    /// The whole page.
    /// - Returns: the HTML document, UTF-8 text.
    public func html() -> String {
        var body = Markup.element("h1", [], Markup.escape(title))
        if let subtitle { body += Markup.element("p", [("class", "subtitle")], Markup.escape(subtitle)) }
        body += sections.map(\.html).joined(separator: "\n")
        if let colophon { body += Markup.element("p", [("class", "colophon")], Markup.escape(colophon)) }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)" xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(Markup.escape(title))</title>
            <style>\(Self.styles)</style>
            </head>
            <body>
            \(body)
            </body>
            </html>

            """
    }

    /// The page's styles: calm on screen, and on A4 with headings kept with what follows
    /// them, table rows and charts never split across pages, and table headings repeated.
    static let styles = """

        @page { size: A4 portrait; margin: 15mm 14mm 16mm 14mm; }
        html { color: #1b1b1b; background: #ffffff; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.35; max-width: 182mm; margin: 0 auto; }
        h1 { font-size: 18pt; margin: 0 0 2pt 0; }
        h2 { font-size: 13pt; margin: 14pt 0 4pt 0; padding-bottom: 2pt; border-bottom: 1px solid #8a8a8a; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 11pt; margin: 10pt 0 3pt 0; break-after: avoid; page-break-after: avoid; }
        p { margin: 3pt 0; }
        .subtitle { font-size: 11pt; color: #444444; margin-bottom: 10pt; }
        .note { font-size: 8.5pt; color: #444444; }
        .colophon { font-size: 8pt; color: #666666; margin-top: 16pt; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
        caption { text-align: left; font-weight: bold; padding-bottom: 2pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th { text-align: left; font-weight: bold; border-bottom: 1.5px solid #555555; padding: 2pt 5pt; vertical-align: bottom; }
        td { border-bottom: 1px solid #dddddd; padding: 2pt 5pt; vertical-align: middle; }
        th.num { text-align: right; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.wide { font-size: 8.5pt; }
        table.wide th, table.wide td { padding: 2pt 3pt; }
        td.suppressed { color: #5a5a5a; font-style: italic; text-align: right; white-space: nowrap; }
        tr.total td { font-weight: bold; border-top: 1.5px solid #555555; }
        figure { margin: 4pt 0 10pt 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 9pt; color: #333333; margin-bottom: 2pt; }
        .figures { display: flex; flex-wrap: wrap; gap: 6pt; margin: 4pt 0 8pt 0; }
        .figure { border: 1px solid #cccccc; padding: 4pt 8pt; min-width: 32mm; break-inside: avoid; }
        .figure .value { font-size: 15pt; font-weight: bold; }
        .figure .label { font-size: 8.5pt; color: #444444; }
        section.newpage { break-before: page; page-break-before: always; }
        svg { display: block; }
        svg text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
        @media screen { body { padding: 16px; } }

        """
}
