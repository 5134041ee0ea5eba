import TerminalKit
import VardagDomain
import VardagStore

/// Delaktighetsmodellen's main screen: slingor (per unit), the guide pool, exchanges of
/// bought guide services per kommun pair, yearly targets per unit, and the per-kommun report.
public struct DialogueScreen: Screen {
    public enum Message: Sendable {
        case nextTab, previousTab, move(Key), open, add, cycleUnit, previousYear, nextYear
        /// A key or paste while a form has focus.
        case input(Event)
    }

    public private(set) var tab: DialogueTab
    var table = TableState()
    var year: Int?
    var editor: DialogueForm?
    /// The unit the loop list is limited to; nil for all.
    var unitFilter: Int64?
    var loops: [LoopRow] = []
    var guides: [GuideRow] = []
    var exchanges: [GuideExchange] = []
    var targets: [DialogueTargetRow] = []
    var reports: [KommunYearReport] = []
    /// The small-group rule for the per-kommun report's people counts (the vägledare).
    var suppression = SmallGroupSuppression.standard
    /// The selected guide's assignments, shown under the pool in a tall window.
    var selectedAssignments: [GuideAssignment] = []

    public init(tab: DialogueTab = .loops) { self.tab = tab }

    public func title(_ context: AppContext) -> String { context.strings["dialogue.title"] }

    public var isEditingText: Bool { editor != nil }

