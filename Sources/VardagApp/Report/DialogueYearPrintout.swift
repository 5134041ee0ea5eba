import ReportKit
import VardagDomain
import VardagStore

/// The course leader's Årsrapport for one kommun as a report page: the year in figures,
/// each unit against its yearly target, and the themes of the year's slingor.
///
/// The same figures as the Årsrapport tab (`DialogueReportTab`), all shown as they are:
/// slingor, questions and actions describe no person, and the vägledare are staff named
/// on every slinga they lead, not brukare, so their counts are not suppressed.
public enum DialogueYearPrintout {
    /// What the page is made from.
    public struct Content: Sendable {
        /// The kommun's name.
        public var kommunName: String
        /// The kommun's figures for the year.
        public var report: DialogueYearReport
        /// The kommun's units with their targets and slingor.
        public var targets: [DialogueTargetRow]
        /// The day the page is made.
        public var today: LocalDate

        /// Gathers the content from the store.
        /// - Parameters:
        ///   - store: the database.
        ///   - kommun: the kommun.
        ///   - year: the year.
        ///   - today: today.
        /// - Throws: the store's errors.
        public init(store: AppDatabase, kommun: Kommun, year: Int, today: LocalDate) throws {
            kommunName = kommun.name
            report = try store.dialogueReport(kommunId: kommun.id, year: year)
            targets = try store.dialogueTargets(year: year, today: today).filter { $0.kommunName == kommun.name }
            self.today = today
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
        let number = ReportNumber(language)
        let r = content.report
        var sections: [ReportSection] = []
        sections.append(ReportSection(s["report.dialogue.year.figures"], [
            .figures([
                ReportFigure(String(r.started), s["report.dialogue.started"]),
                ReportFigure(String(r.finished), s["report.dialogue.finished"]),
                ReportFigure("\(r.questionsAnswered) / \(r.questionsAsked)", s["report.dialogue.questions"]),
                ReportFigure("\(r.actionsDone) / \(r.actions)", s["report.dialogue.actions"]),
                ReportFigure("\(r.ownGuides) / \(r.boughtGuides)", s["report.dialogue.guides"]),
                ReportFigure(String(r.boughtAssignments), s["report.dialogue.boughtAssignments"]),
            ]),
            .chart(caption: s["report.dialogue.progress"], svg: ReportChart.bars(title: s["report.dialogue.progress"], rows: [
                (s["report.dialogue.questionsAnswered"], share(r.questionsAnswered, of: r.questionsAsked),
                 shareText(r.questionsAnswered, of: r.questionsAsked, number)),
                (s["report.dialogue.actionsDone"], share(r.actionsDone, of: r.actions), shareText(r.actionsDone, of: r.actions, number)),
            ], maximum: 1)),
        ]))
        let rows: [[ReportCell]] = content.targets.map { unit in
            [.text(unit.enhetName), unit.target.map { .text(String($0)) } ?? .empty, .text(String(unit.started)), .text(String(unit.finished)),
             unit.target.flatMap { $0 > 0 ? ReportCell.text(number.percent(Double(unit.started) / Double($0), decimals: 0)) : nil } ?? .empty]
        }
        let targetSum = content.targets.compactMap(\.target).reduce(0, +)
        sections.append(ReportSection(s["report.dialogue.targets"], [
            .table(ReportTable(columns: [ReportColumn(s["report.col.unit"]), ReportColumn(s["report.col.target"], numeric: true),
                                         ReportColumn(s["report.col.started"], numeric: true), ReportColumn(s["report.col.finished"], numeric: true),
                                         ReportColumn(s["report.col.ofTarget"], numeric: true)],
                               rows: rows,
                               total: [.text(s["report.total"]), .text(String(targetSum)),
                                       .text(String(content.targets.map(\.started).reduce(0, +))),
                                       .text(String(content.targets.map(\.finished).reduce(0, +))), .empty])),
            .note(s["report.dialogue.targetsNote"]),
        ]))
        let themes: [ReportBlock] = r.themes.isEmpty ? [.paragraph(s["report.dialogue.noThemes"])]
            : [.table(ReportTable(columns: [ReportColumn(s["report.col.theme"])], rows: r.themes.map { [.text($0)] }))]
        sections.append(ReportSection(s["report.dialogue.themes"], themes))
        return ReportDocument(
            language: language, title: s.format("report.dialogue.year.title", r.year), subtitle: content.kommunName,
            colophon: s.format("report.loop.colophon", content.today.description, version),
            sections: sections)
    }

    private static func share(_ part: Int, of whole: Int) -> Double? {
        whole > 0 ? Double(part) / Double(whole) : nil
    }

    private static func shareText(_ part: Int, of whole: Int, _ number: ReportNumber) -> String {
        whole > 0 ? number.percent(Double(part) / Double(whole), decimals: 0) : "–"
    }
}
