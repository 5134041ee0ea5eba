import TerminalKit
import VardagDomain
import VardagStore

/// The add/edit form of the register screen, for one kind of record.
///
/// Field ids are `RegisterField` raw values, so the store's validation errors land
/// next to the right field. Choice fields keep the ids behind their options.
struct RegisterEditor {
    let tab: RegisterTab
    /// The record being edited, or nil when adding.
    let editingId: Int64?
    var form: FormState
    /// For each choice field id, the record ids behind its options.
    let choiceIds: [String: [Int64]]

    /// The title key of the form ("Ny medarbetare", "Ändra enhet", …).
    var titleKey: String {
        switch (tab, editingId == nil) {
        case (.kommun, true): return "register.form.addKommun"
        case (.kommun, false): return "register.form.editKommun"
        case (.enhet, true): return "register.form.addEnhet"
        case (.enhet, false): return "register.form.editEnhet"
        case (.team, true): return "register.form.addTeam"
        case (.team, false): return "register.form.editTeam"
        case (.staff, true): return "register.form.addStaff"
        case (.staff, false): return "register.form.editStaff"
        }
    }

    // MARK: Building

    static func kommun(_ kommun: Kommun?, strings s: Strings) -> RegisterEditor {
        RegisterEditor(
            tab: .kommun, editingId: kommun?.id,
            form: FormState(fields: [.text(RegisterField.name.rawValue, label: s["register.field.name"], text: kommun?.name ?? "", maxLength: 100)]),
            choiceIds: [:])
    }

    static func enhet(_ enhet: Enhet?, tree: RegisterTree, preferredKommun: Int64?, strings s: Strings) -> RegisterEditor {
        let kommuner = tree.kommuner.map(\.kommun)
        let kommunIndex = kommuner.firstIndex { $0.id == (enhet?.kommunId ?? preferredKommun) } ?? 0
        let omraden = Verksamhetsomrade.allCases
        let omradeIndex = enhet.flatMap { e in omraden.firstIndex(of: e.omrade) } ?? 0
        return RegisterEditor(
            tab: .enhet, editingId: enhet?.id,
            form: FormState(fields: [
                .choice(RegisterField.kommun.rawValue, label: s["register.field.kommun"], options: kommuner.map(\.name), selected: kommunIndex),
                .text(RegisterField.name.rawValue, label: s["register.field.name"], text: enhet?.name ?? "", maxLength: 100),
                .choice("omrade", label: s["register.field.omrade"], options: omraden.map { RegisterText.omrade($0, s) }, selected: omradeIndex),
            ], focus: 1),  // the name: typing starts there (the kommun is preselected)
            choiceIds: [RegisterField.kommun.rawValue: kommuner.map(\.id)])
    }

    static func team(_ team: Team?, tree: RegisterTree, preferredEnhet: Int64?, strings s: Strings) -> RegisterEditor {
        let enheter = tree.kommuner.flatMap { k in k.enheter.map { (k.kommun, $0.enhet) } }
        let index = enheter.firstIndex { $0.1.id == (team?.enhetId ?? preferredEnhet) } ?? 0
        return RegisterEditor(
            tab: .team, editingId: team?.id,
            form: FormState(fields: [
                .choice(RegisterField.enhet.rawValue, label: s["register.field.enhet"],
                        options: enheter.map { "\($0.1.name) (\($0.0.name))" }, selected: index),
                .text(RegisterField.name.rawValue, label: s["register.field.name"], text: team?.name ?? "", maxLength: 100),
            ], focus: 1),  // the name: typing starts there (the unit is preselected)
            choiceIds: [RegisterField.enhet.rawValue: enheter.map(\.1.id)])
    }

