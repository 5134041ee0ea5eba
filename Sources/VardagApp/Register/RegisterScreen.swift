import TerminalKit
import VardagDomain
import VardagStore

/// The register: staff, kommuner, enheter and teams; list, add, edit, deactivate.
///
/// The staff list can hold tens of thousands of people, so it keeps only a window
/// of rows around what is on screen and fetches a new window when the cursor leaves it.
public struct RegisterScreen: Screen {
    public enum Message: Sendable {
        case nextTab, previousTab, move(Key), add, edit, toggleActive, cycleSort, startSearch, toggleInactive, clearFilter
        /// A key or paste while a form, the search field or a dialog has focus.
        case input(Event)
    }

    /// What has the keyboard besides the list.
    enum Mode {
        case browsing
        case searching(TextFieldState)
        case editing(RegisterEditor)
        /// The form's save met someone else's change to the same fields: she chooses.
        case resolving(RegisterEditor, ConflictQuestion)
        /// `message` says what the change does to the row and what hangs under it.
        case confirming(id: Int64, name: String, deactivate: Bool, message: String, state: ConfirmDialogState)
    }

    public private(set) var tab: RegisterTab = .staff
    var table = TableState()
    var mode: Mode = .browsing
    var tree = RegisterTree(kommuner: [])
    var filterText = ""
    var showInactive = true
    var sort: StaffSort = .name
    var staffTotal: Int { staffIDs.count }
    /// The ids of all listed staff in order, fetched once per filter or sort.
    var staffIDs: [Int64] = []
    /// Staff rows from `staffWindowOffset`, covering the screen and some margin.
    var staffWindow: [StaffRow] = []
    var staffWindowOffset = 0

    public init(tab: RegisterTab = .staff) { self.tab = tab }

    public func title(_ context: AppContext) -> String { context.strings["register.title"] }

