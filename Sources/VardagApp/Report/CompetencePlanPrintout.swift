import ReportKit
import VardagDomain
import VardagStore

/// A unit's competence development plan by quarter as a report page: for each quarter
/// the steps and courses planned, for whom, and how far they have come.
///
/// For the unit's own manager, as the unit's Plan tab is: names are shown, nothing is
/// suppressed (the small-group rule is for figures that go beyond a unit).
public enum CompetencePlanPrintout {
    /// What the page is made from.
    public struct Content: Sendable {
        /// The unit.
        public var unit: CompetenceUnit
        /// Its people (names and areas).
        public var people: [CompetencePerson]
        /// Its plan items.
        public var items: [PlanItem]
        /// The day the page is made.
        public var today: LocalDate

        /// Gathers the content from the store.
        /// - Throws: the store's errors.
        public init(store: AppDatabase, unit: CompetenceUnit, today: LocalDate) throws {
            self.unit = unit
            people = try store.competencePeople(.enhet(unit.id))
            items = try store.competencePlanItems(.enhet(unit.id))
            self.today = today
        }
    }

    /// The quarter of a date as "2026 K4" (or "2026 Q4").
    static func quarter(_ date: LocalDate, _ s: Strings) -> String {
        s.format("report.plan.quarter", date.year, (date.month - 1) / 3 + 1)
    }

    /// The page.
    /// - Parameters:
    ///   - content: the plan.
    ///   - strings: the catalogue of the page's language.
    ///   - version: Vardag's version, for the colophon.
    /// - Returns: the report document.
    public static func document(_ content: Content, strings s: Strings, version: String) -> ReportDocument {
        let language: ReportLanguage = s.language == .en ? .en : .sv
        let names = Dictionary(content.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let sorted = content.items.sorted { ($0.targetDate, names[$0.medarbetareId] ?? "", $0.id) < ($1.targetDate, names[$1.medarbetareId] ?? "", $1.id) }
        var quarters: [(name: String, items: [PlanItem])] = []
        for item in sorted {
            let name = quarter(item.targetDate, s)
            if quarters.last?.name == name { quarters[quarters.count - 1].items.append(item) } else { quarters.append((name, [item])) }
        }
        let summary = ReportTable(
            columns: [ReportColumn(s["report.col.quarter"]), ReportColumn(s["report.col.planned"], numeric: true),
                      ReportColumn(s["report.col.done"], numeric: true), ReportColumn(s["report.col.ongoing"], numeric: true),
                      ReportColumn(s["report.col.cancelled"], numeric: true)],
            rows: quarters.map { quarter in
                let count = { (status: PlanStatus) in String(quarter.items.filter { $0.status == status }.count) }
                return [.text(quarter.name), .text(String(quarter.items.count)), .text(count(.klar)), .text(count(.pagar)), .text(count(.avbruten))]
            },
            total: [.text(s["report.total"]), .text(String(sorted.count)), .text(String(sorted.filter { $0.status == .klar }.count)),
                    .text(String(sorted.filter { $0.status == .pagar }.count)), .text(String(sorted.filter { $0.status == .avbruten }.count))])
        var sections = [ReportSection(s["report.plan.overview"], [
            sorted.isEmpty ? .paragraph(s["report.plan.empty"]) : .table(summary),
            .chart(caption: s["report.plan.doneShare"], svg: ReportChart.bars(
                title: s["report.plan.doneShare"],
                rows: quarters.map { quarter in
                    let done = quarter.items.filter { $0.status == .klar }.count
                    return (quarter.name, Double(done) / Double(quarter.items.count), "\(done) / \(quarter.items.count)")
                }, maximum: 1)),
        ])]
        for quarter in quarters {
            sections.append(ReportSection(quarter.name, [.table(ReportTable(
                columns: [ReportColumn(s["report.col.person"]), ReportColumn(s["report.col.stepOrCourse"]),
                          ReportColumn(s["report.col.targetDate"]), ReportColumn(s["report.col.status"])],
                rows: quarter.items.map { item in
                    let what = [item.step.map { s.format("report.plan.step", $0) }, item.course.isEmpty ? nil : item.course]
                        .compactMap { $0 }.joined(separator: ": ")
                    return [.text(names[item.medarbetareId] ?? "–"), .text(what), .text(item.targetDate.description),
                            .text(CompetenceText.status(item.status, s))]
                }))]))
        }
        return ReportDocument(
            language: language, title: s.format("report.plan.title", content.unit.name),
            subtitle: content.unit.kommunName, colophon: s.format("report.loop.colophon", content.today.description, version),
            sections: sections)
    }
}
