import TerminalKit
import VardagDomain
import VardagStore

/// Skuggning's handledare tab: the team's pool of handledare from the host team (training,
/// places, how many they supervise today) above who supervises whom, with the shortage
/// flagged; `v` shows the figures week by week.
///
/// One cursor runs over both lists: the pool's rows first, then the participants'.
struct ShadowingSupervisorsTab: ShadowingPage {
    enum Message: ShadowingPageMessage {
        case common(ShadowingCommon)
        case move(Key)
        /// `h`: put one of the host team's staff in the pool.
        case addSupervisor
        /// Enter: change the handledare under the cursor, or give the participant under it a handledare.
        case open
        /// `g`: give the participant under the cursor a handledare.
        case assign
        /// `v`: the supervision week by week.
        case weeks
        /// `x`: take the handledare under the cursor out of the pool (asks first).
        case remove
    }

    /// The pool member a remove question is about.
    struct PoolRemoval {
        let medarbetareId: Int64
        let name: String
    }

    static let kind = ShadowingTab.supervisors
    var shared = ShadowingShared()
    var form: ShadowingFormEditor?
    /// The handledare form, while open (this tab's own, so the shared forms stay as they are).
    var supervisionForm: SupervisionFormEditor?
    var weeksBox: ShadowingSupervisionWeeksBox?
    var removing: RemoveQuestion<PoolRemoval>?
    var pool: [ShadowingSupervisor] = []
    var participants: [ShadowingParticipant] = []
    var assignments: [SupervisionAssignment] = []
    var table = TableState()
    var loadedTeamId: Int64?

    var isDialogOpen: Bool { supervisionForm != nil || weeksBox != nil || removing != nil }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return keyMap(title: s, viewer: context.viewer, [
            KeyBinding([.char("h")], s["shadowing.key.addSupervisor"], .addSupervisor, label: "h", hint: true),
            KeyBinding([.char("g")], s["shadowing.key.assignSupervisor"], .assign, label: "g", hint: true),
            KeyBinding([.enter, .char("e")], s["shadowing.key.openSupervision"], .open, label: "Enter"),
            KeyBinding([.char("v")], s["shadowing.key.supervisionWeeks"], .weeks, label: "v", hint: true),
            KeyBinding([.char("x"), .delete], s["shadowing.key.removeSupervisor"], .remove, label: "x"),
        ], list: ListKeys.bindings(rowHelp: s["shadowing.key.move"], pageHelp: s["shadowing.key.page"]) { .move($0) })
    }

    /// The day the figures are for: today, within the team's period.
    static func day(_ team: ShadowingTeam, today: LocalDate) -> LocalDate { min(max(today, team.startDate), team.endDate) }

    /// The participants shown: those in the team today first, then those who left, each by name.
    var shownParticipants: [ShadowingParticipant] { participants.filter(\.isActive) + participants.filter { !$0.isActive } }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        let s = context.strings
        if case .common(let common) = message { return updateCommon(common, context: context) }
        guard let team = shared.team else { return .none }
        let rows = shownParticipants
        switch message {
        case .move(let key):
            _ = table.handle(key, rowCount: pool.count + rows.count, pageSize: ShadowingLayout.pageSize(context))
        case .addSupervisor:
            do {
                let inPool = Set(pool.map(\.medarbetareId))
                let staff = try context.store.medarbetare(teamId: team.hostTeamId).filter { !inPool.contains($0.id) }
                if staff.isEmpty { return .error(s["shadowing.supervisors.noStaff"]) }
                supervisionForm = .supervisor(teamId: team.id, staff: staff.map { (id: $0.id, name: $0.name) }, editing: nil,
                                              today: context.today, strings: s)
            } catch {
                return .error(s.couldNotRead(error))
            }
        case .open:
            if pool.indices.contains(table.selected) {
                supervisionForm = .supervisor(teamId: team.id, staff: [], editing: pool[table.selected], today: context.today, strings: s)
            } else {
                return update(.assign, context: context)
            }
        case .assign:
            let index = table.selected - pool.count
            guard rows.indices.contains(index) else { return .error(s["shadowing.supervisors.pickParticipant"]) }
            let p = rows[index]
            if !p.isActive { return .error(s["shadowing.problem.left"]) }
            if pool.isEmpty { return .error(s["shadowing.supervisors.emptyPool"]) }
            let day = Self.day(team, today: context.today)
            let current = SupervisionRules.supervisor(of: p.id, on: day, assignments: assignments)?.supervisorId
            supervisionForm = .assignment(p, pool: pool, current: current,
                                          load: SupervisionRules.load(on: day, participants: participants, team: team, assignments: assignments),
                                          today: day, strings: s)
        case .weeks:
            do {
                weeksBox = ShadowingSupervisionWeeksBox(weeks: try context.store.supervisionWeeks(
                    teamId: team.id, from: team.startDate, to: Self.day(team, today: context.today)), closeKey: .char("v"))
            } catch {
                return .error(s.couldNotRead(error))
            }
        case .remove:
            guard pool.indices.contains(table.selected) else { return .none }
            let member = pool[table.selected]
            removing = RemoveQuestion(target: PoolRemoval(medarbetareId: member.medarbetareId, name: member.name),
                                      title: s["shadowing.remove.supervisorTitle"], message: s.format("shadowing.remove.supervisor", member.name))
        case .common: break
        }
        return .none
    }

    mutating func updateDialog(_ event: Event, context: AppContext) -> Effect {
        if let question = removing {
            guard case .key(let key) = event else { return .none }
            var asked = question
            guard let yes = asked.answer(key, strings: context.strings) else { removing = asked; return .none }
            removing = nil
            guard yes, let team = shared.team else { return .none }
            return write(context: context) {
                try context.store.removeShadowingSupervisor(teamId: team.id, medarbetareId: question.target.medarbetareId)
                return context.strings.format("shadowing.removed.supervisor", question.target.name)
            }
        }
        if var box = weeksBox {
            if case .key(let key) = event { weeksBox = box.handle(key) ? box : nil }
            return .none
        }
        guard let saved = supervisionForm.handle(event, context: context) else { return .none }
        return Effect.status(context.strings.format("shadowing.stored", saved)).then(reloaded(context))
    }

    mutating func load(team: ShadowingTeam, context: AppContext) throws {
        pool = try context.store.shadowingSupervisorPool(teamId: team.id)
        participants = try context.store.shadowingParticipants(teamId: team.id)
        assignments = try context.store.supervisionAssignments(teamId: team.id)
        let count = pool.count + participants.count
        if table.selected >= count { table.selected = max(0, count - 1) }
    }

    mutating func teamChanged() { table = TableState() }
}