    public var isEditingText: Bool {
        if case .browsing = mode { return false }
        return true
    }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        var bindings: [KeyBinding<Message>] = [
            KeyBinding([.char("a"), .insert], s["register.key.add"], .add, label: "a", hint: true),
            KeyBinding([.enter, .char("e")], s["register.key.edit"], .edit, label: "Enter", hint: true),
            KeyBinding([.char("d"), .delete], s["register.key.toggleActive"], .toggleActive, label: "d", hint: true),
            KeyBinding([.tab], s["register.key.tab"], .nextTab, label: "Tab", hint: true),
            KeyBinding([.backTab], s["register.key.prevTab"], .previousTab, label: "Shift-Tab"),
        ]
        if tab == .staff {
            bindings += [
                KeyBinding([.char("/"), .char("f")], s["register.key.search"], .startSearch, label: "/", hint: true),
                KeyBinding([.char("s")], s["register.key.sort"], .cycleSort, label: "s", hint: true),
                KeyBinding([], s["register.key.clearFilter"], .clearFilter, label: "Esc"),
            ]
        }
        bindings += [
            KeyBinding([.char("i")], s["register.key.showInactive"], .toggleInactive, label: "i"),
            KeyBinding([.up, .down, .char("k"), .char("j")], s["register.key.move"], .move(.down), label: "↑↓"),
            KeyBinding([.pageUp, .pageDown, .home, .end], s["register.key.page"], .move(.pageDown), label: "PgUp/PgDn"),
        ]
        return KeyMap(title: s["register.title"], bindings)
    }

    public func message(for event: Event, context: AppContext) -> Message? {
        if case .browsing = mode {
            guard case .key(let key) = event else { return nil }
            switch key {
            case .up, .down, .char("k"), .char("j"), .pageUp, .pageDown, .home, .end: return .move(key)
            // Esc first clears a search; the next Esc leaves the screen.
            case .escape where !filterText.isEmpty: return .clearFilter
            default: return keyMap(context).action(for: key)
            }
        }
        switch event {
        case .key, .paste: return .input(event)
        default: return nil
        }
    }

    // MARK: Update

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .nextTab, .previousTab:
            let step = { if case .nextTab = message { return 1 } else { return -1 } }()
            tab = RegisterTab(rawValue: TabBar.step(tab.rawValue, by: step, count: RegisterTab.allCases.count)) ?? .staff
            table = TableState()
            reload(context: context)
        case .move(let key):
            _ = table.handle(key, rowCount: rowCount, pageSize: pageSize(context))
            table.offset = TableState.visibleOffset(
                selected: table.selected, offset: table.offset, rowCount: rowCount, height: pageSize(context))
            if tab == .staff { loadStaffWindow(context) }
        case .cycleSort:
            let all = StaffSort.allCases
            sort = all[((all.firstIndex(of: sort) ?? 0) + 1) % all.count]
            table = TableState()
            reload(context: context)
            return .status(s.format("register.sortedBy", sortName(s)))
        case .toggleInactive:
            showInactive.toggle()
            table = TableState()
            reload(context: context)
        case .clearFilter:
            filterText = ""
            table = TableState()
            reload(context: context)
        case .startSearch:
            mode = .searching(TextFieldState(text: filterText, maxLength: 60))
        case .add:
            return startEditing(existing: false, context: context)
        case .edit:
            return startEditing(existing: true, context: context)
        case .toggleActive:
            guard let (id, name, active) = selectedRecord() else { return .none }
            mode = .confirming(id: id, name: name, deactivate: active,
                               message: confirmMessage(id: id, name: name, deactivate: active, context: context), state: ConfirmDialogState())
        case .input(let event):
            return handleInput(event, context: context)
        }
        return .none
    }

    private mutating func handleInput(_ event: Event, context: AppContext) -> Effect {
        switch mode {
        case .browsing:
            return .none
        case .searching(var field):
            if case .key(let key) = event, key == .escape || key == .enter {
                if key == .escape { filterText = "" }
                mode = .browsing
                table = TableState()
                reload(context: context)
                return .none
            }
            _ = field.handle(event)
            mode = .searching(field)
            if field.text != filterText {
                filterText = field.text
                table = TableState()
                reload(context: context)
            }
            return .none
        case .editing(var editor):
            switch editor.form.closeDecision(for: event, strings: context.strings) {
            case .close: mode = .browsing; return .none
            case .stay: mode = .editing(editor); return .none
            case .pass: break
            }
            if case .key(.enter) = event { return save(editor, context: context) }
            _ = editor.form.handle(event)
            mode = .editing(editor)
            return .none
        case .resolving(var editor, var question):
            guard case .key(let key) = event else { return .none }
            switch question.handle(key, strings: context.strings) {
            case nil: mode = .resolving(editor, question); return .none
            case .back?: mode = .editing(editor); return .none
            case .save(let fields)?:
                editor.answer(keepingTheirs: fields)
                return save(editor, context: context)
            }
        case .confirming(let id, let name, let deactivate, let message, var state):
            guard case .key(let key) = event else { return .none }
            let s = context.strings
            let dialog = confirmDialog(message: message, deactivate: deactivate, strings: s)
            guard let outcome = dialog.handle(key, state: &state) else {
                mode = .confirming(id: id, name: name, deactivate: deactivate, message: message, state: state)
                return .none
            }
            mode = .browsing
            guard outcome == .confirmed else { return .none }
            let under = tab == .kommun && deactivate ? try? context.store.activeUnitsAndTeams(kommunId: id) : nil
            do {
                try setActive(id: id, active: !deactivate, store: context.store)
            } catch {
                return .error(s.couldNotSave(error))
            }
            reload(context: context)
            if let under { return .status(s.format("register.deactivatedKommun", name, under.enheter, under.teams)) }
            return .status(s.format(deactivate ? "register.deactivated" : "register.reactivated", name))
        }
    }

    private func setActive(id: Int64, active: Bool, store: AppDatabase) throws {
        switch (tab, active) {
        case (.staff, false): _ = try store.deactivateMedarbetare(id: id)
        case (.staff, true): _ = try store.reactivateMedarbetare(id: id)
        case (.kommun, false): _ = try store.deactivateKommun(id: id)
        case (.kommun, true): _ = try store.reactivateKommun(id: id)
        case (.enhet, false): _ = try store.deactivateEnhet(id: id)
        case (.enhet, true): _ = try store.reactivateEnhet(id: id)
        case (.team, false): _ = try store.deactivateTeam(id: id)
        case (.team, true): _ = try store.reactivateTeam(id: id)
        }
    }

    private mutating func startEditing(existing: Bool, context: AppContext) -> Effect {
        let s = context.strings
        let store = context.store
        let selected = existing ? selectedRecord() : nil
        if existing && selected == nil { return .none }
        let id = selected?.id
        do {
            switch tab {
            case .kommun:
                mode = .editing(.kommun(try id.flatMap(store.kommun(id:)), strings: s))
            case .enhet:
                guard !tree.kommuner.isEmpty else { return .error(s["register.needParent.enhet"]) }
                // A new unit goes to the selected unit's kommun unless another is chosen.
                let rows = enhetRows
                let preferred = rows.indices.contains(table.selected) ? rows[table.selected].kommun.id : nil
                mode = .editing(.enhet(try id.flatMap(store.enhet(id:)), tree: tree, preferredKommun: preferred, strings: s))
            case .team:
                guard tree.kommuner.contains(where: { !$0.enheter.isEmpty }) else { return .error(s["register.needParent.team"]) }
                let rows = teamRows
                let preferred = rows.indices.contains(table.selected) ? rows[table.selected].enhet.id : nil
                mode = .editing(.team(try id.flatMap(store.team(id:)), tree: tree, preferredEnhet: preferred, strings: s))
            case .staff:
                guard tree.kommuner.contains(where: { $0.enheter.contains { !$0.teams.isEmpty } }) else {
                    return .error(s["register.needParent.staff"])
                }
                let preferredTeam = staffRow(at: table.selected)?.teamId
                mode = .editing(.staff(
                    try id.flatMap(store.medarbetare(id:)), tree: tree, preferredTeam: preferredTeam,
                    today: context.today, strings: s))
            }
        } catch {
            return .error(s.couldNotSave(error))
        }
        return .none
    }

    // MARK: Data

    public mutating func reload(context: AppContext) {
        tree = (try? context.store.registerTree()) ?? RegisterTree(kommuner: [])
        if tab == .staff {
            staffIDs = (try? context.store.staffIDs(filter: staffFilter, sort: sort)) ?? []
            staffWindow = []
        }
        if table.selected >= rowCount { table.selected = max(0, rowCount - 1) }
        table.offset = TableState.visibleOffset(
            selected: table.selected, offset: table.offset, rowCount: rowCount, height: pageSize(context))
        if tab == .staff { loadStaffWindow(context) }
    }

    /// A bigger window shows more rows: the scroll position is fitted to the new page and
    /// the staff rows it shows are fetched, so no row stays blank until a key is pressed.
    public mutating func sizeChanged(context: AppContext) {
        table.offset = TableState.visibleOffset(
            selected: table.selected, offset: table.offset, rowCount: rowCount, height: pageSize(context))
        if tab == .staff { loadStaffWindow(context) }
    }

    var staffFilter: StaffFilter { StaffFilter(text: filterText, includeInactive: showInactive) }

    /// Fetches the staff rows around the visible page when they are not already held.
    private mutating func loadStaffWindow(_ context: AppContext) {
        let page = pageSize(context)
        let needed = table.offset..<min(staffTotal, table.offset + page)
        let held = staffWindowOffset..<(staffWindowOffset + staffWindow.count)
        if needed.isEmpty || (held.contains(needed.lowerBound) && held.contains(needed.upperBound - 1)) { return }
        let start = max(0, table.offset - page)
        let ids = Array(staffIDs[start..<min(staffIDs.count, start + page * 3)])
        staffWindow = (try? context.store.staff(ids: ids)) ?? []
        staffWindowOffset = start
    }

    private func staffRow(at index: Int) -> StaffRow? {
        let i = index - staffWindowOffset
        return staffWindow.indices.contains(i) ? staffWindow[i] : nil
    }

    private var enhetRows: [(kommun: Kommun, node: RegisterTree.EnhetNode)] {
        tree.kommuner.flatMap { k in k.enheter.map { (k.kommun, $0) } }.filter { showInactive || $0.node.enhet.active }
    }

    private var teamRows: [(kommun: Kommun, enhet: Enhet, node: RegisterTree.TeamNode)] {
        tree.kommuner.flatMap { k in k.enheter.flatMap { e in e.teams.map { (k.kommun, e.enhet, $0) } } }
            .filter { showInactive || $0.node.team.active }
    }

    private var kommunRows: [RegisterTree.KommunNode] {
        tree.kommuner.filter { showInactive || $0.kommun.active }
    }

    var rowCount: Int {
        switch tab {
        case .staff: return staffTotal
        case .kommun: return kommunRows.count
        case .enhet: return enhetRows.count
        case .team: return teamRows.count
        }
    }

    /// The selected record's id, name and whether it is active.
    private func selectedRecord() -> (id: Int64, name: String, active: Bool)? {
        let i = table.selected
        guard i < rowCount else { return nil }
        switch tab {
        case .staff: return staffRow(at: i).map { ($0.id, $0.name, $0.active) }
        case .kommun: let k = kommunRows[i].kommun; return (k.id, k.name, k.active)
        case .enhet: let e = enhetRows[i].node.enhet; return (e.id, e.name, e.active)
        case .team: let t = teamRows[i].node.team; return (t.id, t.name, t.active)
        }
    }

    /// Moves the cursor to a record just saved, when it is in the loaded rows.
    private mutating func selectRecord(named name: String, context: AppContext) {
        let index: Int?
        switch tab {
        case .staff: index = staffWindow.firstIndex { $0.name == name }.map { $0 + staffWindowOffset }
        case .kommun: index = kommunRows.firstIndex { $0.kommun.name == name }
        case .enhet: index = enhetRows.firstIndex { $0.node.enhet.name == name }
        case .team: index = teamRows.firstIndex { $0.node.team.name == name }
        }
        if let index { table.select(index, rowCount: rowCount, pageSize: pageSize(context)) }
    }

    private func sortName(_ s: Strings) -> String {
        switch sort {
        case .name: return s["register.sort.name"]
        case .team: return s["register.sort.team"]
        case .title: return s["register.sort.title"]
        }
    }

    // MARK: Render

    /// The screen's rows: tab bar, info line, the table.
    static func layout(_ area: Rect) -> (tabs: Rect, info: Rect, table: Rect) {
        let (tabs, rest) = area.splitTop(1)
        let (info, table) = rest.inset(top: 1).splitTop(1)
        return (tabs, info, table.inset(top: 1))
    }

    private func pageSize(_ context: AppContext) -> Int {
        max(1, Self.layout(context.screenArea).table.height - 1)
    }

    /// What (de)activating the selected row does, in words that fit what it is: a person,
    /// a kommun with the units and teams that go with it, a unit, a team.
    private func confirmMessage(id: Int64, name: String, deactivate: Bool, context: AppContext) -> String {
        let s = context.strings
        switch (tab, deactivate) {
        case (.staff, true): return s.format("register.confirm.deactivate", name)
        case (.kommun, true):
            let under = (try? context.store.activeUnitsAndTeams(kommunId: id)) ?? (enheter: 0, teams: 0)
            return s.format("register.confirm.deactivateKommun", name, under.enheter, under.teams)
        case (.enhet, true): return s.format("register.confirm.deactivateEnhet", name)
        case (.team, true): return s.format("register.confirm.deactivateTeam", name)
        case (.kommun, false): return s.format("register.confirm.reactivateKommun", name)
        default: return s.format("register.confirm.reactivate", name)
        }
    }

    private func confirmDialog(message: String, deactivate: Bool, strings s: Strings) -> ConfirmDialog {
        ConfirmDialog(
            title: s[deactivate ? "register.confirm.deactivate.title" : "register.confirm.reactivate.title"],
            message: message,
            confirmLabel: s["register.yesButton"], declineLabel: s["register.noButton"],
            confirmShortcut: "j", declineShortcut: "n")
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let rows = Self.layout(area)
        var tabs = TabBar(titles: RegisterTab.allCases.map { s[$0.titleKey] }, selected: tab.rawValue)
        tabs.selectedStyle = theme.selected
        tabs.render(into: &buffer, area: rows.tabs.inset(left: 1))
        renderInfo(into: &buffer, area: rows.info.inset(left: 1, right: 1), context: context)
        var widget = table(context, width: rows.table.width)
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.highlightsWholeRow = false
        widget.rowStyle = { index in
            if let active = self.isActive(at: index), !active { return theme.dim }
            return nil
        }
        widget.render(into: &buffer, area: rows.table, state: table, focused: !isEditingText)
        switch mode {
        case .browsing:
            break
        case .searching(let field):
            let label = s.format("register.filter", "")
            let row = rows.info.inset(left: 1, right: 1)
            buffer.fill(row)
            let w = buffer.put(label, x: row.x, y: row.y, style: theme.title)
            var textField = TextField()
            textField.focusedStyle = theme.focusedField
            textField.render(into: &buffer, area: Rect(x: row.x + w, y: row.y, width: min(40, row.width - w), height: 1), state: field, focused: true)
        case .editing(let editor):
            editor.render(into: &buffer, area: area, context: context)
        case .resolving(let editor, let question):
            editor.render(into: &buffer, area: area, context: context)
            question.render(into: &buffer, area: area, context: context)
        case .confirming(_, _, let deactivate, let message, let state):
            confirmDialog(message: message, deactivate: deactivate, strings: s).render(into: &buffer, area: area, state: state)
        }
    }

    /// Saves the form; on a conflict with someone else's change asks what to keep.
    private mutating func save(_ editor: RegisterEditor, context: AppContext) -> Effect {
        var editor = editor
        let s = context.strings
        do {
            let saved = try editor.save(to: context.store)
            mode = .browsing
            reload(context: context)
            selectRecord(named: saved.name, context: context)
            if saved.keptFromOthers.isEmpty { return .status(s.format("register.saved", saved.name)) }
            return .status(s.format("form.conflict.savedKeeping", saved.name,
                                    saved.keptFromOthers.map(editor.label(of:)).joined(separator: ", ")))
        } catch let failure as ValidationFailure {
            editor.show(failure, strings: s)
        } catch {
            if let question = editor.question(for: error, strings: s) {
                mode = .resolving(editor, question)
                return .none
            }
            editor.form.message = s.couldNotSave(error)
        }
        mode = .editing(editor)
        return .none
    }

    private func renderInfo(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        var parts = [s.format("register.count", rowCount == 0 ? 0 : table.selected + 1, rowCount)]
        if tab == .staff {
            parts.append(s.format("register.sortedBy", sortName(s)))
            if !filterText.isEmpty { parts.append(s.format("register.filter", filterText)) }
        }
        buffer.put(parts.joined(separator: " · "), x: area.x, y: area.y, maxWidth: area.width, style: context.theme.dim)
    }

    private func isActive(at index: Int) -> Bool? {
        switch tab {
        case .staff: return staffRow(at: index)?.active
        case .kommun: return index < kommunRows.count ? kommunRows[index].kommun.active : nil
        case .enhet: return index < enhetRows.count ? enhetRows[index].node.enhet.active : nil
        case .team: return index < teamRows.count ? teamRows[index].node.team.active : nil
        }
    }

    /// The narrowest table that also shows the staff list's Enhet column.
    static let widthForEnhetColumn = 120

    private func table(_ context: AppContext, width: Int) -> Table {
        let s = context.strings
        let yes = s["register.yes"], no = s["register.inactive"]
        let empty = filterText.isEmpty ? s["register.empty"] : s.format("register.emptyFilter", filterText)
        switch tab {
        case .staff:
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
            ], rowCount: staffTotal, emptyText: empty) { i in
                guard let r = staffRow(at: i) else { return [] }
                return [r.name, r.title, RegisterText.role(r.role, s), r.teamName] + (withEnhet ? [r.enhetName] : [])
                    + [r.kommunName, r.active ? yes : no]
            }
        case .kommun:
            let rows = kommunRows
            return Table(columns: [
                TableColumn(s["register.col.name"], width: .flexible(3)),
                TableColumn(s["register.tab.enhet"], width: .fixed(9), alignment: .right),
                TableColumn(s["register.col.active"], width: .fixed(7)),
            ], rowCount: rows.count, emptyText: s["register.empty"]) { i in
                [rows[i].kommun.name, String(rows[i].enheter.count), rows[i].kommun.active ? yes : no]
            }
        case .enhet:
            let rows = enhetRows
            return Table(columns: [
                TableColumn(s["register.col.name"], width: .flexible(3)),
                TableColumn(s["register.col.omrade"], width: .flexible(2)),
                TableColumn(s["register.col.kommun"], width: .flexible(2)),
                TableColumn(s["register.tab.team"], width: .fixed(5), alignment: .right),
                TableColumn(s["register.col.active"], width: .fixed(7)),
            ], rowCount: rows.count, emptyText: s["register.empty"]) { i in
                let e = rows[i].node.enhet
                return [e.name, RegisterText.omrade(e.omrade, s), rows[i].kommun.name, String(rows[i].node.teams.count), e.active ? yes : no]
            }
        case .team:
            let rows = teamRows
            return Table(columns: [
                TableColumn(s["register.col.name"], width: .flexible(3)),
                TableColumn(s["register.col.enhet"], width: .flexible(3)),
                TableColumn(s["register.col.kommun"], width: .flexible(2)),
                TableColumn(s["register.tab.staff"], width: .fixed(11), alignment: .right),
                TableColumn(s["register.col.active"], width: .fixed(7)),
            ], rowCount: rows.count, emptyText: s["register.empty"]) { i in
                let t = rows[i].node.team
                return [t.name, rows[i].enhet.name, rows[i].kommun.name, String(rows[i].node.activeStaffCount), t.active ? yes : no]
            }
        }
    }
}
