import TerminalKit
import VardagDomain
import VardagStore

/// Skuggning's team tab: the shown team's setup (host team, period, supervisors,
/// participants) and what may be kept about the people in it.
struct ShadowingTeamTab: ShadowingPage {
    enum Message: ShadowingPageMessage {
        case common(ShadowingCommon)
        /// Enter: the team's setup form.
        case edit
        /// `a`: a new participant.
        case add
    }

    static let kind = ShadowingTab.team
    var shared = ShadowingShared()
    var form: ShadowingFormEditor?
    var participants: [ShadowingParticipant] = []
    var supervisors: [(id: Int64, name: String)] = []
    var hostName = ""

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        // The team's setup is the register's: only whoever sets teams up changes it.
        let edit = ShadowingAccess.setsUpTeams(context.viewer)
            ? [KeyBinding([.enter, .char("e")], s["shadowing.key.editTeam"], Message.edit, label: "Enter", hint: true)] : []
        return keyMap(title: s, viewer: context.viewer, edit + [
            KeyBinding([.char("a"), .insert], s["shadowing.key.addParticipant"], .add, label: "a"),
        ])
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .common(let common): return updateCommon(common, context: context)
        case .edit: return openTeamForm(shared.team, supervisors: shared.team == nil ? [] : supervisors.map(\.id), context: context)
        case .add:
            guard let team = shared.team else { return openTeamForm(nil, supervisors: [], context: context) }
            form = .participant(teamId: team.id, strings: context.strings)
            return .none
        }
    }

    mutating func load(team: ShadowingTeam, context: AppContext) throws {
        participants = try context.store.shadowingParticipants(teamId: team.id)
        supervisors = try context.store.shadowingSupervisors(teamId: team.id)
        hostName = try context.store.team(id: team.hostTeamId)?.name ?? ""
    }

    func renderPage(into buffer: inout Buffer, area: Rect, team: ShadowingTeam, context: AppContext) {
        let s = context.strings
        let body = ShadowingLayout(area).info.inset(left: 1, right: 1)
        let active = participants.filter(\.isActive).count
        let lines: [(String, String)] = [
            (s["shadowing.field.teamName"], team.name),
            (s["shadowing.field.hostTeam"], hostName),
            (s["shadowing.team.period"], "\(team.startDate.iso) – \(team.endDate.iso)"),
            (s["shadowing.team.supervisors"], supervisors.isEmpty ? "–" : supervisors.map(\.name).joined(separator: ", ")),
            (s["shadowing.team.participants"], s.format("shadowing.team.participantCount", active, participants.count - active)),
            (s["shadowing.team.teams"], s.format("shadowing.team.teamCount", shared.teams.count)),
        ]
        var y = body.y
        for (label, value) in lines {
            buffer.put(label, x: body.x, y: y, maxWidth: 20, style: context.theme.title)
            buffer.put(value, x: body.x + 21, y: y, maxWidth: body.width - 21)
            y += 1
        }
        if ShadowingRules.sizeNeedsWarning(active) {
            buffer.put(s.format("shadowing.sizeWarning", active), x: body.x, y: y + 1, maxWidth: body.width, style: context.theme.warning)
        }
        for (n, line) in ShadowingText.wrap(s["shadowing.team.privacy"], width: body.width).enumerated() {
            buffer.put(line, x: body.x, y: y + 3 + n, maxWidth: body.width, style: context.theme.dim)
        }
    }
}
