import TerminalKit
import VardagStore

/// What the register's tabs share: their layout, the table's look, the add/edit/
/// (de)activate keys and what happens after a form or question stored something.
enum RegisterListing {
    /// A tab's rows below the host's tab bar: info line, the table.
    static func layout(_ area: Rect) -> (info: Rect, table: Rect) {
        let (info, table) = TabHost<RegisterShared>.body(of: area).inset(top: 1).splitTop(1)
        return (info, table.inset(top: 1))
    }

    /// The rows the table shows at once.
    static func pageSize(_ context: AppContext) -> Int {
        max(1, layout(context.screenArea).table.height - 1)
    }

    /// Add, edit and (de)activate, alike on every tab.
    static func editBindings<Message: Sendable>(_ s: Strings, add: Message, edit: Message, toggleActive: Message) -> [KeyBinding<Message>] {
        [
            KeyBinding([.char("a"), .insert], s["register.key.add"], add, label: "a", hint: true),
            KeyBinding([.enter, .char("e")], s["register.key.edit"], edit, label: "Enter", hint: true),
            KeyBinding([.char("d"), .delete], s["register.key.toggleActive"], toggleActive, label: "d", hint: true),
        ]
    }

    /// Passes a key to the open form or question and closes it when it is done.
    /// - Parameter modal: the open form or question; nil once it closed.
    /// - Returns: the error to show, or what was stored (the tab reloads and selects the name).
    static func handle(_ event: Event, modal: inout RegisterModal?, context: AppContext)
        -> (error: String?, stored: (name: String?, status: String)?) {
        guard var open = modal else { return (nil, nil) }
        switch open.handle(event, context: context) {
        case .open:
            modal = open
            return (nil, nil)
        case .closed:
            modal = nil
            return (nil, nil)
        case .failed(let text):
            modal = nil
            return (text, nil)
        case .stored(let name, let status):
            modal = nil
            return (nil, (name, status))
        }
    }

    /// Draws the info line and the table, inactive rows dim.
    static func render(_ widget: Table, state: TableState, info: [String], isActive: @escaping (Int) -> Bool?, focused: Bool,
                       into buffer: inout Buffer, area: Rect, context: AppContext) {
        let theme = context.theme
        let rows = layout(area)
        let infoRow = rows.info.inset(left: 1, right: 1)
        buffer.put(info.joined(separator: " · "), x: infoRow.x, y: infoRow.y, maxWidth: infoRow.width, style: theme.dim)
        var widget = widget
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.highlightsWholeRow = false
        widget.rowStyle = { index in isActive(index) == false ? theme.dim : nil }
        widget.render(into: &buffer, area: rows.table, state: state, focused: focused)
    }
}
