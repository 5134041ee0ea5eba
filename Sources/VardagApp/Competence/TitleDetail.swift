import TerminalKit
import VardagDomain
import VardagStore

/// The box over the Titlar view with one title in full (`v`): what it requires, how many
/// hold it, and for Servicebiträde the tasks the role takes over, from the draft task list
/// of every Skuggning analysis the viewer sees (tasks judged "ja" in at least half of their
/// observations, summed over the teams). Read-only; Esc, Enter or `v` closes it; ↑↓ scroll.
struct TitleDetail {
    /// One task of the role, summed over the teams whose draft list has it.
    struct Task: Hashable {
        var name: String
        var category: ShadowingCategory
        var yes: Int
        var observations: Int
    }

    let title: CompetenceTitle
    /// People mapped with the title.
    let holders: Int
    /// The tasks it takes over (servicebiträde), by most "ja" first; nil for another title.
    let tasks: [Task]?
    /// How many skuggningsteam the task list was drawn from.
    let teams: Int
    var scroll = 0

    /// Whether a key closes the box.
    static func closes(_ key: Key) -> Bool { key == .escape || key == .enter || key == .char("v") }

    /// Reads what the box shows for a title.
    /// - Throws: a failed read.
    static func load(_ title: CompetenceTitle, holders: Int, context: AppContext) throws -> TitleDetail {
        guard RegisterName.uniquenessKey(title.name) == RegisterName.uniquenessKey("Servicebiträde") else {
            return TitleDetail(title: title, holders: holders, tasks: nil, teams: 0)
        }
        var sums: [Int64: Task] = [:]
        let teams = try context.store.shadowingTeams().filter { ShadowingAccess.covers($0, context.viewer) }
        for team in teams {
            let analysis = try context.store.shadowingAnalysis(teamId: team.id, from: team.startDate, to: team.endDate)
            for task in analysis.draftTaskList {
                var sum = sums[task.taskId] ?? Task(name: task.name, category: task.category, yes: 0, observations: 0)
                sum.yes += task.yes
                sum.observations += task.observations
                sums[task.taskId] = sum
            }
        }
        let tasks = sums.values.sorted { ($0.yes, $1.name) > ($1.yes, $0.name) }
        return TitleDetail(title: title, holders: holders, tasks: tasks, teams: teams.count)
    }

    /// The lines below the heading, in order.
    func lines(_ s: Strings) -> [(text: String, header: Bool)] {
        let education = title.educationKind == .gymnasial
            ? s.format("servicebitrade.detail.educationPoints", CompetenceText.education(title.educationKind, s), title.points)
            : CompetenceText.education(title.educationKind, s)
        var lines: [(String, Bool)] = [
            (s.format("servicebitrade.detail.requirement", education), false),
            (s.format("servicebitrade.detail.certificate", title.certificateRequired ? s["competence.yes"] : s["competence.no"]), false),
            (s.format("servicebitrade.detail.holders", holders), false),
        ]
        guard let tasks else { return lines }
        lines.append(("", false))
        lines.append((s.format("servicebitrade.detail.tasks", teams), true))
        if tasks.isEmpty { lines.append((s["servicebitrade.detail.noTasks"], false)) }
        for task in tasks {
            lines.append((s.format("servicebitrade.detail.task", task.name, ShadowingText.category(task.category, s),
                                   task.yes, task.observations), false))
        }
        return lines
    }

    /// Draws the box over `area`.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings, theme = context.theme
        let all = lines(s)
        let box = Rect(x: area.x + 2, y: area.y + 1, width: max(20, area.width - 4), height: max(6, min(area.height - 2, all.count + 4)))
        buffer.fill(box)
        buffer.box(box, title: s.format("servicebitrade.detail.title", title.name), style: theme.border, titleStyle: theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let rows = max(0, inner.height - 1)
        for (i, line) in all.dropFirst(min(scroll, max(0, all.count - rows))).prefix(rows).enumerated() {
            buffer.put(line.text, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: line.header ? theme.header : Style.plain)
        }
        buffer.put(s["servicebitrade.detail.hint"], x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: theme.dim)
    }
}
