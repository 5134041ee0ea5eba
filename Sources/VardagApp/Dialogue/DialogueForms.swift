import TerminalKit
import VardagDomain
import VardagStore

/// Builds the forms of the dialogue tool's main screen: a new slinga, a new vägledare
/// and a unit's yearly target (the loop screen's forms are `LoopForms`).
enum DialogueForms {
    /// The pool as choice options: "Name · Enhet, Kommun".
    static func guideOptions(_ pool: [GuideRow]) -> [String] {
        pool.map { "\($0.name) · \($0.enhetName), \($0.kommunName)" }
    }

    /// The new-slinga form, offering the units the viewer may start slingor in.
    static func newLoop(_ context: AppContext) throws -> DialogueForm {
        let s = context.strings
        let tree = try context.store.registerTree()
        let units = tree.kommuner.filter(\.kommun.active).flatMap { k in
            k.enheter.filter(\.enhet.active).map { (k.kommun, $0.enhet) }
        }.filter { DialogueAccess.coversUnit($0.1.id, context.viewer) }
        // A guide who left the pool is not offered for a new slinga.
        let pool = try context.store.guidePool(year: context.today.year).filter(\.offered)
        // The defaults must be valid: two guides who do not work at the unit chosen first.
        let eligible = pool.indices.filter { pool[$0].enhetId != units.first?.1.id }
        let firstGuide = eligible.first ?? 0
        let secondGuide = eligible.dropFirst().first ?? min(1, max(0, pool.count - 1))
        var form = DialogueForm(
            kind: .newLoop, title: s["dialogue.form.newLoop"],
            form: FormState(fields: [
                .choice(DialogueField.enhet.rawValue, label: s["dialogue.field.enhet"],
                        options: units.map { "\($0.1.name) · \($0.0.name)" }),
                .text(DialogueField.theme.rawValue, label: s["dialogue.field.theme"], maxLength: DialogueRules.maxThemeLength),
                .choice(DialogueField.chooser.rawValue, label: s["dialogue.field.chooser"],
                        options: ThemeChooser.allCases.map { DialogueText.chooser($0, s) }),
                .text(DialogueField.plannedStart.rawValue, label: s["dialogue.field.plannedStart"],
                      text: context.today.iso, maxLength: 10),
                .choice(DialogueField.guide1.rawValue, label: s["dialogue.field.guide1"], options: guideOptions(pool),
                        selected: firstGuide),
                .choice(DialogueField.guide2.rawValue, label: s["dialogue.field.guide2"], options: guideOptions(pool),
                        selected: secondGuide),
                .choice(DialogueField.staff.rawValue, label: s["dialogue.field.staff"], options: [""]),
            ]),
            choiceIds: [
                DialogueField.enhet.rawValue: units.map(\.1.id),
                DialogueField.guide1.rawValue: pool.map(\.id),
                DialogueField.guide2.rawValue: pool.map(\.id),
            ])
        form.notes = [s["dialogue.form.newLoop.note"]]
        try refreshStaff(&form, context: context)
        // The staff choice is filled after the form is built; that is not the user's typing.
        form.form.markUnchanged()
        return form
    }

    /// Rebuilds the staff choice when the chosen unit changed: everyone in the unit, or one team.
    static func refreshStaff(_ form: inout DialogueForm, context: AppContext) throws {
        guard case .newLoop = form.kind, let enhetId = form.chosenId(.enhet) else { return }
        if form.choiceIds["staffUnit"] == [enhetId] { return }
        let candidates = try context.store.loopStaffCandidates(enhetId: enhetId)
        var options = [context.strings.format("dialogue.staff.all", candidates.count)]
        var ids: [Int64] = [0]
        var seen: [Int64] = []
        for c in candidates where !seen.contains(c.teamId) {
            seen.append(c.teamId)
            options.append(context.strings.format("dialogue.staff.team", c.teamName, candidates.filter { $0.teamId == c.teamId }.count))
            ids.append(c.teamId)
        }
        if let i = form.form.index(of: DialogueField.staff.rawValue) {
            form.form.fields[i].kind = .choice(options: options, selected: 0)
        }
        form.choiceIds[DialogueField.staff.rawValue] = ids
        form.choiceIds["staffUnit"] = [enhetId]
    }

    static func newGuide(_ context: AppContext) throws -> DialogueForm {
        let s = context.strings
        let candidates = try context.store.guideCandidates()
        var form = DialogueForm(
            kind: .newGuide, title: s["dialogue.form.newGuide"],
            form: FormState(fields: [
                .choice(DialogueField.medarbetare.rawValue, label: s["dialogue.field.medarbetare"],
                        options: candidates.map { "\($0.name) · \($0.enhetName), \($0.kommunName)" }),
                .text(DialogueField.trainingDate.rawValue, label: s["dialogue.field.trainingDate"],
                      text: context.today.iso, maxLength: 10),
            ]),
            choiceIds: [DialogueField.medarbetare.rawValue: candidates.map(\.id)])
        form.notes = [s["dialogue.form.newGuide.note"]]
        return form
    }

    /// The day a guide left the pool (today offered); emptied, it takes her back.
    static func guideLeft(_ guide: GuideRow, _ context: AppContext) -> DialogueForm {
        let s = context.strings
        var form = DialogueForm(
            kind: .guideLeft(guideId: guide.id), title: s.format("dialogue.form.guideLeft", guide.name),
            form: FormState(fields: [
                .text(DialogueField.date.rawValue, label: s["dialogue.field.leftOn"],
                      text: guide.leftOn?.iso ?? context.today.iso, maxLength: 10),
            ]),
            choiceIds: [:])
        form.notes = [s[guide.leftOn == nil ? "dialogue.form.guideLeft.note" : "dialogue.form.guideBack.note"]]
        return form
    }

    static func target(_ row: DialogueTargetRow, _ context: AppContext) -> DialogueForm {
        let s = context.strings
        return DialogueForm(
            kind: .target(enhetId: row.id, year: row.year),
            title: s.format("dialogue.form.target", row.enhetName, row.year),
            form: FormState(fields: [
                .text(DialogueField.target.rawValue, label: s["dialogue.field.target"],
                      text: row.target.map(String.init) ?? "", maxLength: 3),
            ]),
            choiceIds: [:])
    }

    /// The fields about what was said and done, also checked for a named person (not the
    /// responsible person's name, which names a member of staff on purpose).
    static let freeTextFields: Set<String> = Set([DialogueField.notes, .question, .answer, .what, .reason, .theme].map(\.rawValue))
}
