import TerminalKit
import VardagDomain
import VardagStore

/// The small forms of the Skuggning screen: team setup, participant, path step, leaving,
/// catalogue task, hypothesis, a hypothesis's note and its conclusion. Field ids are `ShadowingField` descriptions, so the
/// store's refusals land next to the right field through the shared `FormEditor`.
struct ShadowingFormEditor: FormEditor {
    /// What a save stored: the name shown in the status line, and a team just created.
    struct Saved {
        let name: String
        /// The id of a team the form created (the screen turns to it).
        var newTeamId: Int64?
    }

    /// Which record the form writes.
    enum Kind {
        case team(editing: Int64?, hostTeamIds: [Int64], supervisorIds: [Int64?])
        case participant(teamId: Int64)
        case step(participantId: Int64, steps: [PathStep])
        /// A reached step's date being corrected.
        case stepDate(participantId: Int64, steps: [PathStep])
        case leaving(participantId: Int64)
        case task(editing: ShadowingTask?)
        case hypothesis(teamId: Int64, editing: Hypothesis?)
        /// A dated note on a hypothesis.
        case note(hypothesisId: Int64)
        /// Closing a hypothesis with `status`: its conclusion.
        case conclusion(Hypothesis, status: HypothesisStatus)
        /// A competence step done (`ShadowingFormEditor+Servicebitrade`).
        case ladderStep(participantId: Int64, steps: [Int])
        /// Employing a participant as servicebiträde (`ShadowingFormEditor+Servicebitrade`).
        case employ(participantId: Int64, teamIds: [Int64])
    }

    let kind: Kind
    let titleKey: String
    var form: FormState

    // MARK: Building

    static func team(_ team: ShadowingTeam?, supervisors: [Int64], tree: RegisterTree, staff: [(id: Int64, name: String)],
                     today: LocalDate, strings s: Strings) -> ShadowingFormEditor {
        let hosts = tree.kommuner.flatMap { k in
            k.enheter.filter { $0.enhet.omrade == .vardOchOmsorg }.flatMap { e in e.teams.map { (k.kommun, e.enhet, $0.team) } }
        }
        let hostIndex = hosts.firstIndex { $0.2.id == team?.hostTeamId } ?? 0
        let none = s["shadowing.form.none"]
        let staffIds: [Int64?] = [nil] + staff.map(\.id)
        let staffNames = [none] + staff.map(\.name)
        func index(_ n: Int) -> Int { supervisors.count > n ? (staffIds.firstIndex(of: supervisors[n]) ?? 0) : 0 }
        return ShadowingFormEditor(
            kind: .team(editing: team?.id, hostTeamIds: hosts.map(\.2.id), supervisorIds: staffIds),
            titleKey: team == nil ? "shadowing.form.newTeam" : "shadowing.form.editTeam",
            form: FormState(fields: [
                .text("name", label: s["shadowing.field.teamName"], text: team?.name ?? "", maxLength: 100),
                .choice("hostTeam", label: s["shadowing.field.hostTeam"],
                        options: hosts.map { "\($0.2.name) · \($0.1.name) · \($0.0.name)" }, selected: hostIndex),
                .text("startDate", label: s["shadowing.field.start"], text: team?.startDate.iso ?? today.iso, maxLength: 10),
                .text("endDate", label: s["shadowing.field.end"], text: team?.endDate.iso ?? today.adding(days: 330).iso, maxLength: 10),
                .choice("supervisor1", label: s["shadowing.field.supervisor1"], options: staffNames, selected: index(0)),
                .choice("supervisor2", label: s["shadowing.field.supervisor2"], options: staffNames, selected: index(1)),
            ]))
    }

    static func participant(teamId: Int64, strings s: Strings) -> ShadowingFormEditor {
        ShadowingFormEditor(kind: .participant(teamId: teamId), titleKey: "shadowing.form.newParticipant",
                            form: FormState(fields: [.text("name", label: s["shadowing.field.participantName"], maxLength: 100)]))
    }

    static func step(_ participant: ShadowingParticipant, today: LocalDate, strings s: Strings) -> ShadowingFormEditor {
        let steps = PathStep.allCases.filter { step in participant.path.current.map { step > $0 } ?? true }
        return ShadowingFormEditor(
            kind: .step(participantId: participant.id, steps: steps), titleKey: "shadowing.form.step",
            form: FormState(fields: [
                .choice("step", label: s["shadowing.field.step"], options: steps.map { ShadowingText.step($0, s) }),
                .text("date", label: s["shadowing.field.date"], text: today.iso, maxLength: 10),
            ]))
    }

