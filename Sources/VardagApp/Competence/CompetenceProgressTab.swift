import TerminalKit
import VardagDomain
import VardagStore

/// Change over time: for the unit on show, the share of its staff who had done each
/// ladder step by the end of each quarter, as a table with a sparkline per step and, below,
/// a bar chart of the selected step quarter by quarter.
struct CompetenceProgressTab: HostedTab, PagedList {
    enum Message: Sendable {
        case move(Key), stepUnit(forward: Bool)
    }

    /// The most quarters shown, however wide the window.
    static let maximumQuarters = 12

    var shared: CompetenceShared
    /// The shares over the last quarters (as many as fit the window at the last reload).
    var progress = LadderProgress(quarters: [], shares: [], people: 0)
    /// The unit's ladder, for the steps' names (nil for a unit without one).
    var ladder: Ladder?
    var list = TableState()

    func tabTitle(_ context: AppContext) -> String { context.strings[CompetenceTab.progress.titleKey] }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["competence.title"], CompetenceLayout.unitKeys(s) { .stepUnit(forward: $0) } + [
            ListKeys.binding(s["competence.key.progressStep"]) { .move($0) },
        ])
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            moveCursor(key, context: context)
            return .none
        case .stepUnit(let forward):
            guard shared.stepUnit(forward: forward) else { return .none }
            return Effect.reloading(context.strings) { try reload(context: context) }
        }
    }

    mutating func reload(context: AppContext) throws {
        try shared.loadUnits(context)
        let roster = try CompetenceRoster.load(shared.unitScope, context: context)
        ladder = shared.unit.flatMap { roster.ladders[$0.omrade] }
        let people = ladder == nil ? [] : roster.rows.map(\.person.mapping.completions)
        let quarters = LadderProgress.lastQuarters(Self.quarterCount(CompetenceLayout.body(context).width), endingAt: context.today)
        progress = LadderProgress.compute(completions: people, quarters: quarters)
        keepCursor(context: context)
    }

    mutating func sizeChanged(context: AppContext) {
        if Self.quarterCount(CompetenceLayout.body(context).width) != progress.quarters.count { try? reload(context: context) }
        keepCursor(context: context)
    }

    /// How many quarter columns fit beside the step column and the sparkline.
    static func quarterCount(_ width: Int) -> Int {
        min(maximumQuarters, max(2, (width - stepWidth - 4 - sparkWidth) / 8))
    }

    static let stepWidth = 8
    static let sparkWidth = 12

    var listRowCount: Int { ladder == nil ? 0 : Ladder.stepCount }

    func listPageSize(_ context: AppContext) -> Int { Ladder.stepCount }
}
