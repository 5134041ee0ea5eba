import TerminalKit
import VardagDomain
import VardagStore

extension CompetenceGridTab {
    /// Marks, unmarks or plans the selected step for the selected person.
    mutating func changeCell(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        let grid = shared.grid
        guard rows.indices.contains(grid.row) else { return .none }
        let row = rows[grid.row]
        guard case .step(let step) = Requirement.all[grid.column] else {
            return .error(s["competence.grid.onlySteps"])
        }
        guard row.person.hasLadder else { return .error(s["competence.grid.noLadder"]) }
        let status = row.status(grid.column)
        let text: String
        do {
            switch message {
            case .planStep:
                guard status == .missing else { return .error(s["competence.grid.planOnlyMissing"]) }
                let target = CompetenceLayout.endOfNextQuarter(context.today)
                try context.store.addCompetencePlanItem(medarbetareId: row.person.id, step: step, course: "", targetDate: target)
                text = s.format("competence.grid.planned", row.person.name, step, target.iso)
            case .toggleDone where status == .done:
                // Removing a completion loses its date: ask first (answered in `answerUndo`).
                undoQuestion = UndoStepQuestion(medarbetareId: row.person.id, name: row.person.name, step: step,
                                                date: row.person.mapping.completion(of: step)?.date)
                return .none
            default:
                let validering = { if case .markValidated = message { return true } else { return false } }()
                try context.store.markCompetenceStepDone(medarbetareId: row.person.id, step: step, date: context.today, validering: validering)
                text = s.format(validering ? "competence.grid.validated" : "competence.grid.done", row.person.name, step, context.today.iso)
            }
        } catch CompetenceError.stepOutOfOrder(let step, let missing) {
            return .error(s.format("competence.error.order", step, missing))
        } catch {
            return .error(s.couldNotSave(error))
        }
        return Effect.reloaded(s, status: text) { try reloadKeepingCursor(context) }
    }

    /// Answers the question before a completed step is unmarked: yes removes the mark,
    /// no or Esc keeps it.
    mutating func answerUndo(_ event: Event, context: AppContext) -> Effect {
        let s = context.strings
        guard let question = undoQuestion, let yes = undoQuestion.answer(event, strings: s), yes else { return .none }
        do {
            try context.store.unmarkCompetenceStep(medarbetareId: question.medarbetareId, step: question.step)
        } catch {
            return .error(s.couldNotSave(error))
        }
        return Effect.reloaded(s, status: s.format("competence.grid.undone", question.name, question.step)) {
            try reloadKeepingCursor(context)
        }
    }
}