    static func staff(_ person: Medarbetare?, tree: RegisterTree, preferredTeam: Int64?, today: LocalDate, strings s: Strings) -> RegisterEditor {
        let teams = tree.kommuner.flatMap { k in k.enheter.flatMap { e in e.teams.map { (k.kommun, e.enhet, $0.team) } } }
        let teamIndex = teams.firstIndex { $0.2.id == (person?.teamId ?? preferredTeam) } ?? 0
        let roles = MedarbetarRoll.allCases
        let roleIndex = person.flatMap { p in roles.firstIndex(of: p.role) } ?? 0
        return RegisterEditor(
            tab: .staff, editingId: person?.id,
            form: FormState(fields: [
                .text(RegisterField.name.rawValue, label: s["register.field.name"], text: person?.name ?? "", maxLength: 100),
                .text(RegisterField.title.rawValue, label: s["register.field.title"], text: person?.title ?? "", maxLength: 100),
                .choice("role", label: s["register.field.role"], options: roles.map { RegisterText.role($0, s) }, selected: roleIndex),
                .choice(RegisterField.team.rawValue, label: s["register.field.team"],
                        options: teams.map { "\($0.2.name) · \($0.1.name) · \($0.0.name)" }, selected: teamIndex),
                .text(RegisterField.startDate.rawValue, label: s["register.field.start"],
                      text: person?.startDate.description ?? today.description, maxLength: 10),
            ]),
            choiceIds: [RegisterField.team.rawValue: teams.map(\.2.id)])
    }

    // MARK: Saving

    /// The id chosen in a choice field.
    private func chosenId(_ field: RegisterField) -> Int64? {
        guard let i = form.index(of: field.rawValue), let option = form.fields[i].selectedOption,
              let ids = choiceIds[field.rawValue], ids.indices.contains(option) else { return nil }
        return ids[option]
    }

    private func chosenIndex(_ id: String) -> Int {
        form.index(of: id).flatMap { form.fields[$0].selectedOption } ?? 0
    }

    /// Stores the form through the store, in one transaction.
    /// - Returns: the saved record's name.
    /// - Throws: `ValidationFailure` with field errors, or a store error.
    func save(to store: AppDatabase) throws -> String {
        let name = form.value(of: RegisterField.name.rawValue)
        switch tab {
        case .kommun:
            if let id = editingId { return try store.renameKommun(id: id, name: name).name }
            return try store.addKommun(name: name).name
        case .enhet:
            guard let kommunId = chosenId(.kommun) else { throw ValidationFailure([.kommun: .unknownReference]) }
            let omrade = Verksamhetsomrade.allCases[chosenIndex("omrade")]
            if let id = editingId { return try store.updateEnhet(id: id, name: name, omrade: omrade, kommunId: kommunId).name }
            return try store.addEnhet(kommunId: kommunId, name: name, omrade: omrade).name
        case .team:
            guard let enhetId = chosenId(.enhet) else { throw ValidationFailure([.enhet: .unknownReference]) }
            if let id = editingId { return try store.updateTeam(id: id, name: name, enhetId: enhetId).name }
            return try store.addTeam(enhetId: enhetId, name: name).name
        case .staff:
            guard let teamId = chosenId(.team) else { throw ValidationFailure([.team: .unknownReference]) }
            let draft = MedarbetareDraft(
                teamId: teamId, name: name, title: form.value(of: RegisterField.title.rawValue),
                role: MedarbetarRoll.allCases[chosenIndex("role")],
                startDate: form.value(of: RegisterField.startDate.rawValue))
            if let id = editingId { return try store.updateMedarbetare(id: id, draft).name }
            return try store.addMedarbetare(draft).name
        }
    }

    /// Shows validation errors next to their fields.
    mutating func show(_ failure: ValidationFailure, strings s: Strings) {
        form.clearMessages()
        for (field, error) in failure.errors {
            form.setMessage(RegisterText.validation(error, s), for: field.rawValue)
        }
        form.message = s["validation.formHasErrors"]
        if let first = form.fields.firstIndex(where: { $0.message != nil }) { form.focus = first }
    }

    /// Draws the form in a box in the middle of the area.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        FormBox(title: s[titleKey], hint: s["register.form.hint"]).render(form, into: &buffer, area: area, context: context)
    }
}
