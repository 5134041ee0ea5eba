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
}

/// What every tab of the loop screen can open: a form about the whole slinga.
enum LoopCommand: Sendable {
    case logMeeting, askQuestion, addAction, changeTheme, editStaff
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
    /// The loop screen on its Träffar tab, titled by the slinga's unit.
    init(loopId: Int64) {
        self.init(
            TabHost(titleKey: "dialogue.loop.titleNone", shared: LoopShared(loopId: loopId),
                    tabs: [LoopMeetingsTab(), LoopQuestionsTab(), LoopActionsTab(), LoopThemeTab()],
                    tabKeyHelp: ("dialogue.key.tab", "dialogue.key.prevTab")),
            title: { shared, context in
                shared.detail.map { context.strings.format("dialogue.loop.title", $0.enhetName) }
                    ?? context.strings["dialogue.loop.titleNone"]
            })
    }
}