    /// A form to correct the date of a step already reached; it opens on the latest step.
    static func stepDate(_ participant: ShadowingParticipant, strings s: Strings) -> ShadowingFormEditor {
        let reached = participant.path.steps
        return ShadowingFormEditor(
            kind: .stepDate(participantId: participant.id, steps: reached.map(\.step)), titleKey: "shadowing.form.stepDate",
            form: FormState(fields: [
                .choice("step", label: s["shadowing.field.reachedStep"], options: reached.map { "\(ShadowingText.step($0.step, s)) (\($0.date.iso))" },
                        selected: reached.count - 1),
                .text("date", label: s["shadowing.field.date"], text: reached.last?.date.iso ?? "", maxLength: 10),
            ], focus: 1))
    }

    static func leaving(_ participant: ShadowingParticipant, today: LocalDate, strings s: Strings) -> ShadowingFormEditor {
        ShadowingFormEditor(
            kind: .leaving(participantId: participant.id), titleKey: "shadowing.form.leaving",
            form: FormState(fields: [
                .text("date", label: s["shadowing.field.date"], text: today.iso, maxLength: 10),
                .choice("outcome", label: s["shadowing.field.outcome"], options: PathOutcome.allCases.map { ShadowingText.outcome($0, s) }),
            ]))
    }

    static func task(_ task: ShadowingTask?, strings s: Strings) -> ShadowingFormEditor {
        ShadowingFormEditor(
            kind: .task(editing: task), titleKey: task == nil ? "shadowing.form.newTask" : "shadowing.form.editTask",
            form: FormState(fields: [
                .text("name", label: s["shadowing.field.taskName"], text: task?.name ?? "", maxLength: 100),
                .choice("category", label: s["shadowing.field.category"],
                        options: ShadowingCategory.allCases.map { ShadowingText.category($0, s) },
                        selected: task.flatMap { ShadowingCategory.allCases.firstIndex(of: $0.category) } ?? 0),
                .choice("judgement", label: s["shadowing.field.judgement"],
                        options: TransferJudgement.allCases.map { ShadowingText.judgement($0, s) },
                        selected: task.flatMap { TransferJudgement.allCases.firstIndex(of: $0.defaultJudgement) } ?? 0),
                .text("minutes[0]", label: s["shadowing.field.minutes"], text: String(task?.defaultMinutes ?? 30), maxLength: 3),
            ]))
    }

    static func hypothesis(teamId: Int64, _ h: Hypothesis?, today: LocalDate, strings s: Strings) -> ShadowingFormEditor {
        ShadowingFormEditor(
            kind: .hypothesis(teamId: teamId, editing: h), titleKey: h == nil ? "shadowing.form.newHypothesis" : "shadowing.form.editHypothesis",
            form: FormState(fields: [
                .text("statement", label: s["shadowing.field.statement"], text: h?.statement ?? "", maxLength: ShadowingRules.maxStatementLength),
                .choice("status", label: s["shadowing.field.status"], options: HypothesisStatus.allCases.map { ShadowingText.status($0, s) },
                        selected: h.flatMap { HypothesisStatus.allCases.firstIndex(of: $0.status) } ?? 0),
                .text("reviewDate", label: s["shadowing.field.reviewDate"], text: (h?.reviewDate ?? today.adding(days: 14)).iso, maxLength: 10),
                .text("conclusion", label: s["shadowing.field.conclusionWhenClosed"], text: h?.conclusion ?? "",
                      maxLength: ShadowingRules.maxNoteLength),
            ]))
    }

    /// A form for one note on a hypothesis, dated and signed by the store.
    static func note(_ h: Hypothesis, strings s: Strings) -> ShadowingFormEditor {
        ShadowingFormEditor(kind: .note(hypothesisId: h.id), titleKey: "shadowing.form.note",
                            form: FormState(fields: [.text("note", label: s["shadowing.field.note"], maxLength: ShadowingRules.maxNoteLength)]))
    }

    /// The question for a conclusion when a hypothesis closes with `status`; a conclusion
    /// it already has is offered to keep or change.
    static func conclusion(_ h: Hypothesis, status: HypothesisStatus, strings s: Strings) -> ShadowingFormEditor {
        ShadowingFormEditor(kind: .conclusion(h, status: status), titleKey: "shadowing.form.conclusion.\(status.rawValue)",
                            form: FormState(fields: [.text("conclusion", label: s["shadowing.field.conclusion"], text: h.conclusion ?? "",
                                                           maxLength: ShadowingRules.maxNoteLength)]))
    }

    // MARK: Saving

    func chosen(_ id: String) -> Int { form.index(of: id).flatMap { form.fields[$0].selectedOption } ?? 0 }

