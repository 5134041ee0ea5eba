import TerminalKit
import VardagDomain
import VardagStore

/// The register's staff list: search, sort, add, edit, (de)activate.
///
/// The list can hold tens of thousands of people, so it keeps only a window of rows
/// around what is on screen and fetches a new window when the cursor leaves it.
struct StaffTab: HostedTab {
    enum Message: Sendable {
        case move(Key), add, edit, toggleActive, cycleSort, startSearch, toggleInactive, clearFilter
        /// A key or paste while the search field, a form or a question has focus.
        case input(Event)
    }

    var shared = RegisterShared()
    var table = TableState()
    var tree = RegisterTree(kommuner: [])
    var filterText = ""
    var sort: StaffSort = .name
    /// The search field while it has focus.
    var search: TextFieldState?
    var modal: RegisterModal?
    /// The ids of all listed staff in order, fetched once per filter or sort.
    var staffIDs: [Int64] = []
    /// The staff rows around what is on screen.
    var window = RowWindow<StaffRow>()

    func tabTitle(_ context: AppContext) -> String { context.strings[RegisterTab.staff.titleKey] }

    var isEditingText: Bool { search != nil || modal != nil }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        var bindings: [KeyBinding<Message>] = RegisterListing.editBindings(s, add: .add, edit: .edit, toggleActive: .toggleActive) + [
            KeyBinding([.char("/"), .char("f")], s["register.key.search"], .startSearch, label: "/", hint: true),
            KeyBinding([.char("s")], s["register.key.sort"], .cycleSort, label: "s", hint: true),
        ]
        // Esc first clears a search; the next Esc leaves the screen.
        if !filterText.isEmpty { bindings.append(KeyBinding([.escape], s["register.key.clearFilter"], .clearFilter, label: "Esc")) }
        bindings.append(KeyBinding([.char("i")], s["register.key.showInactive"], .toggleInactive, label: "i"))
        bindings += ListKeys.bindings(rowHelp: s["register.key.move"], pageHelp: s["register.key.page"]) { .move($0) }
        return KeyMap(title: s["register.title"], bindings)
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: staffIDs.count, pageSize: pageSize(context))
            return Effect.reloading(s) { try loadWindow(context) }
        case .cycleSort:
            let all = StaffSort.allCases
            sort = all[((all.firstIndex(of: sort) ?? 0) + 1) % all.count]
            return relisted(context).then(.status(s.format("register.sortedBy", sortName(s))))
        case .toggleInactive:
            shared.showInactive.toggle()
            return relisted(context)
        case .clearFilter:
            filterText = ""
            return relisted(context)
        case .startSearch:
            search = TextFieldState(text: filterText, maxLength: 60)
        case .add, .edit:
            let row = staffRow(at: table.selected)
            let editing = { if case .edit = message { return true } else { return false } }()
            if editing, row == nil { return .none }
            guard tree.kommuner.contains(where: { $0.enheter.contains { !$0.teams.isEmpty } }) else {
                return .error(s["register.needParent.staff"])
            }
            do {
                let person = try editing ? row.flatMap { try context.store.medarbetare(id: $0.id) } : nil
                if editing, person == nil { return .none }
                modal = .editing(.staff(person, tree: tree, preferredTeam: row?.teamId, today: context.today, strings: s))
            } catch {
                return .error(s.couldNotRead(error))
            }
        case .toggleActive:
            guard let row = staffRow(at: table.selected) else { return .none }
            do {
                modal = .confirming(try .asking(.staff, id: row.id, name: row.name, active: row.active, context: context))
            } catch {
                return .error(s.couldNotRead(error))
            }
        case .input(let event):
            if search != nil { return typeSearch(event, context: context) }
            let result = RegisterListing.handle(event, modal: &modal, context: context)
            if let error = result.error { return .error(error) }
            guard let stored = result.stored else { return .none }
            return Effect.reloading(s) {
                try reload(context: context)
                if let name = stored.name, let index = window.index(where: { $0.name == name }) {
                    table.select(index, rowCount: staffIDs.count, pageSize: pageSize(context))
                }
            }.then(.status(stored.status))
        }
        return .none
    }

    /// A key in the search field: the list follows the typing; Enter keeps the filter, Esc drops it.
    private mutating func typeSearch(_ event: Event, context: AppContext) -> Effect {
        guard var field = search else { return .none }
        if case .key(let key) = event, key == .escape || key == .enter {
            if key == .escape { filterText = "" }
            search = nil
            return relisted(context)
        }
        _ = field.handle(event)
        search = field
        guard field.text != filterText else { return .none }
        filterText = field.text
        return relisted(context)
    }

    /// Lists again from the top after the filter, sort or inactive choice changed.
    private mutating func relisted(_ context: AppContext) -> Effect {
        table = TableState()
        return Effect.reloading(context.strings) { try reload(context: context) }
    }

    // MARK: Data

    mutating func reload(context: AppContext) throws {
        tree = try context.store.registerTree()
        staffIDs = try context.store.staffIDs(filter: StaffFilter(text: filterText, includeInactive: shared.showInactive), sort: sort)
        window.clear()
        if table.selected >= staffIDs.count { table.selected = max(0, staffIDs.count - 1) }
        try sizeChanged(context: context)
    }

    /// A bigger window shows more rows: the scroll position is fitted to the new page and
    /// the rows it shows are fetched, so no row stays blank until a key is pressed.
    mutating func sizeChanged(context: AppContext) throws {
        table.offset = TableState.visibleOffset(
            selected: table.selected, offset: table.offset, rowCount: staffIDs.count, height: pageSize(context))
        try loadWindow(context)
    }

    /// Fetches the rows around the visible page when they are not already held.
    private mutating func loadWindow(_ context: AppContext) throws {
        let ids = staffIDs
        try window.fill(top: table.offset, page: pageSize(context), total: ids.count) { offset, limit in
            try context.store.staff(ids: Array(ids[offset..<(offset + limit)]))
        }
    }

    private func staffRow(at index: Int) -> StaffRow? { window.row(at: index) }

    private func pageSize(_ context: AppContext) -> Int { RegisterListing.pageSize(context) }

    private func sortName(_ s: Strings) -> String {
        switch sort {
        case .name: return s["register.sort.name"]
        case .team: return s["register.sort.team"]
        case .title: return s["register.sort.title"]
        }
    }

    // MARK: Render

    /// The narrowest table that also shows the staff list's Enhet column.
    static let widthForEnhetColumn = 120

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        var info = [s.format("register.count", staffIDs.isEmpty ? 0 : table.selected + 1, staffIDs.count),
                    s.format("register.sortedBy", sortName(s))]
        if !filterText.isEmpty { info.append(s.format("register.filter", filterText)) }
        let layout = RegisterListing.layout(area)
        RegisterListing.render(table(context, width: layout.table.width), state: table, info: info, isActive: { staffRow(at: $0)?.active },
                               focused: !isEditingText, into: &buffer, area: area, context: context)
        if let search {
            let label = s.format("register.filter", "")
            let row = layout.info.inset(left: 1, right: 1)
            buffer.fill(row)
            let w = buffer.put(label, x: row.x, y: row.y, style: context.theme.title)
            var field = TextField()
            field.focusedStyle = context.theme.focusedField
            field.render(into: &buffer, area: Rect(x: row.x + w, y: row.y, width: min(40, row.width - w), height: 1), state: search, focused: true)
        }
        modal?.render(into: &buffer, area: area, context: context)
    }

    private func table(_ context: AppContext, width: Int) -> Table {
        let s = context.strings
        let yes = s["register.yes"], no = s["register.inactive"]
        // The unit between team and kommun when the window is wide enough to show it readably.
        let withEnhet = width >= Self.widthForEnhetColumn
        return Table(columns: [
            TableColumn(s["register.col.name"], width: .flexible(3)),
            TableColumn(s["register.col.title"], width: .flexible(2)),
            TableColumn(s["register.col.role"], width: .fixed(11)),
            TableColumn(s["register.col.team"], width: .flexible(2)),
        ] + (withEnhet ? [TableColumn(s["register.col.enhet"], width: .flexible(2))] : []) + [
            TableColumn(s["register.col.kommun"], width: .flexible(2)),
            TableColumn(s["register.col.active"], width: .fixed(7)),
        ], rowCount: staffIDs.count, emptyText: filterText.isEmpty ? s["register.empty"] : s.format("register.emptyFilter", filterText)) { i in
            guard let r = staffRow(at: i) else { return [] }
            return [r.name, r.title, RegisterText.role(r.role, s), r.teamName] + (withEnhet ? [r.enhetName] : [])
                + [r.kommunName, r.active ? yes : no]
        }
    }
}
