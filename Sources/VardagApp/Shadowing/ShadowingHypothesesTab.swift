import TerminalKit
import VardagDomain
import VardagStore

/// Skuggning's hypotheses tab: the team's hypotheses, due ones first, with their
/// status, review date and the lessons linked to them; their notes, conclusion and
/// status history in a box of their own (`v`).
struct ShadowingHypothesesTab: ShadowingPage {
    enum Message: ShadowingPageMessage {
        case common(ShadowingCommon)
        case move(Key)
        case add, edit
        /// `s`: the next status; closing asks for the conclusion first.
        case cycleStatus
        /// `o`: a dated note on the selected hypothesis.
        case note
        /// `v`: the selected hypothesis in full, with its notes and status history.
        case details
        /// `k`: link logged days with lessons.
        case link
        /// Remove the selected hypothesis (asks first).
        case remove
    }

    static let kind = ShadowingTab.hypotheses
    var shared = ShadowingShared()
    var form: ShadowingFormEditor?
    var hypotheses: [Hypothesis] = []
    /// The linked days' lessons per hypothesis id (date and text), for the detail pane.
    var linkedLessons: [Int64: [(date: String, text: String)]] = [:]
    var table = TableState()
    var loadedTeamId: Int64?
    var linking: ShadowingLinkPicker?
    /// The question before a hypothesis (by id) is removed.
    var removing: RemoveQuestion<Int64>?
    /// The notes and status changes per hypothesis id, oldest first.
    var events: [Int64: [HypothesisEvent]] = [:]
    /// The box with one hypothesis in full, while open.
    var detail: ShadowingHypothesisDetail?

    var isDialogOpen: Bool { linking != nil || removing != nil || detail != nil }

