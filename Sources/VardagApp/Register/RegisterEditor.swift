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
    /// The record as the form opened it (nil when adding): the base of the guarded save.
    var openedAs: (any FieldMergeable)?
    /// The person's answer to a conflict, for the next save (an `EditResolution` of the tab's record).
    var resolution: (any Sendable)?
    /// Turns her answer into `resolution`; set while a conflict question is open.
    private var resolve: ((Set<String>) -> any Sendable)?

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
            choiceIds: [:], openedAs: kommun)
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
            choiceIds: [RegisterField.kommun.rawValue: kommuner.map(\.id)], openedAs: enhet)
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
            choiceIds: [RegisterField.enhet.rawValue: enheter.map(\.1.id)], openedAs: team)
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
            choiceIds: [RegisterField.team.rawValue: teams.map(\.2.id)],
            openedAs: person.map { MedarbetareDraft(teamId: $0.teamId, name: $0.name, title: $0.title, role: $0.role, startDate: $0.startDate) })
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

    /// Stores the form through the store, in one transaction. An edit writes only the
    /// fields the person changed; someone else's change meanwhile is kept or, when it
    /// touched the same fields, thrown as an `EditConflict` for her to answer.
    /// - Returns: the saved record's name, and the other person's fields that were kept.
    /// - Throws: `ValidationFailure` with field errors, `EditConflict`, or a store error.
    func save(to store: AppDatabase) throws -> (name: String, keptFromOthers: [String]) {
        let name = form.value(of: RegisterField.name.rawValue)
        switch tab {
        case .kommun:
            if let base = openedAs as? Kommun {
                var mine = base
                mine.name = name
                let saved = try store.saveKommunEdit(mine, openedAs: base, resolution: resolution as? EditResolution<Kommun>)
                return (RegisterName.normalize(saved.value.name), saved.keptFromOthers)
            }
            return (try store.addKommun(name: name).name, [])
        case .enhet:
            guard let kommunId = chosenId(.kommun) else { throw ValidationFailure([.kommun: .unknownReference]) }
            let omrade = Verksamhetsomrade.allCases[chosenIndex("omrade")]
            if let base = openedAs as? Enhet {
                var mine = base
                mine.name = name
                mine.omrade = omrade
                mine.kommunId = kommunId
                let saved = try store.saveEnhetEdit(mine, openedAs: base, resolution: resolution as? EditResolution<Enhet>)
                return (RegisterName.normalize(saved.value.name), saved.keptFromOthers)
            }
            return (try store.addEnhet(kommunId: kommunId, name: name, omrade: omrade).name, [])
        case .team:
            guard let enhetId = chosenId(.enhet) else { throw ValidationFailure([.enhet: .unknownReference]) }
            if let base = openedAs as? Team {
                var mine = base
                mine.name = name
                mine.enhetId = enhetId
                let saved = try store.saveTeamEdit(mine, openedAs: base, resolution: resolution as? EditResolution<Team>)
                return (RegisterName.normalize(saved.value.name), saved.keptFromOthers)
            }
            return (try store.addTeam(enhetId: enhetId, name: name).name, [])
        case .staff:
            guard let teamId = chosenId(.team) else { throw ValidationFailure([.team: .unknownReference]) }
            let draft = MedarbetareDraft(
                teamId: teamId, name: name, title: form.value(of: RegisterField.title.rawValue),
                role: MedarbetarRoll.allCases[chosenIndex("role")],
                startDate: form.value(of: RegisterField.startDate.rawValue))
            if let id = editingId, let base = openedAs as? MedarbetareDraft {
                let saved = try store.updateMedarbetare(
                    id: id, draft, openedAs: base, resolution: resolution as? EditResolution<MedarbetareDraft>)
                return (RegisterName.normalize(saved.value.name), saved.keptFromOthers)
            }
            return (try store.addMedarbetare(draft).name, [])
        }
    }

    // MARK: Conflicts

    /// The question for a save refused by a conflict, or nil when `error` is not one.
    /// Remembers the conflict so that `answer` can settle it.
    mutating func question(for error: any Error, strings s: Strings) -> ConflictQuestion? {
        if let conflict = error as? EditConflict<Kommun> { return ask(conflict, s) }
        if let conflict = error as? EditConflict<Enhet> { return ask(conflict, s) }
        if let conflict = error as? EditConflict<Team> { return ask(conflict, s) }
        if let conflict = error as? EditConflict<MedarbetareDraft> { return ask(conflict, s) }
        return nil
    }

    private mutating func ask<Value>(_ conflict: EditConflict<Value>, _ s: Strings) -> ConflictQuestion {
        resolve = { conflict.resolution(keepingTheirs: $0) }
        return ConflictQuestion(conflict) { name, value in (label(of: name), describe(name, of: value, s)) }
    }

    /// Settles the last conflict: the next save keeps the stored value in `fields`.
    mutating func answer(keepingTheirs fields: Set<String>) {
        resolution = resolve?(fields)
    }

    /// A field's label as the form shows it.
    func label(of name: String) -> String {
        form.index(of: name).map { form.fields[$0].label } ?? name
    }

    /// A record's value of one field in the form's words: an option's name, not its id.
    func describe<Value>(_ name: String, of value: Value, _ s: Strings) -> String {
        func option(_ id: Int64) -> String {
            guard let ids = choiceIds[name], let index = ids.firstIndex(of: id), let field = form.index(of: name),
                  case .choice(let options, _) = form.fields[field].kind, options.indices.contains(index) else { return "–" }
            return options[index]
        }
        switch (name, value) {
        case ("name", let v as Kommun): return v.name
        case ("name", let v as Enhet): return v.name
        case ("omrade", let v as Enhet): return RegisterText.omrade(v.omrade, s)
        case ("kommun", let v as Enhet): return option(v.kommunId)
        case ("name", let v as Team): return v.name
        case ("enhet", let v as Team): return option(v.enhetId)
        case ("name", let v as MedarbetareDraft): return v.name
        case ("title", let v as MedarbetareDraft): return v.title
        case ("role", let v as MedarbetareDraft): return RegisterText.role(v.role, s)
        case ("team", let v as MedarbetareDraft): return option(v.teamId)
        case ("startDate", let v as MedarbetareDraft): return v.startDate
        default: return "–"
        }
    }

    /// Draws the form in a box in the middle of the area.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        FormBox(title: s[titleKey], hint: s["register.form.hint"]).render(form, into: &buffer, area: area, context: context)
    }
}

/// What a register save came to: stored, or stopped by someone else's change to the same fields.
enum RegisterSaveOutcome {
    /// Stored; `keptFromOthers` names (by label) the other person's fields that were kept.
    case saved(name: String, keptFromOthers: [String])
    /// Nothing stored: she chooses whose values to keep.
    case conflict(ConflictQuestion)
}

extension RegisterEditor: FormEditor {
    /// Names and titles are checked by the register's own rules (a personnummer is refused there).
    var personnummerFieldIds: [String]? { [] }

    mutating func save(context: AppContext) throws -> RegisterSaveOutcome {
        do {
            let saved = try save(to: context.store)
            return .saved(name: saved.name, keptFromOthers: saved.keptFromOthers.map(label(of:)))
        } catch {
            if let question = question(for: error, strings: context.strings) { return .conflict(question) }
            throw error
        }
    }
}
