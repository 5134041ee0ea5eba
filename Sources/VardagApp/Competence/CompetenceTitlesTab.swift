import TerminalKit
import VardagDomain
import VardagStore

/// The titles with what each requires (education, points, certificate), edited in place;
/// new titles, renames and retiring a title (kept, dimmed, for history); and the people who
/// rely on the undersköterska transition.
struct CompetenceTitlesTab: HostedTab, PagedList {
    enum Message: Sendable {
        case move(Key), cycleEducation, morePoints, lessPoints, toggleCertificate
        case addTitle, renameTitle, toggleRetired
        /// `v`: the selected title in full (for Servicebiträde with the tasks the role takes over).
        case detail
        /// A key or paste while the title form is open.
        case input(Event)
    }

    var shared: CompetenceShared
    var titles: [CompetenceTitle] = []
    /// Everyone whose title rests on the transition, with the days it has left.
    var transitionRows: [CompetenceRow] = []
    var list = TableState()
    /// The form for a new title or a new name, while open.
    var editor: TitleEditor?
    /// The box with the selected title in full, while open (`TitleDetail`).
    var detail: TitleDetail?
    /// How many people the viewer sees hold each title, by title id.
    var holders: [Int64: Int] = [:]

    func tabTitle(_ context: AppContext) -> String { context.strings[CompetenceTab.titles.titleKey] }

    var isEditingText: Bool { editor != nil || detail != nil }

    func inputMessage(for event: Event) -> Message? { .input(event) }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        // The titles are the kompetensstrateg's catalogue: others read them.
        let edits: [KeyBinding<Message>] = CompetenceAccess.keepsCatalogue(context.viewer) ? [
            KeyBinding([.char("e")], s["competence.key.education"], .cycleEducation, label: "e", hint: true),
            KeyBinding([.char("+")], s["competence.key.morePoints"], .morePoints, label: "+", hint: true),
            KeyBinding([.char("-")], s["competence.key.lessPoints"], .lessPoints, label: "-"),
            KeyBinding([.char("b")], s["competence.key.certificate"], .toggleCertificate, label: "b", hint: true),
            KeyBinding([.char("n")], s["competence.key.addTitle"], .addTitle, label: "n", hint: true),
            KeyBinding([.char("r")], s["competence.key.renameTitle"], .renameTitle, label: "r"),
            KeyBinding([.char("a")], s["competence.key.retireTitle"], .toggleRetired, label: "a"),
        ] : []
        return KeyMap(title: s["competence.title"], edits + [
            KeyBinding([.char("v")], s["servicebitrade.key.titleDetail"], .detail, label: "v", hint: true),
            ListKeys.binding(s["competence.key.move"]) { .move($0) },
        ])
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let keeps = CompetenceAccess.keepsCatalogue(context.viewer)
        switch message {
        case .move(let key):
            moveCursor(key, context: context)
            return .none
        case .addTitle:
            if keeps { editor = TitleEditor(newWith: context.strings) }
            return .none
        case .renameTitle:
            if keeps, titles.indices.contains(list.selected) { editor = TitleEditor(renaming: titles[list.selected], strings: context.strings) }
            return .none
        case .toggleRetired:
            return toggleRetired(context: context)
        case .detail:
            guard titles.indices.contains(list.selected) else { return .none }
            let title = titles[list.selected]
            do {
                detail = try TitleDetail.load(title, holders: holders[title.id] ?? 0, context: context)
            } catch {
                return .error(context.strings.couldNotRead(error))
            }
            return .none
        case .input(let event) where detail != nil:
            guard case .key(let key) = event, var open = detail else { return .none }
            if TitleDetail.closes(key) { detail = nil; return .none }
            if key == .down || key == .char("j") { open.scroll = min(open.scroll + 1, max(0, open.lines(context.strings).count - 1)) }
            if key == .up || key == .char("k") { open.scroll = max(0, open.scroll - 1) }
            detail = open
            return .none
        case .input(let event):
            guard let status = editor.handle(event, context: context) else { return .none }
            return Effect.reloaded(context.strings, status: status) { try reload(context: context) }
        case .cycleEducation, .morePoints, .lessPoints, .toggleCertificate:
            return editTitle(message, context: context)
        }
    }

    /// Retires the selected title (kept, with its requirements and holders), or takes it into use again.
    private mutating func toggleRetired(context: AppContext) -> Effect {
        guard titles.indices.contains(list.selected), CompetenceAccess.keepsCatalogue(context.viewer) else { return .none }
        let title = titles[list.selected]
        do {
            try context.store.setCompetenceTitleActive(id: title.id, active: !title.active)
        } catch {
            return .error(context.strings.couldNotSave(error))
        }
        let key = title.active ? "competence.titles.retired" : "competence.titles.reinstated"
        return Effect.reloaded(context.strings, status: context.strings.format(key, title.name)) { try reload(context: context) }
    }

    /// Steps the education, the points or the certificate of the selected title, and stores it.
    private mutating func editTitle(_ message: Message, context: AppContext) -> Effect {
        guard titles.indices.contains(list.selected), CompetenceAccess.keepsCatalogue(context.viewer) else { return .none }
        var title = titles[list.selected]
        switch message {
        case .cycleEducation:
            let all = EducationKind.allCases
            title.educationKind = all[((all.firstIndex(of: title.educationKind) ?? 0) + 1) % all.count]
            if title.educationKind != .gymnasial { title.points = 0 }
        case .morePoints: title.points = min(5000, title.points + 100)
        case .lessPoints: title.points = max(0, title.points - 100)
        case .toggleCertificate: title.certificateRequired.toggle()
        default: return .none
        }
        do {
            try context.store.updateCompetenceTitle(id: title.id, educationKind: title.educationKind, points: title.points,
                                                    certificateRequired: title.certificateRequired)
        } catch {
            return .error(context.strings.couldNotSave(error))
        }
        return Effect.reloaded(context.strings, status: context.strings.format("competence.titles.saved", title.name)) {
            try reload(context: context)
        }
    }

    mutating func reload(context: AppContext) throws {
        let roster = try CompetenceRoster.load(.all, context: context)
        titles = roster.titles
        holders = Dictionary(roster.rows.compactMap { $0.person.mapping.titleId }.map { ($0, 1) }, uniquingKeysWith: +)
        transitionRows = roster.rows.filter { if case .transition? = $0.assessment.standing { return true } else { return false } }
        keepCursor(context: context)
    }

    mutating func sizeChanged(context: AppContext) { keepCursor(context: context) }

    var listRowCount: Int { titles.count }

    func listPageSize(_ context: AppContext) -> Int { max(1, Self.split(CompetenceLayout.body(context)).titles.height - 1) }
}
