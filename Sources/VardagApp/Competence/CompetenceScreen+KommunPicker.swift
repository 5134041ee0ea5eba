import TerminalKit
import VardagDomain

extension CompetenceScreen {
    /// Opens, moves in, ticks in, applies or cancels the checklist of kommuner to compare.
    mutating func updateKommunPicker(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .openKommunPicker:
            let active = ((try? context.store.kommuner()) ?? []).filter(\.active)
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
            reload(context: context)
            guard let chosen = chosenKommuner else { return .status(s["competence.picker.all"]) }
            return .status(s.format("competence.picker.applied", chosen.count, picker.options.count))
        default:
            break
        }
        return .none
    }
}
