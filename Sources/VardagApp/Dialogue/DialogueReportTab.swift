import TerminalKit
import VardagDomain
import VardagStore

/// The main screen's Årsrapport tab: per kommun, slingor started and finished, relay
/// questions asked and answered, own and bought guides (staff, so not suppressed), and
/// actions done; the selected kommun's themes under it.
struct DialogueReportTab: DialogueTableTab {
    typealias Message = DialogueBrowse

    var shared = DialogueShared()
    var table = TableState()
    var reports: [KommunYearReport] = []

    func tabTitle(_ context: AppContext) -> String { context.strings[DialogueTab.report.titleKey] }

    mutating func reload(context: AppContext) throws {
        // Counted over every kommun's slingor, so shown only to whoever sees them all.
        reports = DialogueAccess.seesReport(context.viewer) ? try context.store.dialogueReports(year: shared.shownYear(context)) : []
        clampSelection()
    }

    var rowCount: Int { reports.count }

    func info(_ context: AppContext) -> String {
        context.strings.format("dialogue.info.report", shared.shownYear(context))
    }

    func footer(_ context: AppContext, height: Int) -> [(String, Style)] {
        guard reports.indices.contains(table.selected) else { return [] }
        let r = reports[table.selected]
        let themes = r.report.themes.isEmpty ? "–" : r.report.themes.joined(separator: "; ")
        return [(context.strings.format("dialogue.report.themes", r.kommunName, themes), context.theme.normal)]
    }

    func tableWidget(_ context: AppContext) -> Table {
        let s = context.strings
        let rows = reports
        return Table(columns: [
            TableColumn(s["dialogue.col.kommun"], width: .flexible(2)),
            TableColumn(s["dialogue.col.started"], width: .fixed(8), alignment: .right),
            TableColumn(s["dialogue.col.finished"], width: .fixed(9), alignment: .right),
            TableColumn(s["dialogue.col.questions"], width: .fixed(12), alignment: .right),
            TableColumn(s["dialogue.col.guidesOwnBought"], width: .fixed(17), alignment: .right),
            TableColumn(s["dialogue.col.actions"], width: .fixed(15), alignment: .right),
        ], rowCount: rows.count, emptyText: DialogueText.empty("dialogue.empty", covered: "dialogue.emptyReportCovered",
                                                                  writes: DialogueAccess.seesReport(context.viewer), context)
        ) { i in
            let r = rows[i].report
            // Vägledare are staff doing their job, not brukare: their counts are shown as they are
            // (the small-group rule protects brukare and staff data about a person, not who led a slinga).
            let guides = "\(r.ownGuides)/\(r.boughtGuides)"
            return [rows[i].kommunName, String(r.started), String(r.finished),
                    "\(r.questionsAsked)/\(r.questionsAnswered)", guides, "\(r.actionsDone)/\(r.actions)"]
        }
    }
}
