import TerminalKit

/// The keys that move about a tab of the main screen: the cursor, and the year shown.
enum DialogueBrowse: Sendable {
    case move(Key), previousYear, nextYear
}

/// A tab of the dialogue tool's main screen: a line about what is shown, a table, lines
/// about the selected row under it, and perhaps a form over it. The layout, the cursor
/// keys and the year keys are alike on every tab, so they live here once.
protocol DialogueTableTab: HostedTab where Shared == DialogueShared {
    /// The cursor and scroll position of the table.
    var table: TableState { get set }
    /// How many rows the table has.
    var rowCount: Int { get }
    /// The form open over the tab, if any.
    var editor: DialogueForm? { get }
    /// Whether the lines under the table take half of a tall window (the guide pool's assignments).
    static var tallFooter: Bool { get }
    /// The line above the table ("10 slingor · alla enheter · alla år · alla lägen").
    func info(_ context: AppContext) -> String
    /// The table of the tab's rows.
    func tableWidget(_ context: AppContext) -> Table
    /// The lines under the table about the selected row, each with its style.
    func footer(_ context: AppContext, height: Int) -> [(String, Style)]
}

extension DialogueTableTab {
    var editor: DialogueForm? { nil }
    static var tallFooter: Bool { false }
    var isEditingText: Bool { editor != nil }

    /// Each time the tab is shown its cursor starts on the first row.
    mutating func tabShown(context: AppContext) { table = TableState() }

    /// The tab's rows below the host's tab bar; the lines under the table take half a
    /// tall window on a tab with a tall footer, else up to four lines.
    static func layout(_ area: Rect) -> (info: Rect, table: Rect, footer: Rect) {
        let (info, body) = TabHost<DialogueShared>.body(of: area).inset(top: 1).splitTop(1)
        let footerHeight = tallFooter && body.height >= 30 ? body.height / 2 : min(4, max(0, body.height - 6))
        let (table, footer) = body.inset(top: 1).splitBottom(footerHeight)
        return (info, table, footer)
    }

    /// Keeps the cursor on a row after the rows were read again.
    mutating func clampSelection() {
        if table.selected >= rowCount { table.selected = max(0, rowCount - 1) }
    }

    /// The cursor keys, after the year keys on a tab that shows a year.
    /// - Parameters:
    ///   - year: whether the hint bar shows `-` and `+`; nil on a tab without a year.
    ///   - wrap: the tab's message for a browsing message.
    static func browseBindings<M: Sendable>(
        _ s: Strings, year: (previous: Bool, next: Bool)?, _ wrap: @escaping @Sendable (DialogueBrowse) -> M
    ) -> [KeyBinding<M>] {
        var bindings: [KeyBinding<M>] = []
        if let year {
            bindings += [
                KeyBinding([.char("-")], s["dialogue.key.previousYear"], wrap(.previousYear), label: "-", hint: year.previous),
                KeyBinding([.char("+")], s["dialogue.key.nextYear"], wrap(.nextYear), label: "+", hint: year.next),
            ]
        }
        return bindings + ListKeys.bindings(rowHelp: s["dialogue.key.move"], pageHelp: s["dialogue.key.page"]) { wrap(.move($0)) }
    }

    /// Moves the cursor, or shows another year's rows.
    mutating func browse(_ message: DialogueBrowse, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            let page = max(1, Self.layout(context.screenArea).table.height - 1)
            _ = table.handle(key, rowCount: rowCount, pageSize: page)
            return .none
        case .previousYear, .nextYear:
            shared.year = shared.shownYear(context) + ({ if case .nextYear = message { return 1 } else { return -1 } }())
            return Effect.reloading(context.strings) { try reload(context: context) }
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let theme = context.theme
        let rows = Self.layout(area)
        buffer.put(info(context), x: rows.info.x + 1, y: rows.info.y, maxWidth: rows.info.width - 2, style: theme.dim)
        var widget = tableWidget(context)
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.render(into: &buffer, area: rows.table, state: table, focused: editor == nil)
        let footerArea = rows.footer.inset(left: 1, right: 1)
        if footerArea.height > 0 {
            for (i, line) in footer(context, height: footerArea.height).prefix(footerArea.height).enumerated() {
                buffer.put(line.0, x: footerArea.x, y: footerArea.y + i, maxWidth: footerArea.width, style: line.1)
            }
        }
        editor?.render(into: &buffer, area: area, context: context)
    }
}

/// A tab that only shows a year's figures: the year and cursor keys are all its keys.
extension DialogueTableTab where Message == DialogueBrowse {
    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        KeyMap(title: context.strings["dialogue.title"], Self.browseBindings(context.strings, year: (true, true)) { $0 })
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        browse(message, context: context)
    }
}
