import TerminalKit
import VardagDomain
import VardagStore

/// Idag: what is due for the person working, one section per role she holds (her cases not
/// rated this period, kan-vänta reviews, heavy-flagged team members, the träffar planned for
/// the coming week or overdue, the next träff and overdue åtgärder, missing day logs and hypotheses up for review, plan steps and
/// certificates). Enter opens the line's screen on its row; `c` copies last period's ratings
/// forward; `m` opens the main menu.
public struct TodayScreen: Screen {
    public enum Message: Sendable {
        case move(Key), open, copyForward, mainMenu
    }

    /// What is due, as last read.
    var sections: [TodaySection] = []
    /// The selected item's index among all items.
    var selected = 0
    /// The first list row on screen.
    var offset = 0

    public init() {}

    public func title(_ context: AppContext) -> String { context.strings["today.title"] }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["today.title"], [
            KeyBinding([.enter], s["today.key.open"], .open, label: "Enter", hint: true),
            KeyBinding([.char("c")], s["today.key.copy"], .copyForward, label: "c", hint: awaitsRating),
            KeyBinding([.char("m")], s["today.key.menu"], .mainMenu, label: "m", hint: true),
            KeyBinding([.up, .down, .char("k"), .char("j"), .pageUp, .pageDown, .home, .end], s["today.key.move"], label: "↑↓") { .move($0) },
        ])
    }

    /// Every item, in list order.
    var items: [TodayItem] { sections.flatMap(\.items) }

    /// Whether some of her own cases wait for this period's rating (then `c` has work).
    var awaitsRating: Bool {
        items.contains { if case .awaitingRating = $0 { return true } else { return false } }
    }

    public mutating func reload(context: AppContext) throws {
        sections = try context.store.dueToday(for: context.viewer, today: context.today)
        selected = max(0, min(selected, items.count - 1))
        keepVisible(context)
    }

    public mutating func sizeChanged(context: AppContext) throws { keepVisible(context) }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            let count = items.count
            guard count > 0 else { return .none }
            let page = max(1, Self.listArea(context.screenArea).height - 1)
            switch key {
            case .up, .char("k"): selected = max(0, selected - 1)
            case .down, .char("j"): selected = min(count - 1, selected + 1)
            case .pageUp: selected = max(0, selected - page)
            case .pageDown: selected = min(count - 1, selected + page)
            case .home: selected = 0
            case .end: selected = count - 1
            default: break
            }
            keepVisible(context)
            return .none
        case .open:
            let all = items
            guard all.indices.contains(selected) else { return .none }
            return TodayOpening.open(all[selected], context: context)
        case .copyForward:
            return copyForward(context)
        case .mainMenu:
            return .push(MainMenuScreen())
        }
    }

    /// Copies last period's ratings into this period for her cases not yet rated, through the
    /// grid's own write (`copyForward`: one transaction, each rating audited).
    private mutating func copyForward(_ context: AppContext) -> Effect {
        let s = context.strings
        guard let personId = context.viewer.personId, context.viewer.holds(.medarbetare) else {
            return .error(s["today.copy.notWorker"])
        }
        let period = TodayOpening.currentPeriod(context)
        guard awaitsRating else { return .status(s.format("today.copy.nothing", period.description)) }
        var copied = 0
        let stored = Effect.attempt(s) {
            copied = try context.store.copyForward(medarbetareId: personId, period: period, today: context.today)
        }
        guard case .none = stored else { return stored }
        return Effect.reloading(s) { try reload(context: context) }
            .then(.status(s.format("today.copy.done", copied, period.description)))
    }

    /// Moves the list so the selected item's row is on screen.
    mutating func keepVisible(_ context: AppContext) {
        let lines = TodayText.lines(sections, context.strings)
        let height = max(1, Self.listArea(context.screenArea).height)
        guard let row = lines.firstIndex(where: { if case .item(selected, _) = $0 { return true } else { return false } }) else {
            offset = 0
            return
        }
        // Show the section's heading with its first item, and the list's top with the first item.
        let top = selected == 0 ? 0 : row > 0 && { if case .heading = lines[row - 1] { return true } else { return false } }() ? row - 1 : row
        if top < offset { offset = top }
        if row >= offset + height { offset = row - height + 1 }
        offset = max(0, min(offset, max(0, lines.count - height)))
    }

    /// The rows the list is drawn in: the body below the heading line and a blank line.
    static func listArea(_ area: Rect) -> Rect { area.inset(top: 3, left: 2, bottom: 0, right: 2) }
}