    func shownYear(_ context: AppContext) -> Int { year ?? context.today.year }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        var bindings: [KeyBinding<Message>] = []
        switch tab {
        case .loops:
            bindings += [
                KeyBinding([.enter], s["dialogue.key.openLoop"], .open, label: "Enter", hint: true),
                KeyBinding([.char("n"), .char("a")], s["dialogue.key.newLoop"], .add, label: "n", hint: true),
                KeyBinding([.char("u")], s["dialogue.key.unit"], .cycleUnit, label: "u", hint: true),
            ]
        case .guides:
            bindings += [
                KeyBinding([.enter], s["dialogue.key.assignments"], .open, label: "Enter", hint: true),
                KeyBinding([.char("n"), .char("a")], s["dialogue.key.newGuide"], .add, label: "n", hint: true),
                KeyBinding([.char("-")], s["dialogue.key.previousYear"], .previousYear, label: "-"),
                KeyBinding([.char("+")], s["dialogue.key.nextYear"], .nextYear, label: "+"),
            ]
        case .targets:
            bindings += [
                KeyBinding([.enter, .char("e")], s["dialogue.key.setTarget"], .open, label: "Enter", hint: true),
                KeyBinding([.char("-")], s["dialogue.key.previousYear"], .previousYear, label: "-", hint: true),
                KeyBinding([.char("+")], s["dialogue.key.nextYear"], .nextYear, label: "+"),
            ]
        case .exchanges, .report:
            bindings += [
                KeyBinding([.char("-")], s["dialogue.key.previousYear"], .previousYear, label: "-", hint: true),
                KeyBinding([.char("+")], s["dialogue.key.nextYear"], .nextYear, label: "+", hint: true),
            ]
        }
        bindings += [
            KeyBinding([.tab], s["dialogue.key.tab"], .nextTab, label: "Tab", hint: true),
            KeyBinding([.backTab], s["dialogue.key.prevTab"], .previousTab, label: "Shift-Tab"),
            KeyBinding([.up, .down, .char("k"), .char("j")], s["dialogue.key.move"], .move(.down), label: "↑↓"),
            KeyBinding([.pageUp, .pageDown, .home, .end], s["dialogue.key.page"], .move(.pageDown), label: "PgUp/PgDn"),
        ]
        return KeyMap(title: s["dialogue.title"], bindings)
    }

    public func message(for event: Event, context: AppContext) -> Message? {
        if editor != nil {
            switch event {
            case .key, .paste: return .input(event)
            default: return nil
            }
        }
        guard case .key(let key) = event else { return nil }
        switch key {
        case .up, .down, .char("k"), .char("j"), .pageUp, .pageDown, .home, .end: return .move(key)
        default: return keyMap(context).action(for: key)
        }
    }

    // MARK: Update

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .nextTab, .previousTab:
            let step = { if case .nextTab = message { return 1 } else { return -1 } }()
            tab = DialogueTab(rawValue: TabBar.step(tab.rawValue, by: step, count: DialogueTab.allCases.count)) ?? .loops
            table = TableState()
            reload(context: context)
        case .move(let key):
            _ = table.handle(key, rowCount: rowCount, pageSize: pageSize(context))
            loadAssignments(context)
        case .previousYear, .nextYear:
            year = shownYear(context) + ({ if case .nextYear = message { return 1 } else { return -1 } }())
            reload(context: context)
        case .cycleUnit:
            let units = unitChoices
            if let current = unitFilter, let i = units.firstIndex(where: { $0.id == current }) {
                unitFilter = i + 1 < units.count ? units[i + 1].id : nil
            } else {
                unitFilter = units.first?.id
            }
            table = TableState()
            reload(context: context)
            return .status(unitFilter.flatMap { id in units.first { $0.id == id } }
                .map { s.format("dialogue.filter.unit", $0.name) } ?? s["dialogue.filter.all"])
        case .open:
            return open(context)
        case .add:
            do {
                switch tab {
                case .loops:
                    editor = try DialogueForms.newLoop(context)
                case .guides:
                    let form = try DialogueForms.newGuide(context)
                    if form.choiceIds[DialogueField.medarbetare.rawValue]?.isEmpty ?? true {
                        return .error(s["dialogue.noCandidates"])
                    }
                    editor = form
                default: break
                }
            } catch {
                return .error(s.couldNotSave(error))
            }
        case .input(let event):
            guard let form = editor else { return .none }
            switch DialogueForms.handle(event, form: form, context: context) {
            case .closed:
                editor = nil
            case .editing(let form):
                editor = form
            case .saved(let saved):
                editor = nil
                reload(context: context)
                if let id = saved.newLoopId {
                    return .batch([.status(saved.status), .push(LoopScreen(loopId: id))])
                }
                return .status(saved.status)
            }
        }
        return .none
    }

    private mutating func open(_ context: AppContext) -> Effect {
        let i = table.selected
        switch tab {
        case .loops:
            guard loops.indices.contains(i) else { return .none }
            return .push(LoopScreen(loopId: loops[i].id))
        case .guides:
            guard guides.indices.contains(i) else { return .none }
            return .push(GuideScreen(guide: guides[i]))
        case .targets:
            guard targets.indices.contains(i) else { return .none }
            editor = DialogueForms.target(targets[i], context)
        case .exchanges, .report:
            break
        }
        return .none
    }

    /// The units that have slingor, for the loop filter.
    var unitChoices: [(id: Int64, name: String)] {
        var seen: Set<Int64> = []
        return allLoopsUnits.filter { seen.insert($0.id).inserted }
    }

    /// Units of the loops loaded without a filter.
    private var allLoopsUnits: [(id: Int64, name: String)] = []

    // MARK: Data

    public mutating func reload(context: AppContext) {
        let store = context.store
        let y = shownYear(context)
        switch tab {
        case .loops:
            let all = (try? store.dialogueLoops(today: context.today)) ?? []
            allLoopsUnits = all.map { ($0.enhetId, "\($0.enhetName), \($0.kommunName)") }
            loops = unitFilter.map { id in all.filter { $0.enhetId == id } } ?? all
        case .guides: guides = (try? store.guidePool(year: y)) ?? []
        case .exchanges: exchanges = (try? store.guideExchanges(year: y)) ?? []
        case .targets: targets = (try? store.dialogueTargets(year: y, today: context.today)) ?? []
        case .report:
            reports = (try? store.dialogueReports(year: y)) ?? []
            suppression = (try? store.smallGroupSuppression()) ?? .standard
        }
        if table.selected >= rowCount { table.selected = max(0, rowCount - 1) }
        loadAssignments(context)
    }

    /// Loads the selected guide's assignments when the window has room to show them.
    private mutating func loadAssignments(_ context: AppContext) {
        guard tab == .guides, Self.layout(context.screenArea, tab: tab).footer.height > 4,
              guides.indices.contains(table.selected) else {
            selectedAssignments = []
            return
        }
        selectedAssignments = (try? context.store.guideAssignments(guideId: guides[table.selected].id)) ?? []
    }

    var rowCount: Int {
        switch tab {
        case .loops: return loops.count
        case .guides: return guides.count
        case .exchanges: return exchanges.count
        case .targets: return targets.count
        case .report: return reports.count
        }
    }

    // MARK: Render

    /// The guide pool gives half a tall window to the selected guide's assignments.
    static func layout(_ area: Rect, tab: DialogueTab) -> (tabs: Rect, info: Rect, table: Rect, footer: Rect) {
        let (tabs, rest) = area.splitTop(1)
        let (info, body) = rest.inset(top: 1).splitTop(1)
        let footerHeight = tab == .guides && body.height >= 30 ? body.height / 2 : min(4, max(0, body.height - 6))
        let (table, footer) = body.inset(top: 1).splitBottom(footerHeight)
        return (tabs, info, table, footer)
    }

    private func pageSize(_ context: AppContext) -> Int {
        max(1, Self.layout(context.screenArea, tab: tab).table.height - 1)
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let rows = Self.layout(area, tab: tab)
        var tabs = TabBar(titles: DialogueTab.allCases.map { s[$0.titleKey] }, selected: tab.rawValue)
        tabs.selectedStyle = theme.selected
        tabs.render(into: &buffer, area: rows.tabs.inset(left: 1))
        buffer.put(info(context), x: rows.info.x + 1, y: rows.info.y, maxWidth: rows.info.width - 2, style: theme.dim)
        var widget = table(context)
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        widget.render(into: &buffer, area: rows.table, state: table, focused: editor == nil)
        renderFooter(into: &buffer, area: rows.footer.inset(left: 1, right: 1), context: context)
        if let editor { editor.render(into: &buffer, area: area, context: context) }
    }

    private func info(_ context: AppContext) -> String {
        let s = context.strings
        let y = shownYear(context)
        switch tab {
        case .loops:
            let unit = unitFilter.flatMap { id in unitChoices.first { $0.id == id }?.name } ?? s["dialogue.filter.allUnits"]
            return s.format("dialogue.info.loops", loops.count, unit)
        case .guides: return s.format("dialogue.info.guides", guides.count, y)
        case .exchanges: return s.format("dialogue.info.exchanges", y)
        case .targets: return s.format("dialogue.info.targets", y)
        case .report: return s.format("dialogue.info.report", y)
        }
    }

    private func renderFooter(into buffer: inout Buffer, area: Rect, context: AppContext) {
        guard area.height > 0 else { return }
        let s = context.strings
        var lines: [(String, Style)] = []
        switch tab {
        case .report where reports.indices.contains(table.selected):
            let r = reports[table.selected]
            lines.append((s.format("dialogue.report.themes", r.kommunName,
                                   r.report.themes.isEmpty ? "–" : r.report.themes.joined(separator: "; ")), context.theme.normal))
        case .loops where loops.indices.contains(table.selected):
            let l = loops[table.selected]
            if l.overdueActions > 0 {
                lines.append((s.format("dialogue.loops.overdue", l.overdueActions), context.theme.flag))
            }
        case .guides where guides.indices.contains(table.selected) && area.height > 4:
            let g = guides[table.selected]
            lines.append((s.format("dialogue.guide.assignmentsOf", g.name, selectedAssignments.count), context.theme.header))
            for a in selectedAssignments {
                let bought = a.bought ? " · " + s["dialogue.col.bought"].lowercased() : ""
                lines.append(("  \(a.plannedStart) \(a.enhetName), \(a.kommunName) · \(a.theme) · \(DialogueText.next(a.nextMeeting, s))\(bought)",
                              context.theme.normal))
            }
        case .targets where targets.indices.contains(table.selected):
            if let warning = targets[table.selected].warning {
                lines.append((DialogueText.warning(warning, s), context.theme.warning))
            }
        default: break
        }
        for (i, line) in lines.prefix(area.height).enumerated() {
            buffer.put(line.0, x: area.x, y: area.y + i, maxWidth: area.width, style: line.1)
        }
    }

    private func table(_ context: AppContext) -> Table {
        let s = context.strings
        let empty = s["dialogue.empty"]
        switch tab {
        case .loops:
            let rows = loops
            var t = Table(columns: [
                TableColumn(s["dialogue.col.kommun"], width: .flexible(2)),
                TableColumn(s["dialogue.col.enhet"], width: .flexible(3)),
                TableColumn(s["dialogue.col.theme"], width: .flexible(4)),
                TableColumn(s["dialogue.col.start"], width: .fixed(10)),
                TableColumn(s["dialogue.col.next"], width: .fixed(14)),
                TableColumn(s["dialogue.col.open"], width: .fixed(5), alignment: .right),
                TableColumn(s["dialogue.col.overdue"], width: .fixed(4), alignment: .right),
            ], rowCount: rows.count, emptyText: s["dialogue.emptyLoops"]) { i in
                let r = rows[i]
                return [r.kommunName, r.enhetName, r.theme, (r.startedOn ?? r.plannedStart).iso,
                        DialogueText.next(r.nextMeeting, s), String(r.openQuestions), String(r.overdueActions)]
            }
            let flag = context.theme.flag
            t.rowStyle = { i in rows[i].overdueActions > 0 ? flag : nil }
            return t
        case .guides:
            let rows = guides
            let dim = context.theme.dim
            var t = Table(columns: [
                TableColumn(s["dialogue.col.name"], width: .flexible(3)),
                TableColumn(s["dialogue.col.kommun"], width: .flexible(2)),
                TableColumn(s["dialogue.col.enhet"], width: .flexible(3)),
                TableColumn(s["dialogue.col.trained"], width: .fixed(10)),
                TableColumn(s["dialogue.col.assigned"], width: .fixed(8), alignment: .right),
                TableColumn(s["dialogue.col.ledYear"], width: .fixed(10), alignment: .right),
            ], rowCount: rows.count, emptyText: s["dialogue.emptyGuides"]) { i in
                let r = rows[i]
                return [r.active ? r.name : s.format("dialogue.inactive", r.name), r.kommunName, r.enhetName,
                        r.trainingDate.iso, String(r.openAssignments), String(r.ledThisYear)]
            }
            t.rowStyle = { i in rows[i].active ? nil : dim }
            return t
        case .exchanges:
            let rows = exchanges
            return Table(columns: [
                TableColumn(s["dialogue.col.provider"], width: .flexible(2)),
                TableColumn(s["dialogue.col.buyer"], width: .flexible(2)),
                TableColumn(s["dialogue.col.assignments"], width: .fixed(8), alignment: .right),
                TableColumn(s["dialogue.col.loops"], width: .fixed(8), alignment: .right),
                TableColumn(s["dialogue.col.guides"], width: .fixed(10), alignment: .right),
            ], rowCount: rows.count, emptyText: s["dialogue.emptyExchanges"]) { i in
                let r = rows[i]
                return [r.providerName, r.buyerName, String(r.assignments), String(r.loops), String(r.guides)]
            }
        case .targets:
            let rows = targets
            let warn = context.theme.warning
            var t = Table(columns: [
                TableColumn(s["dialogue.col.enhet"], width: .flexible(3)),
                TableColumn(s["dialogue.col.kommun"], width: .flexible(2)),
                TableColumn(s["dialogue.col.target"], width: .fixed(5), alignment: .right),
                TableColumn(s["dialogue.col.started"], width: .fixed(8), alignment: .right),
                TableColumn(s["dialogue.col.finished"], width: .fixed(9), alignment: .right),
                TableColumn(s["dialogue.col.state"], width: .fixed(10)),
            ], rowCount: rows.count, emptyText: empty) { i in
                let r = rows[i]
                let state = r.target == nil ? "–" : (r.warning == nil ? s["dialogue.target.onTrack"] : s["dialogue.target.behind"])
                return [r.enhetName, r.kommunName, r.target.map(String.init) ?? "–", String(r.started), String(r.finished), state]
            }
            t.rowStyle = { i in rows[i].warning == nil ? nil : warn }
            return t
        case .report:
            let rows = reports
            return Table(columns: [
                TableColumn(s["dialogue.col.kommun"], width: .flexible(2)),
                TableColumn(s["dialogue.col.started"], width: .fixed(8), alignment: .right),
                TableColumn(s["dialogue.col.finished"], width: .fixed(9), alignment: .right),
                TableColumn(s["dialogue.col.questions"], width: .fixed(12), alignment: .right),
                TableColumn(s["dialogue.col.guidesOwnBought"], width: .fixed(17), alignment: .right),
                TableColumn(s["dialogue.col.actions"], width: .fixed(15), alignment: .right),
            ], rowCount: rows.count, emptyText: empty) { i in
                let r = rows[i].report
                return [rows[i].kommunName, String(r.started), String(r.finished),
                        "\(r.questionsAsked)/\(r.questionsAnswered)",
                        // Vägledare are people: a kommun with fewer than the threshold is not counted out.
                        "\(suppression.text(String(r.ownGuides), people: r.ownGuides))/\(suppression.text(String(r.boughtGuides), people: r.boughtGuides))",
                        "\(r.actionsDone)/\(r.actions)"]
            }
        }
    }
}
