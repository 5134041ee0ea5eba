import ReportKit
import VardagDomain
import VardagStore

/// A team leader's talk sheet for one worker: her grid for the period, her trend over the
/// last 12 periods and the decisions on her cases, to bring to the talk.
///
/// It is about one person for her own talk with her team leader, as her grid is, so
/// nothing is suppressed; it is written only for someone who may see her grid.
public enum TalkSheetPrintout {
    /// What the page is made from.
    public struct Content: Sendable {
        /// Her grid for the period.
        public var grid: WorkloadGrid
        /// Her team's name.
        public var teamName: String
        /// Her row of the team overview: 12 periods ending with this one, and the flag.
        public var history: OverviewRow?
        /// The names of her colleagues (for "omfördela till …").
        public var names: [Int64: String]
        /// The team's settings (threshold, the heavy rule).
        public var settings: WorkloadSettings
        /// The day the page is made.
        public var today: LocalDate

        /// Gathers the content from the store.
        /// - Parameters:
        ///   - store: the database.
        ///   - medarbetareId: the worker.
        ///   - period: the period.
        ///   - today: today.
        /// - Returns: the content, or nil when the worker has no grid (unknown, or not in a team).
        /// - Throws: the store's errors.
        public static func gather(store: AppDatabase, medarbetareId: Int64, teamName: String, period: WorkloadPeriod,
                                  today: LocalDate) throws -> Content? {
            guard let grid = try store.workloadGrid(medarbetareId: medarbetareId, period: period) else { return nil }
            let settings = try store.workloadSettings()
            let overview = try store.workloadOverview(teamId: grid.teamId, period: period, periods: 12, settings: settings)
            let names = Dictionary(try store.teamMembers(teamId: grid.teamId).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            return Content(grid: grid, teamName: teamName, history: overview.first { $0.id == medarbetareId }, names: names,
                           settings: settings, today: today)
        }
    }

    /// The page.
    /// - Parameters:
    ///   - content: the figures.
    ///   - strings: the catalogue of the page's language.
    ///   - version: Vardag's version, for the colophon.
    /// - Returns: the report document.
    public static func document(_ content: Content, strings s: Strings, version: String) -> ReportDocument {
        let language: ReportLanguage = s.language == .en ? .en : .sv
        let grid = content.grid
        let threshold = content.settings.highThreshold
        let summary = grid.summary(threshold: threshold)
        var now: [ReportBlock] = [
            .figures([ReportFigure(String(grid.cases.count), s["report.talk.cases"])]
                + WorkloadField.allCases.map { ReportFigure(String(summary.counts[$0]), WorkloadText.field($0, s)) }
                + [ReportFigure(String(summary.load), s["report.talk.load"]),
                   ReportFigure(grid.overall.map(String.init) ?? "–", s["report.talk.overall"])]),
        ]
        if content.history?.flagged == true {
            now.append(.paragraph(s.format("report.talk.flagged", content.settings.heavyPeriodsInRow)))
        }
        now.append(grid.cases.isEmpty ? .paragraph(s["report.talk.noCases"]) : .table(ReportTable(
            columns: [ReportColumn(s["report.col.case"]), ReportColumn(s["report.col.caseType"]), ReportColumn(s["report.col.time"], numeric: true),
                      ReportColumn(s["report.col.difficulty"], numeric: true), ReportColumn(s["report.col.field"]), ReportColumn(s["report.col.decision"])],
            rows: grid.cases.map { item in
                [.text(item.reference), .text(WorkloadText.caseType(item.caseType, s)), .text(String(item.time)), .text(String(item.difficulty)),
                 .text(WorkloadText.field(item.field(threshold: threshold), s)),
                 item.decision.map { .text(WorkloadText.decisionText($0, names: content.names, s)) } ?? .empty]
            })))
        var trend: [ReportBlock] = []
        if let history = content.history?.history {
            let labels = history.map { $0.period.description.split(separator: "-").last.map(String.init) ?? "" }
            trend.append(.chart(caption: s["report.talk.loadTrend"], svg: ReportChart.trend(
                title: s["report.talk.loadTrend"], labels: labels, values: history.map { $0.counts.total > 0 ? Double($0.load) : nil },
                format: { String(Int($0)) }, wholeNumbers: true)))
            trend.append(.chart(caption: s["report.talk.overallTrend"], svg: ReportChart.trend(
                title: s["report.talk.overallTrend"], labels: labels, values: history.map { $0.overall.map(Double.init) },
                format: { String(Int($0)) }, maximum: 5, ticks: 5)))
            trend.append(.chart(caption: s["report.talk.tungTrend"], svg: ReportChart.trend(
                title: s["report.talk.tungTrend"], labels: labels, values: history.map { Double($0.counts[.tung]) },
                format: { String(Int($0)) }, wholeNumbers: true)))
        } else {
            trend.append(.paragraph(s["report.talk.noTrend"]))
        }
        let decided = grid.cases.compactMap { item in item.decision.map { (item, $0) } }
        let decisions: [ReportBlock] = decided.isEmpty ? [.paragraph(s["report.talk.noDecisions"])] : [.table(ReportTable(
            columns: [ReportColumn(s["report.col.case"]), ReportColumn(s["report.col.decision"]), ReportColumn(s["report.col.note"]),
                      ReportColumn(s["report.col.decidedBy"])],
            rows: decided.map { item, decision in
                [.text(item.reference), .text(WorkloadText.decisionText(decision, names: content.names, s)), .text(decision.note),
                 .text("\(decision.decidedBy) \(decision.decidedAt.prefix(10))")]
            }))]
        return ReportDocument(
            language: language, title: s.format("report.talk.title", grid.name),
            subtitle: s.format("report.talk.subtitle", content.teamName, WorkloadText.period(grid.period, s)),
            colophon: s.format("report.talk.colophon", content.today.description, version, threshold),
            sections: [
                ReportSection(s["report.talk.now"], now),
                ReportSection(s["report.talk.trend"], trend),
                ReportSection(s["report.talk.decisions"], decisions),
            ])
    }
}
