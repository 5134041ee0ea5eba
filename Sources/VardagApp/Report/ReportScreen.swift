import TerminalKit
import VardagDomain
import VardagStore

/// Rapport: a kommun's staff figures for one month per unit, as the nämnd report shows
/// them (bars for headcount and sick leave, a 13-month sick-leave sparkline, small groups
/// "för få" and "dold"), and the report itself written as HTML or PDF with one key.
///
/// Opens on the last month with figures of the first kommun the login may see (the
/// systemförvaltare every kommun, an enhetschef her units'); `p`/`n` step the month, `v`
/// picks the kommun, `s` writes the report, `t` sets the small-group threshold (only
/// for whoever sees everything), and Enter (or `e`) opens the form for the selected unit's
/// figures of the month shown. Units the login may enter figures for are listed also when
/// the month has none for them ("–"), so a new month needs no import.
public struct ReportScreen: Screen {
    public enum Message: Sendable {
        case move(Key), previousMonth, nextMonth, latestMonth
        case openPicker, pickerMove(Key), pickerChoose, pickerCancel
        case write, threshold, edit
        /// A key or paste while a form or question has focus.
        case input(Event)
    }

    /// The kommuner whose figures the login may see or enter, each with its last month with figures (nil for none yet).
    var kommuner: [AppDatabase.StaffKommun] = []
    /// The kommun shown.
    var kommunId: Int64?
    /// The month shown; nil until the first read picks the kommun's last month with figures.
    public private(set) var month: StaffMonth?
    /// The document rows of the 13 months ending with `month` (units, then the total, per month).
    var rows: [StaffPublicationRow] = []
    /// The small-group threshold in force.
    var threshold = StaffSuppression.defaultThreshold
    var table = TableState()
    /// The kommun list, while open.
    var picker: StaffKommunPicker?
    /// The form writing the report, while open.
    var writer: ReportWriteEditor?
    /// The threshold form, while open.
    var thresholdEditor: StaffThresholdEditor?
    /// The kommun's units the login may enter figures for, with or without figures.
    var units: [AppDatabase.StaffUnit] = []
    /// The form for one unit's month, while open.
    var entryEditor: StaffMonthEditor?

    public init() {}

    public func title(_ context: AppContext) -> String { context.strings["rapport.title"] }

    public var isEditingText: Bool { writer != nil || thresholdEditor != nil || entryEditor != nil }

    public func inputMessage(for event: Event) -> Message? { .input(event) }

