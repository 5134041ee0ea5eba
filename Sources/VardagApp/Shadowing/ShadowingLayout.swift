import TerminalKit

/// The rows of a Skuggning tab: the host's tab bar, an info line, and the body below a blank row.
struct ShadowingLayout {
    let tabs: Rect
    let info: Rect
    let body: Rect

    init(_ area: Rect) {
        let (tabs, rest) = area.splitTop(1)
        let (info, body) = rest.inset(top: 1).splitTop(1)
        self.tabs = tabs
        self.info = info
        self.body = body.inset(top: 1)
    }

    /// How many rows of a table in the body a page holds (the header takes one).
    static func pageSize(_ context: AppContext) -> Int {
        max(1, ShadowingLayout(context.screenArea).body.height - 1)
    }

    /// A table in the theme's header and selection styles.
    static func table(_ columns: [TableColumn], rowCount: Int, empty: String, context: AppContext,
                      row: @escaping (Int) -> [String]) -> Table {
        var widget = Table(columns: columns, rowCount: rowCount, emptyText: empty, row: row)
        widget.headerStyle = context.theme.header
        widget.selectedStyle = context.theme.selected
        return widget
    }
}
