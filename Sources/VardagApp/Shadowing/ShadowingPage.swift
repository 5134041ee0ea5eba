import TerminalKit
import VardagDomain
import VardagStore

/// The messages every Skuggning tab has besides its own.
enum ShadowingCommon: Sendable {
    /// `t`: show the next skuggningsteam.
    case nextTeam
    /// `N`: the form for a new skuggningsteam.
    case newTeam
    /// A key or paste while a form or dialog of the tab is open.
    case input(Event)
}

/// A tab's message type: its own cases plus `common(_:)` (an enum case witnesses it).
protocol ShadowingPageMessage: Sendable {
    static func common(_ message: ShadowingCommon) -> Self
}

/// A tab of the Skuggning screen: its own list and keys, plus what every tab has alike
/// (the team keys t and N, the small forms, the page shown while there is no team),
/// which this protocol's extension provides once for all six.
protocol ShadowingPage: HostedTab where Shared == ShadowingShared, Message: ShadowingPageMessage {
    /// Which tab this is (its name on the tab bar).
    static var kind: ShadowingTab { get }
    /// The small form open over the tab (team, participant, step, task, hypothesis), if any.
    var form: ShadowingFormEditor? { get set }
    /// True while a dialog of the tab's own (the day entry, the link picker, a remove question) is open.
    var isDialogOpen: Bool { get }

    /// Reads the tab's own data for the shown team.
    /// - Throws: a failed read.
    mutating func load(team: ShadowingTeam, context: AppContext) throws
    /// A key or paste for the tab's own open dialog.
    mutating func updateDialog(_ event: Event, context: AppContext) -> Effect
    /// The team the tab's data was last read for; a tab with a selection keeps it here.
    var loadedTeamId: Int64? { get set }
    /// Forgets the selection: the tab's data is now another team's.
    mutating func teamChanged()
    /// Draws the tab below the tab bar for the shown team, and its own dialog over the whole area.
    func renderPage(into buffer: inout Buffer, area: Rect, team: ShadowingTeam, context: AppContext)
}

extension ShadowingPage {
    var isDialogOpen: Bool { false }
    mutating func updateDialog(_ event: Event, context: AppContext) -> Effect { .none }
    mutating func teamChanged() {}
    /// A tab without a selection need not know which team it read.
    var loadedTeamId: Int64? {
        get { nil }
        set {}
    }

    func tabTitle(_ context: AppContext) -> String { context.strings[Self.kind.titleKey] }

    var isEditingText: Bool { form != nil || isDialogOpen }

    func inputMessage(for event: Event) -> Message? { .common(.input(event)) }

    /// The key map: the tab's own bindings, then t and N (N for whoever sets teams up), then
    /// the list keys (when the tab has a list).
    func keyMap(title s: Strings, viewer: Viewer, _ bindings: [KeyBinding<Message>], list: [KeyBinding<Message>] = []) -> KeyMap<Message> {
        KeyMap(title: s["shadowing.title"], bindings + [
            KeyBinding([.char("t")], s["shadowing.key.team"], .common(.nextTeam), label: "t"),
        ] + (ShadowingAccess.setsUpTeams(viewer) ? [KeyBinding([.char("N")], s["shadowing.key.newTeam"], .common(.newTeam), label: "N")] : []) + list)
    }

    mutating func reload(context: AppContext) throws {
        try shared.load(context: context)
        guard let team = shared.team else { return }
        if loadedTeamId != team.id {
            teamChanged()
            loadedTeamId = team.id
        }
        try load(team: team, context: context)
    }

    /// Reads the tab again after a change; a failed read in words.
    mutating func reloaded(_ context: AppContext) -> Effect {
        Effect.reloading(context.strings) { try reload(context: context) }
    }

    /// Handles the messages every tab has.
    mutating func updateCommon(_ message: ShadowingCommon, context: AppContext) -> Effect {
        let s = context.strings
        switch message {
        case .nextTeam:
            guard shared.team != nil else { return .none }
            guard shared.teams.count > 1 else { return .status(s["shadowing.onlyOneTeam"]) }
            shared.nextTeam()
            let chosen = shared.team
            return Effect.status(s.format("shadowing.teamChosen", chosen?.name ?? ""))
                .then(rememberTeam(chosen?.id, context: context))
                .then(reloaded(context))
        case .newTeam:
            return openTeamForm(nil, supervisors: [], context: context)
        case .input(let event):
            return form == nil ? updateDialog(event, context: context) : updateForm(event, context: context)
        }
    }

    /// Stores the shown team as this user's choice, for the next time Skuggning opens.
    private func rememberTeam(_ id: Int64?, context: AppContext) -> Effect {
        guard let id else { return .none }
        return Effect.attempt(context.strings) { try context.store.rememberShadowingTeam(id: id) }
    }

    /// Opens the team form: a new team, or the shown one with its supervisors; nothing for
    /// a viewer who does not set teams up.
    mutating func openTeamForm(_ team: ShadowingTeam?, supervisors: [Int64], context: AppContext) -> Effect {
        guard ShadowingAccess.setsUpTeams(context.viewer) else { return .none }
        let store = context.store
        do {
            let tree = try store.registerTree()
            guard tree.kommuner.contains(where: { $0.enheter.contains { $0.enhet.omrade == .vardOchOmsorg && !$0.teams.isEmpty } }) else {
                return .error(context.strings["shadowing.needHostTeam"])
            }
            let staff = try store.staff(offset: 0, limit: 2000, filter: StaffFilter(text: "", includeInactive: false), sort: .name)
                .filter { $0.omrade == .vardOchOmsorg }.map { (id: $0.id, name: "\($0.name) · \($0.teamName)") }
            form = .team(team, supervisors: supervisors, tree: tree, staff: staff, today: context.today, strings: context.strings)
            return .none
        } catch {
            return .error(context.strings.couldNotRead(error))
        }
    }

    /// Passes a key or paste to the open form; after a save the tab reads its data again
    /// (and shows a team just created).
    private mutating func updateForm(_ event: Event, context: AppContext) -> Effect {
        guard let saved = form.handle(event, context: context) else { return .none }
        var effect = Effect.status(context.strings.format("shadowing.stored", saved.name))
        if let id = saved.newTeamId {
            shared.wantedTeamId = id
            effect = effect.then(rememberTeam(id, context: context))
        }
        return effect.then(reloaded(context))
    }

    /// Runs a change made with one key (or a yes to a remove question): its status text,
    /// then the tab read again; a refusal by the rules in their words, any other failure
    /// as "Kunde inte spara: …".
    /// - Parameter body: the write; returns the status text.
    mutating func write(context: AppContext, _ body: () throws -> String) -> Effect {
        let s = context.strings
        do {
            return Effect.status(try body()).then(reloaded(context))
        } catch let failure as ShadowingValidationFailure {
            return .error(ErrorText.describe(failure, s))
        } catch {
            return .error(s.couldNotSave(error))
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        if let team = shared.team {
            renderPage(into: &buffer, area: area, team: team, context: context)
        } else {
            let s = context.strings
            let info = ShadowingLayout(area).info.inset(left: 1, right: 1)
            let all = ShadowingAccess.setsUpTeams(context.viewer)
            buffer.put(s[all ? "shadowing.noTeam" : "shadowing.noTeamCovered"], x: info.x, y: info.y, maxWidth: info.width,
                       style: context.theme.title)
            buffer.put(s[all ? "shadowing.noTeamHelp" : "shadowing.noTeamCoveredHelp"], x: info.x, y: info.y + 2, maxWidth: info.width,
                       style: context.theme.dim)
        }
        form?.render(into: &buffer, area: area, context: context)
    }
}
