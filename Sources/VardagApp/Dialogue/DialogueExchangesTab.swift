import TerminalKit
import VardagDomain
import VardagStore

/// The main screen's Utbyten tab: per kommun pair, the guide services one bought from
/// the other in the year.
struct DialogueExchangesTab: DialogueTableTab {
    typealias Message = DialogueBrowse

    var shared = DialogueShared()
    var table = TableState()
    var exchanges: [GuideExchange] = []

    func tabTitle(_ context: AppContext) -> String { context.strings[DialogueTab.exchanges.titleKey] }

    mutating func reload(context: AppContext) throws {
        // Counts from the guide pool's assignments, which everyone with a part in the tool reads.
        exchanges = DialogueAccess.usesTool(context.viewer) ? try context.store.guideExchanges(year: shared.shownYear(context)) : []
        clampSelection()
    }

    var rowCount: Int { exchanges.count }

    func info(_ context: AppContext) -> String {
        context.strings.format("dialogue.info.exchanges", shared.shownYear(context))
    }

    /// What the hours column sums, and the star for assignments without hours.
    func footer(_ context: AppContext, height: Int) -> [(String, Style)] {
        exchanges.isEmpty ? [] : [(context.strings["dialogue.exchanges.hoursNote"], context.theme.dim)]
    }

    func tableWidget(_ context: AppContext) -> Table {
        let s = context.strings
        let rows = exchanges
        return Table(columns: [
            TableColumn(s["dialogue.col.provider"], width: .flexible(2)),
            TableColumn(s["dialogue.col.buyer"], width: .flexible(2)),
            TableColumn(s["dialogue.col.assignments"], width: .fixed(8), alignment: .right),
            TableColumn(s["dialogue.col.loops"], width: .fixed(8), alignment: .right),
            TableColumn(s["dialogue.col.guides"], width: .fixed(10), alignment: .right),
            TableColumn(s["dialogue.col.hours"], width: .fixed(8), alignment: .right),
        ], rowCount: rows.count, emptyText: DialogueText.empty("dialogue.emptyExchanges", covered: "dialogue.emptyExchanges", writes: true, context)
        ) { i in
            let r = rows[i]
            // The sum to invoice; "*" when some assignments have no hours recorded yet.
            let hours = GuideHours.text(r.minutes, comma: s.language != .en) + (r.assignmentsWithHours < r.assignments ? "*" : "")
            return [r.providerName, r.buyerName, String(r.assignments), String(r.loops), String(r.guides), hours]
        }
    }
}
