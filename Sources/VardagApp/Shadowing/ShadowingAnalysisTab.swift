import TerminalKit
import VardagDomain
import VardagStore

/// Skuggning's analysis tab: what the logs say over a period (`p` steps it), with the
/// draft task list that scrolls with the list keys.
struct ShadowingAnalysisTab: ShadowingPage {
    enum Message: ShadowingPageMessage {
        case common(ShadowingCommon)
        /// `p`: the next period.
        case cycleRange
        /// A list key (↑↓ j k PgUp PgDn Home End) for the draft task list.
        case scroll(Key)
        /// `v`: the lärdomar of the period, week by week, as text.
        case lessons
        /// `h`: handledare, places and shortage of the period, week by week.
        case supervision
    }

    /// The analysis period, stepped with `p`.
    enum AnalysisRange: Int, CaseIterable { case whole, eightWeeks, fourWeeks, week }

    static let kind = ShadowingTab.analysis
    var shared = ShadowingShared()
    var form: ShadowingFormEditor?
    var analysis: ShadowingAnalysis?
    var range: AnalysisRange = .whole
    /// How far the draft task list is scrolled; render keeps it in range.
    var draftOffset = 0
    /// The weekly lessons box, while open.
    var lessonsBox: ShadowingLessonsBox?
    /// The weekly handledare box, while open.
    var supervisionBox: ShadowingSupervisionWeeksBox?

    var isDialogOpen: Bool { lessonsBox != nil || supervisionBox != nil }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return keyMap(title: s, viewer: context.viewer, [
            KeyBinding([.char("p")], s["shadowing.key.range"], .cycleRange, label: "p", hint: true),
            KeyBinding([.char("v")], s["shadowing.key.lessons"], .lessons, label: "v", hint: true),
            KeyBinding([.char("h")], s["shadowing.key.supervisionWeeks"], .supervision, label: "h", hint: true),
        ], list: ListKeys.bindings(rowHelp: s["shadowing.key.scrollDraft"], pageHelp: s["shadowing.key.page"]) { .scroll($0) })
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .common(let common):
            return updateCommon(common, context: context)
        case .cycleRange:
            guard shared.team != nil else { return .none }
            range = AnalysisRange(rawValue: (range.rawValue + 1) % AnalysisRange.allCases.count) ?? .whole
            draftOffset = 0
            return reloaded(context)
        case .scroll(let key):
            guard shared.team != nil else { return .none }
            scroll(key, context: context)
            return .none
        case .lessons:
            guard let team = shared.team else { return .none }
            let period = analysisPeriod(team: team, today: context.today)
            do {
                lessonsBox = ShadowingLessonsBox(weeks: try context.store.weeklyLessons(
                    teamId: team.id, from: period.lowerBound, to: period.upperBound))
            } catch {
                return .error(context.strings.couldNotRead(error))
            }
            return .none
        case .supervision:
            guard let team = shared.team else { return .none }
            let period = analysisPeriod(team: team, today: context.today)
            do {
                supervisionBox = ShadowingSupervisionWeeksBox(weeks: try context.store.supervisionWeeks(
                    teamId: team.id, from: period.lowerBound, to: period.upperBound), closeKey: .char("h"))
            } catch {
                return .error(context.strings.couldNotRead(error))
            }
            return .none
        }
    }

    mutating func updateDialog(_ event: Event, context: AppContext) -> Effect {
        if var box = supervisionBox {
            if case .key(let key) = event { supervisionBox = box.handle(key) ? box : nil }
            return .none
        }
        guard case .key(let key) = event, var box = lessonsBox else { return .none }
        lessonsBox = box.handle(key) ? box : nil
        return .none
    }

    /// Scrolls the draft list, no further than where its last rows fill its area.
    private mutating func scroll(_ key: Key, context: AppContext) {
        let count = analysis?.draftTaskList.count ?? 0
        let body = ShadowingLayout(context.screenArea).body
        let step: Int
        switch key {
        case .up, .char("k"): step = -1
        case .down, .char("j"): step = 1
        case .pageUp: step = -ShadowingLayout.pageSize(context)
        case .pageDown: step = ShadowingLayout.pageSize(context)
        case .home: step = -count
        case .end: step = count
        default: step = 0
        }
        let rows = Self.draftRows(body: body.inset(left: 1, right: 1), taskCount: analysis?.tasks.count ?? 0)
        draftOffset = max(0, min(count - max(1, rows), draftOffset + step))
    }

    mutating func load(team: ShadowingTeam, context: AppContext) throws {
        let period = analysisPeriod(team: team, today: context.today)
        analysis = try context.store.shadowingAnalysis(teamId: team.id, from: period.lowerBound, to: period.upperBound)
    }

    /// The analysis period: the team's whole period, or the last weeks up to today (or the team's end).
    func analysisPeriod(team: ShadowingTeam, today: LocalDate) -> ClosedRange<LocalDate> {
        let end = min(max(today, team.startDate), team.endDate)
        let days: Int
        switch range {
        case .whole: return team.period
        case .eightWeeks: days = 56
        case .fourWeeks: days = 28
        case .week: days = 7
        }
        return max(team.startDate, end.adding(days: -days + 1))...end
    }
}
