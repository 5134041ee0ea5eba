import TerminalKit
import VardagDomain
import VardagStore

/// The comparison across kommuner: each criterion's share per kommun (small groups
/// withheld), a bar chart of the selected row, the kommuner to compare, and the
/// small-group threshold (changed only after asking).
struct CompetenceComparisonTab: HostedTab, PagedList {
    enum Message: Sendable {
        case move(Key), scrollKommuner(Key)
        case moreThreshold, lessThreshold
        /// A key while the question before the threshold changes is open.
        case input(Event)
        case openKommunPicker, pickerMove(Key), pickerToggle, pickerApply, pickerCancel
    }

    var shared: CompetenceShared
    var comparison: CompetenceComparison?
    /// The first kommun column shown.
    var kommunOffset = 0
    /// The kommuner the comparison shows; nil for all active ones.
    var chosenKommuner: Set<Int64>?
    /// The checklist choosing `chosenKommuner`, while open.
    var kommunPicker: KommunPicker?
    /// The question before the small-group threshold changes, while open.
    var thresholdQuestion: ThresholdQuestion?
    var list = TableState()

    func tabTitle(_ context: AppContext) -> String { context.strings[CompetenceTab.comparison.titleKey] }

    var isEditingText: Bool { thresholdQuestion != nil }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        if thresholdQuestion != nil {
            return ThresholdQuestion.keyMap(title: s["competence.threshold.title"], yesHelp: s["competence.key.thresholdYes"],
                                            noHelp: s["competence.key.thresholdNo"], strings: s) { .input($0) }
        }
        if kommunPicker != nil {
            return KeyMap(title: s["competence.picker.title"], [
                ListKeys.binding(s["competence.key.pickerMove"], hint: true) { .pickerMove($0) },
                KeyBinding([.char(" ")], s["competence.key.pickerToggle"], .pickerToggle, label: "Space", hint: true),
                KeyBinding([.enter], s["competence.key.pickerApply"], .pickerApply, label: "Enter", hint: true),
                KeyBinding([.escape], s["competence.key.pickerCancel"], .pickerCancel, label: "Esc", hint: true),
            ])
        }
        // The threshold is a setting: only whoever sees everything changes it.
        let threshold: [KeyBinding<Message>] = CompetenceAccess.setsThreshold(context.viewer) ? [
            KeyBinding([.char("+")], s["competence.key.moreThreshold"], .moreThreshold, label: "+", hint: true),
            KeyBinding([.char("-")], s["competence.key.lessThreshold"], .lessThreshold, label: "-", hint: true),
        ] : []
        return KeyMap(title: s["competence.title"], [
            KeyBinding([.char("v")], s["competence.key.chooseKommuner"], .openKommunPicker, label: "v", hint: true),
        ] + threshold + [
            ListKeys.binding(s["competence.key.move"]) { .move($0) },
            KeyBinding([.left, .right], s["competence.key.scrollKommuner"], label: "←→") { .scrollKommuner($0) },
        ])
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .move(let key):
            moveCursor(key, context: context)
        case .scrollKommuner(let key):
            let count = comparison?.kommuner.count ?? 0
            kommunOffset = max(0, min(kommunOffset + (key == .right ? 1 : -1), max(0, count - 1)))
        case .moreThreshold, .lessThreshold:
            guard CompetenceAccess.setsThreshold(context.viewer), let current = comparison?.suppression.threshold else { return .none }
            let next = current + ({ if case .moreThreshold = message { return 1 } else { return -1 } }())
            // The domain's range decides; asking comes only after it allows the value.
            do {
                _ = try SmallGroupSuppression(threshold: next)
            } catch {
                return .error(context.strings.format("competence.threshold.invalid", next,
                                                     SmallGroupSuppression.minimumThreshold, SmallGroupSuppression.maximumThreshold))
            }
            thresholdQuestion = ThresholdQuestion(from: current, to: next)
        case .input(let event):
            return answerThreshold(event, context: context)
        case .openKommunPicker, .pickerMove, .pickerToggle, .pickerApply, .pickerCancel:
            return updateKommunPicker(message, context: context)
        }
        return .none
    }

    /// Answers the question before the threshold changes: yes stores it (audited with the
    /// old and new value), no or Esc keeps it.
    private mutating func answerThreshold(_ event: Event, context: AppContext) -> Effect {
        let s = context.strings
        guard let question = thresholdQuestion, let yes = thresholdQuestion.answer(event, strings: s) else { return .none }
        guard yes else { return .status(s.format("competence.threshold.kept", question.from)) }
        do {
            try context.store.setCompetenceSuppressionThreshold(question.to)
        } catch {
            return .error(s.couldNotSave(error))
        }
        return Effect.reloaded(s, status: s.format("competence.threshold.set", question.to)) { try reload(context: context) }
    }

    mutating func reload(context: AppContext) throws {
        // Aggregates from the comparison views, which everyone with a part in the tool reads.
        comparison = CompetenceAccess.seesComparison(context.viewer)
            ? try context.store.competenceComparison(kommunIds: chosenKommuner.map { Array($0) }) : nil
        keepCursor(context: context)
    }

    mutating func sizeChanged(context: AppContext) { keepCursor(context: context) }

    var listRowCount: Int { comparison?.rows.count ?? 0 }

    func listPageSize(_ context: AppContext) -> Int {
        max(1, Self.split(CompetenceLayout.body(context), kommuner: comparison?.kommuner.count ?? 0).table.height - 1)
    }
}