    /// Whether the viewer may change the threshold: a setting, as every other, for whoever
    /// sees everything (the systemförvaltare, or the data's owner); the store checks it too.
    static func setsThreshold(_ viewer: Viewer) -> Bool { viewer.seesEverything }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        if writer?.overwrite != nil {
            return OverwriteQuestion.keyMap(title: s["rapport.overwrite.title"], yesHelp: s["rapport.key.overwriteYes"],
                                            noHelp: s["rapport.key.overwriteNo"], strings: s) { .input($0) }
        }
        if entryEditor != nil {
            return KeyMap(title: s["rapport.entry.title"], [
                KeyBinding([.enter], s["rapport.key.entrySave"], label: "Enter", hint: true) { .input(.key($0)) },
                KeyBinding([.escape], s["rapport.key.formCancel"], label: "Esc", hint: true) { .input(.key($0)) },
                KeyBinding([.tab, .backTab, .down, .up], s["rapport.key.entryField"], label: "Tab ↑↓", hint: true) { .input(.key($0)) },
            ])
        }
        if writer != nil || thresholdEditor != nil {
            let title = writer != nil ? s["rapport.write.title"] : s["rapport.threshold.title"]
            var bindings: [KeyBinding<Message>] = [
                KeyBinding([.enter], writer != nil ? s["rapport.key.formWrite"] : s["rapport.key.formSave"], label: "Enter", hint: true) { .input(.key($0)) },
                KeyBinding([.escape], s["rapport.key.formCancel"], label: "Esc", hint: true) { .input(.key($0)) },
            ]
            if writer != nil {
                bindings.append(KeyBinding([.tab, .backTab], s["rapport.key.formField"], label: "Tab", hint: true) { .input(.key($0)) })
                bindings.append(KeyBinding([.left, .right], s["rapport.key.formFormat"], label: "←→", hint: true) { .input(.key($0)) })
            }
            return KeyMap(title: title, bindings)
        }
        if picker != nil {
            return KeyMap(title: s["rapport.picker.title"], [
                ListKeys.binding(s["rapport.key.pickerMove"], hint: true) { .pickerMove($0) },
                KeyBinding([.enter], s["rapport.key.pickerChoose"], .pickerChoose, label: "Enter", hint: true),
                KeyBinding([.escape], s["rapport.key.pickerCancel"], .pickerCancel, label: "Esc", hint: true),
            ])
        }
        let threshold: [KeyBinding<Message>] = Self.setsThreshold(context.viewer)
            ? [KeyBinding([.char("t")], s["rapport.key.threshold"], .threshold, label: "t")] : []
        return KeyMap(title: s["rapport.title"], [
            KeyBinding([.enter, .char("e")], s["rapport.key.entry"], .edit, label: "Enter", hint: true),
            KeyBinding([.char("s")], s["rapport.key.write"], .write, label: "s", hint: true),
            KeyBinding([.char("p"), .left, .char("n"), .right], s["rapport.key.month"], label: "p/n ←→", hint: true) { key in
                key == .char("p") || key == .left ? .previousMonth : .nextMonth
            },
            KeyBinding([.char(".")], s["rapport.key.latestMonth"], .latestMonth, label: "."),
            KeyBinding([.char("v")], s["rapport.key.kommun"], .openPicker, label: "v", hint: true),
        ] + threshold + [
            ListKeys.binding(s["rapport.key.move"]) { .move($0) },
        ])
    }

    /// The kommun shown, with its last month.
    var kommun: AppDatabase.StaffKommun? { kommuner.first { $0.kommun.id == kommunId } }

    /// The units' rows of the month shown, in the register's order.
    var unitRows: [StaffPublicationRow] { rows.filter { $0.month == month && !$0.isTotal } }

    /// One line of the units' table: a unit the login may enter figures for, a unit with
    /// figures this month, or both; `row` is nil for a unit without figures this month.
    struct Entry {
        var unitId: Int64
        var name: String
        var row: StaffPublicationRow?
    }

    /// The table's lines in the register's order: every unit with figures this month, and
    /// every active unit the login may enter figures for without them.
    var entries: [Entry] {
        var byUnit: [Int64: StaffPublicationRow] = [:]
        for row in unitRows { if let id = row.unitId { byUnit[id] = row } }
        var result: [Entry] = []
        var listed = Set<Int64>()
        for unit in units where unit.active || byUnit[unit.id] != nil {
            result.append(Entry(unitId: unit.id, name: unit.name, row: byUnit[unit.id]))
            listed.insert(unit.id)
        }
        for row in unitRows {
            guard let id = row.unitId, !listed.contains(id) else { continue }
            result.append(Entry(unitId: id, name: row.unitName ?? "", row: row))
        }
        return result
    }

    /// The kommun's total row of the month shown.
    var totalRow: StaffPublicationRow? { rows.first { $0.month == month && $0.isTotal } }

    public mutating func reload(context: AppContext) throws {
        kommuner = try context.store.staffKommuner()
        if kommun == nil {
            // The first kommun with figures; else the first where figures can be entered.
            kommunId = (kommuner.first { $0.latestMonth != nil } ?? kommuner.first)?.kommun.id
            month = nil
        }
        guard let kommun else {
            rows = []
            units = []
            return
        }
        let shown = month ?? kommun.latestMonth ?? Self.lastFinishedMonth(context)
        month = shown
        threshold = try context.store.staffSuppression().threshold
        rows = try StaffExport.rows(
            from: context.store, filter: StaffExport.Filter(kommunName: kommun.kommun.name, from: shown.adding(months: -12), to: shown),
            today: context.today).rows
        units = try context.store.staffUnits(kommunId: kommun.kommun.id)
        keepSelection(context)
    }

    public mutating func sizeChanged(context: AppContext) throws { keepSelection(context) }

    /// Keeps the selected row among the units and on screen.
    mutating func keepSelection(_ context: AppContext) {
        table.select(table.selected, rowCount: entries.count, pageSize: pageSize(context))
    }

    /// The unit rows on one page.
    func pageSize(_ context: AppContext) -> Int {
        max(1, Self.layout(context.screenArea).table.height - 1)
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: entries.count, pageSize: pageSize(context))
        case .previousMonth, .nextMonth, .latestMonth:
            return changeMonth(message, context: context)
        case .openPicker:
            guard !kommuner.isEmpty else { return .error(noKommunText(context)) }
            picker = StaffKommunPicker(options: kommuner, current: kommunId)
        case .pickerMove(let key):
            let box = StaffKommunPicker.box(in: context.screenArea, count: kommuner.count)
            picker?.move(key, page: StaffKommunPicker.visibleLines(box))
        case .pickerChoose:
            guard let chosen = picker?.chosen else { return .none }
            picker = nil
            if chosen.kommun.id != kommunId {
                kommunId = chosen.kommun.id
                month = chosen.latestMonth ?? Self.lastFinishedMonth(context)
                table = TableState()
            }
            return Effect.reloading(s) { try reload(context: context) }
        case .pickerCancel:
            picker = nil
        case .write:
            guard let kommun, let month else { return .error(noKommunText(context)) }
            writer = ReportWriteEditor(kommun: kommun.kommun.name, month: month, folder: context.documentFolder, strings: s)
        case .threshold:
            guard Self.setsThreshold(context.viewer) else { return .error(s["rapport.threshold.notAllowed"]) }
            thresholdEditor = StaffThresholdEditor(current: threshold, strings: s)
        case .edit:
            return openEntry(context: context)
        case .input(let event):
            if entryEditor != nil {
                guard let saved = entryEditor.handle(event, context: context) else { return .none }
                return Effect.reloaded(s, status: saved) { try reload(context: context) }
            }
            if thresholdEditor != nil {
                guard let saved = thresholdEditor.handle(event, context: context) else { return .none }
                return Effect.reloaded(s, status: s.format("rapport.threshold.saved", saved)) { try reload(context: context) }
            }
            guard let status = writer.handle(event, context: context) else { return .none }
            return .status(status)
        }
        return .none
    }

    /// Steps the month back or forward (never past the current month), or to the kommun's last month with figures.
    private mutating func changeMonth(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        guard let kommun, let current = month else { return .error(noKommunText(context)) }
        switch message {
        case .previousMonth:
            guard current.year > StaffMonth.years.lowerBound || current.month > 1 else { return .none }
            month = current.adding(months: -1)
        case .nextMonth:
            let now = StaffMonth(containing: context.today)
            guard current < now else { return .error(s.format("rapport.month.future", ReportText.monthName(now, s))) }
            month = current.adding(months: 1)
        default:
            month = kommun.latestMonth ?? Self.lastFinishedMonth(context)
        }
        return Effect.reloading(s) { try reload(context: context) }
    }

    /// The month a kommun without figures opens on: the last finished one, as `report namnd`
    /// defaults to, since HR sends a month's figures once it is over.
    static func lastFinishedMonth(_ context: AppContext) -> StaffMonth {
        StaffMonth(containing: context.today).adding(months: -1)
    }

    /// Opens the form for the selected unit's figures of the month shown, filled with what is stored.
    private mutating func openEntry(context: AppContext) -> Effect {
        let s = context.strings
        guard let month else { return .error(noKommunText(context)) }
        let list = entries
        guard list.indices.contains(table.selected) else { return .error(s["rapport.entry.noUnit"]) }
        let entry = list[table.selected]
        let unit = units.first { $0.id == entry.unitId } ?? AppDatabase.StaffUnit(id: entry.unitId, name: entry.name, active: true)
        do {
            let stored = try context.store.staffMonth(enhetId: unit.id, month: month)
            entryEditor = StaffMonthEditor(unit: unit, month: month, stored: stored, strings: s)
            return .none
        } catch AccessFailure.notAllowed {
            return .error(StaffText.WriteRefusal(unit: unit.name).text(s))
        } catch {
            return .error(s.couldNotRead(error))
        }
    }

    /// Why there is nothing to show: no figures the login may see.
    func noKommunText(_ context: AppContext) -> String {
        context.strings[Self.setsThreshold(context.viewer) ? "rapport.none.all" : "rapport.none.scoped"]
    }
}
