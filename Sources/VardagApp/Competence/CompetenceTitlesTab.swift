import TerminalKit
import VardagDomain
import VardagStore

/// The titles with what each requires (education, points, certificate), edited in place,
/// and the people who rely on the undersköterska transition.
struct CompetenceTitlesTab: HostedTab, PagedList {
    enum Message: Sendable {
        case move(Key), cycleEducation, morePoints, lessPoints, toggleCertificate
    }

    var shared: CompetenceShared
    var titles: [CompetenceTitle] = []
    /// Everyone whose title rests on the transition, with the days it has left.
    var transitionRows: [CompetenceRow] = []
    var list = TableState()

    func tabTitle(_ context: AppContext) -> String { context.strings[CompetenceTab.titles.titleKey] }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        // The titles are the kompetensstrateg's catalogue: others read them.
        let edits: [KeyBinding<Message>] = CompetenceAccess.keepsCatalogue(context.viewer) ? [
            KeyBinding([.char("e")], s["competence.key.education"], .cycleEducation, label: "e", hint: true),
            KeyBinding([.char("+")], s["competence.key.morePoints"], .morePoints, label: "+", hint: true),
            KeyBinding([.char("-")], s["competence.key.lessPoints"], .lessPoints, label: "-"),
            KeyBinding([.char("b")], s["competence.key.certificate"], .toggleCertificate, label: "b", hint: true),
        ] : []
        return KeyMap(title: s["competence.title"], edits + [
            ListKeys.binding(s["competence.key.move"]) { .move($0) },
        ])
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        guard case .move(let key) = message else { return editTitle(message, context: context) }
        moveCursor(key, context: context)
        return .none
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
        case .move: return .none
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
        transitionRows = roster.rows.filter { if case .transition? = $0.assessment.standing { return true } else { return false } }
        keepCursor(context: context)
    }

    mutating func sizeChanged(context: AppContext) { keepCursor(context: context) }

    var listRowCount: Int { titles.count }

    func listPageSize(_ context: AppContext) -> Int { max(1, Self.split(CompetenceLayout.body(context)).titles.height - 1) }
}