    var failureSummaryKey: String { "shadowing.form.hasErrors" }

    /// Stores the form in one transaction.
    /// - Returns: the name for the status line (and the id of a new team).
    /// - Throws: `ShadowingValidationFailure` or a store error.
    func save(context: AppContext) throws -> Saved {
        let store = context.store
        switch kind {
        case .team(let editing, let hostIds, let staffIds):
            let host = hostIds.indices.contains(chosen("hostTeam")) ? hostIds[chosen("hostTeam")] : nil
            let kommun = try host.flatMap { try store.team(id: $0) }.flatMap { try store.enhet(id: $0.enhetId) }?.kommunId
            let supervisors = [chosen("supervisor1"), chosen("supervisor2")].compactMap { staffIds.indices.contains($0) ? staffIds[$0] : nil }
            let draft = ShadowingTeamDraft(kommunId: kommun, hostTeamId: host, name: form.value(of: "name"),
                                           startDate: form.value(of: "startDate"), endDate: form.value(of: "endDate"),
                                           supervisorIds: supervisors)
            if host == nil { throw ShadowingValidationFailure([.hostTeam: .unknownReference]) }
            if let editing { return Saved(name: try store.updateShadowingTeam(id: editing, draft).name) }
            let created = try store.createShadowingTeam(draft)
            return Saved(name: created.name, newTeamId: created.id)
        case .participant(let teamId):
            return Saved(name: try store.addShadowingParticipant(teamId: teamId, name: form.value(of: "name")).name)
        case .step(let participantId, let steps):
            guard steps.indices.contains(chosen("step")) else { throw ShadowingValidationFailure([.step: .participantLeft]) }
            try store.recordPathStep(participantId: participantId, step: steps[chosen("step")], date: form.value(of: "date"))
            return Saved(name: form.value(of: "step"))
        case .stepDate(let participantId, let steps):
            guard steps.indices.contains(chosen("step")) else { throw ShadowingValidationFailure([.step: .unknownReference]) }
            let step = steps[chosen("step")]
            try store.correctPathStepDate(participantId: participantId, step: step, date: form.value(of: "date"))
            // The option reads "Skuggning (2026-11-09)": name the step with its new date.
            let name = form.value(of: "step").split(separator: "(").first.map(String.init) ?? ""
            return Saved(name: name.trimmingCharacters(in: .whitespaces) + " " + form.value(of: "date").trimmingCharacters(in: .whitespaces))
        case .leaving(let participantId):
            try store.recordLeaving(participantId: participantId, date: form.value(of: "date"), outcome: PathOutcome.allCases[chosen("outcome")])
            return Saved(name: form.value(of: "outcome"))
        case .task(let editing):
            let category = ShadowingCategory.allCases[chosen("category")]
            let judgement = TransferJudgement.allCases[chosen("judgement")]
            if let editing {
                return Saved(name: try store.updateShadowingTask(
                    id: editing.id, name: form.value(of: "name"), category: category, judgement: judgement,
                    minutes: form.value(of: "minutes[0]"), active: editing.active).name)
            }
            return Saved(name: try store.addShadowingTask(name: form.value(of: "name"), category: category, judgement: judgement,
                                                          minutes: form.value(of: "minutes[0]")).name)
        case .ladderStep, .employ:
            return try saveServicebitrade(context: context)
        case .hypothesis(let teamId, let editing):
            let status = HypothesisStatus.allCases[chosen("status")]
            if let editing {
                return Saved(name: try store.updateHypothesis(id: editing.id, statement: form.value(of: "statement"), status: status,
                                                              reviewDate: form.value(of: "reviewDate"),
                                                              conclusion: form.value(of: "conclusion")).statement)
            }
            return Saved(name: try store.addHypothesis(teamId: teamId, statement: form.value(of: "statement"), status: status,
                                                       reviewDate: form.value(of: "reviewDate"), conclusion: form.value(of: "conclusion")).statement)
        case .note(let hypothesisId):
            try store.addHypothesisNote(hypothesisId: hypothesisId, text: form.value(of: "note"))
            return Saved(name: context.strings["shadowing.noteSaved"])
        case .conclusion(let h, let status):
            try store.updateHypothesis(id: h.id, statement: h.statement, status: status, reviewDate: h.reviewDate.iso,
                                       conclusion: form.value(of: "conclusion"))
            return Saved(name: "\(h.statement) · \(ShadowingText.status(status, context.strings))")
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        FormBox(title: s[titleKey], hint: s["shadowing.form.hint"], maxWidth: 90, marksFocusedField: true)
            .render(form, into: &buffer, area: area, context: context)
    }
}
