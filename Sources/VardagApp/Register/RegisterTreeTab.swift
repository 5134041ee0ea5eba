import TerminalKit
import VardagDomain
import VardagStore

/// One of the register's lists of the organisation tree: kommuner, enheter or teams;
/// add, edit, (de)activate.
struct RegisterTreeTab: HostedTab {
    enum Message: Sendable {
        case move(Key), add, edit, toggleActive, toggleInactive
        /// A key or paste while a form or question has focus.
        case input(Event)
    }

    /// Which list: `.kommun`, `.enhet` or `.team`.
    let kind: RegisterTab
    var shared = RegisterShared()
    var table = TableState()
    var tree = RegisterTree(kommuner: [])
    var modal: RegisterModal?

    init(kind: RegisterTab) {
        precondition(kind != .staff, "the staff list is StaffTab")
        self.kind = kind
    }

    func tabTitle(_ context: AppContext) -> String { context.strings[kind.titleKey] }

    var isEditingText: Bool { modal != nil }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["register.title"], RegisterListing.editBindings(s, add: .add, edit: .edit, toggleActive: .toggleActive) + [
            KeyBinding([.char("i")], s["register.key.showInactive"], .toggleInactive, label: "i"),
        ] + ListKeys.bindings(rowHelp: s["register.key.move"], pageHelp: s["register.key.page"]) { .move($0) })
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: rows(s).count, pageSize: RegisterListing.pageSize(context))
        case .toggleInactive:
            shared.showInactive.toggle()
            table = TableState()
            return Effect.reloading(s) { try reload(context: context) }
        case .add:
            return startEditing(nil, context: context)
        case .edit:
            guard let row = selectedRow(s) else { return .none }
            return startEditing(row.id, context: context)
        case .toggleActive:
            guard let row = selectedRow(s) else { return .none }
            do {
                modal = .confirming(try .asking(kind, id: row.id, name: row.name, active: row.active, context: context))
            } catch {
                return .error(s.couldNotRead(error))
            }
        case .input(let event):
            let result = RegisterListing.handle(event, modal: &modal, context: context)
            if let error = result.error { return .error(error) }
            guard let stored = result.stored else { return .none }
            return Effect.reloading(s) {
                try reload(context: context)
                let all = rows(s)
                if let name = stored.name, let index = all.firstIndex(where: { $0.name == name }) {
                    table.select(index, rowCount: all.count, pageSize: RegisterListing.pageSize(context))
                }
            }.then(.status(stored.status))
        }
        return .none
    }

    /// Opens the form for a new row (nil) or the row with this id.
    private mutating func startEditing(_ id: Int64?, context: AppContext) -> Effect {
        let s = context.strings, store = context.store
        // A new row goes under the selected row's parent unless another is chosen.
        let parent = selectedRow(s)?.parentId
        do {
            switch kind {
            case .kommun:
                modal = .editing(.kommun(try id.flatMap(store.kommun(id:)), strings: s))
            case .enhet:
                guard !tree.kommuner.isEmpty else { return .error(s["register.needParent.enhet"]) }
                modal = .editing(.enhet(try id.flatMap(store.enhet(id:)), tree: tree, preferredKommun: parent, strings: s))
            case .team, .staff:
                guard tree.kommuner.contains(where: { !$0.enheter.isEmpty }) else { return .error(s["register.needParent.team"]) }
                modal = .editing(.team(try id.flatMap(store.team(id:)), tree: tree, preferredEnhet: parent, strings: s))
            }
        } catch {
            return .error(s.couldNotRead(error))
        }
        return .none
    }

    // MARK: Data

    mutating func reload(context: AppContext) throws {
        tree = try context.store.registerTree()
        try sizeChanged(context: context)
    }

    mutating func sizeChanged(context: AppContext) throws {
        let count = rows(context.strings).count
        if table.selected >= count { table.selected = max(0, count - 1) }
        table.offset = TableState.visibleOffset(
            selected: table.selected, offset: table.offset, rowCount: count, height: RegisterListing.pageSize(context))
    }

    /// The list's rows (cells in the catalogue's words), inactive ones left out unless asked for.
    func rows(_ s: Strings) -> [RegisterTreeRow] {
        RegisterTreeRow.rows(kind, of: tree, s).filter { shared.showInactive || $0.active }
    }

    private func selectedRow(_ s: Strings) -> RegisterTreeRow? {
        let all = rows(s)
        return all.indices.contains(table.selected) ? all[table.selected] : nil
    }

    // MARK: Render

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let all = rows(s)
        let info = [s.format("register.count", all.isEmpty ? 0 : table.selected + 1, all.count)]
        RegisterListing.render(RegisterTreeRow.table(kind, all, s), state: table, info: info,
                               isActive: { all.indices.contains($0) ? all[$0].active : nil },
                               focused: !isEditingText, into: &buffer, area: area, context: context)
        modal?.render(into: &buffer, area: area, context: context)
    }
}
