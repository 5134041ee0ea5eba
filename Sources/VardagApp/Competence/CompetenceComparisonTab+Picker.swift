import TerminalKit
import VardagDomain

extension CompetenceComparisonTab {
    /// Opens, moves in, ticks in, applies or cancels the checklist of kommuner to compare.
    mutating func updateKommunPicker(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .openKommunPicker:
            guard CompetenceAccess.seesComparison(context.viewer) else { return .none }
            let active: [Kommun]
            do {
                active = try context.store.kommuner().filter(\.active)
            } catch {
                return .error(s.couldNotRead(error))
            }
            guard !active.isEmpty else { return .error(s["competence.comparison.empty"]) }
            kommunPicker = KommunPicker(options: active, chosen: chosenKommuner)
        case .pickerMove(let key):
            let page = KommunPicker.visibleLines(KommunPicker.box(in: context.screenArea, count: kommunPicker?.options.count ?? 0))
            kommunPicker?.move(key, page: page)
        case .pickerToggle:
            kommunPicker?.toggleCurrent()
        case .pickerCancel:
            kommunPicker = nil
        case .pickerApply:
            guard let picker = kommunPicker else { return .none }
            kommunPicker = nil
            chosenKommuner = picker.choice
            kommunOffset = 0
            list = TableState()
            let status = chosenKommuner.map { s.format("competence.picker.applied", $0.count, picker.options.count) }
                ?? s["competence.picker.all"]
            return Effect.reloaded(s, status: status) { try reload(context: context) }
        default:
            break
        }
        return .none
    }
}