    var selected: Hypothesis? { hypotheses.indices.contains(table.selected) ? hypotheses[table.selected] : nil }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return keyMap(title: s, viewer: context.viewer, [
            KeyBinding([.char("a"), .insert], s["shadowing.key.addHypothesis"], .add, label: "a", hint: true),
            KeyBinding([.enter, .char("e")], s["shadowing.key.edit"], .edit, label: "Enter", hint: true),
            KeyBinding([.char("s")], s["shadowing.key.status"], .cycleStatus, label: "s", hint: true),
            KeyBinding([.char("o")], s["shadowing.key.note"], .note, label: "o", hint: true),
            KeyBinding([.char("v")], s["shadowing.key.details"], .details, label: "v", hint: true),
            // For the help overlay only: what closing asks (the hint bar keeps "nästa status"),
            // and the box's own keys, which have no binding here.
            KeyBinding([], s["shadowing.key.closing"], .cycleStatus, label: "s"),
            KeyBinding([], s["shadowing.key.detailKeys"], .details, label: "v, ↑↓ o"),
            KeyBinding([.char("k")], s["shadowing.key.link"], .link, label: "k"),
            // The link box's search has no key here; the help overlay names it.
            KeyBinding([], s["shadowing.key.linkSearch"], .link, label: "k, a–ö"),
            KeyBinding([.char("x"), .delete], s["shadowing.key.removeHypothesis"], .remove, label: "x"),
        ], list: ListKeys.bindings(rowHelp: s["shadowing.key.move"], pageHelp: s["shadowing.key.page"],
                                   excluding: [.char("k")]) { .move($0) })
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        if case .common(let common) = message { return updateCommon(common, context: context) }
        guard let team = shared.team else {
            switch message {
            case .add, .edit: return openTeamForm(nil, supervisors: [], context: context)
            default: return .none
            }
        }
        switch message {
        case .common: return .none
        case .move(let key):
            _ = table.handle(key, rowCount: hypotheses.count, pageSize: ShadowingLayout.pageSize(context))
        case .add:
            form = .hypothesis(teamId: team.id, nil, today: context.today, strings: s)
        case .edit:
            guard let h = selected else { return .none }
            form = .hypothesis(teamId: team.id, h, today: context.today, strings: s)
        case .cycleStatus:
            guard let h = selected else { return .none }
            let all = HypothesisStatus.allCases
            let next = all[((all.firstIndex(of: h.status) ?? 0) + 1) % all.count]
            if !next.isOpen {
                // Closing: the conclusion is asked for, and the status changes when it is saved.
                form = .conclusion(h, status: next, strings: s)
                return .none
            }
            return write(context: context) {
                try context.store.updateHypothesis(id: h.id, statement: h.statement, status: next, reviewDate: h.reviewDate.iso)
                return s.format("shadowing.statusSet", ShadowingText.status(next, s))
            }
        case .note:
            guard let h = selected else { return .none }
            form = .note(h, strings: s)
        case .details:
            guard let h = selected else { return .none }
            detail = ShadowingHypothesisDetail(hypothesisId: h.id)
        case .link:
            guard let h = selected else { return .none }
            do {
                let entries = try context.store.entriesWithLessons(teamId: team.id)
                if entries.isEmpty { return .status(s["shadowing.noLessons"]) }
                linking = ShadowingLinkPicker(hypothesisId: h.id, entries: entries)
            } catch { return .error(s.couldNotRead(error)) }
        case .remove:
            guard let h = selected else { return .none }
            var message = s.format("shadowing.remove.hypothesis", h.statement)
            if !h.linkedEntryIds.isEmpty { message += " " + s.format("shadowing.remove.hypothesisLinks", h.linkedEntryIds.count) }
            removing = RemoveQuestion(target: h.id, title: s["shadowing.remove.hypothesisTitle"], message: message + " " + s["confirm.keys"])
        }
        return .none
    }

    mutating func updateDialog(_ event: Event, context: AppContext) -> Effect {
        guard case .key(let key) = event else { return .none }
        let s = context.strings
        if var box = detail {
            guard let action = ShadowingHypothesisDetail.action(for: key) else { return .none }
            switch action {
            case .close: detail = nil
            case .note:
                guard let h = hypotheses.first(where: { $0.id == box.hypothesisId }) else { return .none }
                form = .note(h, strings: s)
            case .scroll(let by):
                let lines = ShadowingHypothesisDetail.historyLines(events[box.hypothesisId] ?? [], width: context.screenArea.width - 8,
                                                                  context: context).count
                box.offset = max(0, min(box.offset + by, lines - 1))
                detail = box
            }
            return .none
        }
        if var question = removing {
            guard let yes = question.answer(key, strings: s) else { removing = question; return .none }
            removing = nil
            guard yes else { return .none }
            return write(context: context) {
                try context.store.removeHypothesis(id: question.target)
                return s["shadowing.removed.hypothesis"]
            }
        }
        if var picker = linking, picker.search(key) {
            linking = picker
            return .none
        }
        guard var picker = linking, let action = ShadowingLinkPicker.keyMap.action(for: key) else { return .none }
        switch action {
        case .close:
            linking = nil
            return reloaded(context)
        case .toggle:
            guard let entryId = picker.selectedEntryId else { return .none }
            let linked = hypotheses.first { $0.id == picker.hypothesisId }?.linkedEntryIds.contains(entryId) ?? false
            do {
                try context.store.setHypothesisLink(hypothesisId: picker.hypothesisId, entryId: entryId, linked: !linked)
            } catch { return .error(s.couldNotSave(error)) }
            return reloaded(context)
        case .move(let key):
            _ = picker.state.handle(key, rowCount: picker.visible.count, pageSize: max(1, context.screenArea.height - 7))
            linking = picker
            return .none
        }
    }

    mutating func load(team: ShadowingTeam, context: AppContext) throws {
        let today = context.today
        // Due ones first: the review list.
        hypotheses = try context.store.hypotheses(teamId: team.id).sorted { a, b in
            let (da, db) = (a.isDue(on: today), b.isDue(on: today))
            return da != db ? da : (a.reviewDate, a.id) < (b.reviewDate, b.id)
        }
        events = try context.store.hypothesisEvents(teamId: team.id)
        if let box = detail, !hypotheses.contains(where: { $0.id == box.hypothesisId }) { detail = nil }
        let entries = try context.store.entriesWithLessons(teamId: team.id, limit: 1000)
        let byId = Dictionary(entries.map { ($0.entry.id, $0) }, uniquingKeysWith: { a, _ in a })
        linkedLessons = Dictionary(uniqueKeysWithValues: hypotheses.map { h in
            (h.id, h.linkedEntryIds.compactMap { byId[$0] }.map { (date: $0.entry.date.iso, text: "\($0.participant): \($0.entry.lessons)") })
        })
        if let id = shared.focusRowId, let index = hypotheses.firstIndex(where: { $0.id == id }) {
            table.select(index, rowCount: hypotheses.count, pageSize: ShadowingLayout.pageSize(context))
        }
        shared.focusRowId = nil
        if table.selected >= hypotheses.count { table.selected = max(0, hypotheses.count - 1) }
    }

    mutating func teamChanged() {
        table = TableState()
        detail = nil
    }
}
