import TerminalKit
import VardagDomain
import VardagStore

/// One slinga: its meetings in the fixed order with the open relay questions at each,
/// the relay questions as chains from asked to answered, the actions (overdue ones
/// highlighted), the theme's history, and the warnings; one tab each on a `TabHost`.
typealias LoopScreen = TabScreen<LoopShared>

/// What the loop screen's tabs share: the slinga and what was last read of it.
struct LoopShared: Sendable {
    let loopId: Int64
    /// The slinga as last read; nil before the first read, or when it is gone.
    var detail: LoopDetail?
    /// An action to put the Åtgärder tab's cursor on at its first read (opened from Idag).
    var focusActionId: Int64?
}

/// What every tab of the loop screen can open: a form about the whole slinga.
enum LoopCommand: Sendable {
    case logMeeting, askQuestion, addAction, changeTheme, editStaff, planNext, hours
}

/// What every tab of the loop screen does alike: move the cursor, open a form about
/// the whole slinga, and pass keys to an open form or remove question.
enum LoopMessage: Sendable {
    case move(Key), command(LoopCommand)
    /// A key or paste while a form or the remove question is open.
    case input(Event)
}

/// What a remove question on the loop screen is about.
enum LoopRemoval {
    case meeting(id: Int64, name: String)
    case answer(questionId: Int64)
    case action(id: Int64, what: String)
}

extension TabScreen where Shared == LoopShared {
    /// The index of the Åtgärder tab.
    static var actionsTab: Int { 2 }

    /// The loop screen, titled by the slinga's unit.
    /// - Parameters:
    ///   - loopId: the slinga.
    ///   - tab: the tab shown first (Träffar unless told).
    ///   - focusActionId: an action the Åtgärder tab's cursor starts on.
    init(loopId: Int64, tab: Int = 0, focusActionId: Int64? = nil) {
        self.init(
            TabHost(titleKey: "dialogue.loop.titleNone", shared: LoopShared(loopId: loopId, focusActionId: focusActionId),
                    tabs: [LoopMeetingsTab(), LoopQuestionsTab(), LoopActionsTab(), LoopThemeTab()], selected: tab,
                    tabKeyHelp: ("dialogue.key.tab", "dialogue.key.prevTab")),
            title: { shared, context in
                shared.detail.map { context.strings.format("dialogue.loop.title", $0.enhetName) }
                    ?? context.strings["dialogue.loop.titleNone"]
            })
    }
}
