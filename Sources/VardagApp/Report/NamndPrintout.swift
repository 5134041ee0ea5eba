import ReportKit
import VardagDomain
import VardagStore

/// The monthly nämnd report for one kommun: the staff figures per unit for the month with
/// 13-month trends, and the four tools' sections, as a public document (an allmän handling)
/// shows them.
///
/// The staff rows are `StaffExport.rows`, the same rows `vardag export staff` writes, so
/// every figure here is the export's and every cell it hides is hidden here ("för få" for a
/// small group, "dold" where a total would give a hidden figure back). The tool sections
/// (`NamndWorkloadSection`, `NamndDialogueSection`, `NamndShadowingSection`,
/// `NamndCompetenceSection`) follow the same rule (`PublicGroupSuppression`) for their
/// figures about people.
public enum NamndPrintout {
    /// What the page is made from.
    public struct Content: Sendable {
        /// The kommun's name as stored.
        public var kommunName: String
        /// The month reported.
        public var month: StaffMonth
        /// The document rows of the 13 months ending with `month` (units, then the total, per month).
        public var rows: [StaffPublicationRow]
        /// The small-group threshold.
        public var threshold: Int
        /// The day the page is made.
        public var today: LocalDate
        /// Whether the tool sections were read: only when the login reads every row (on
        /// PostgreSQL the systemförvaltare), since a scoped login's figures would be part of
        /// the kommun shown as the whole of it.
        public var toolsCoverKommun = false
        /// Fyrfältaren's month per team.
        public var workload = NamndWorkloadMonth(periods: [], teams: [])
        /// Delaktighetsmodellen's year to the month's end per unit.
        public var dialogue: [NamndDialogueUnit] = []
        /// Skuggning's teams in the month.
        public var shadowing: [NamndShadowingTeam] = []
        /// Kompetenstrappa's people and the quarter's plan.
        public var competence = NamndCompetence(people: [], quarter: Quarter(year: 2000, number: 1), planItems: [])

        /// Gathers the content from the store.
        /// - Throws: `StaffExportFailure.unknownKommun`, the store's errors.
        public init(store: AppDatabase, kommun: String, month: StaffMonth, today: LocalDate) throws {
            let read = try StaffExport.rows(from: store, filter: StaffExport.Filter(kommunName: kommun, from: month.adding(months: -12), to: month),
                                            today: today)
            kommunName = read.kommun
            rows = read.rows
            self.month = month
            threshold = try store.staffSuppression().threshold
            self.today = today
            guard let kommunId = try store.kommunId(named: read.kommun) else { throw StaffExportFailure.unknownKommun(kommun) }
            // A login that reads only its scope would give part of the kommun as if it were all.
            toolsCoverKommun = try store.readsEveryRow()
            guard toolsCoverKommun else { return }
            workload = try store.namndWorkload(kommunId: kommunId, month: month)
            dialogue = try store.namndDialogue(kommunId: kommunId, month: month)
            shadowing = try store.namndShadowing(kommunId: kommunId, month: month)
            competence = try store.namndCompetence(kommunId: kommunId, month: month, today: today)
        }

        /// The small-group rule of the page.
        var rule: StaffSuppression { StaffSuppression(stored: threshold) }
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
        return ReportDocument(
            language: language, title: s.format("report.namnd.title", content.kommunName),
            subtitle: s.format("report.namnd.subtitle", monthName(content.month, s)),
            colophon: s.format("report.namnd.colophon", content.today.description, version, content.threshold),
            sections: [staffSection(content, s, number)] + toolSections(content, s, number))
    }

    /// The four tools' sections, or each one's heading with why it is left out.
    static func toolSections(_ content: Content, _ s: Strings, _ number: ReportNumber) -> [ReportSection] {
        guard content.toolsCoverKommun else {
            return ["report.namnd.workload", "report.namnd.dialogue", "report.namnd.shadowing", "report.namnd.competence"].map {
                ReportSection(s[$0], [.paragraph(s["report.namnd.scopedLogin"])])
            }
        }
        return [
            NamndWorkloadSection.section(content.workload, rule: content.rule, s, number),
            NamndDialogueSection.section(content.dialogue, month: content.month, s),
            NamndShadowingSection.section(content.shadowing, rule: content.rule, s, number),
            NamndCompetenceSection.section(content.competence, rule: content.rule, s, number),
        ]
    }

    /// "november 2026".
    static func monthName(_ month: StaffMonth, _ s: Strings) -> String {
        s.format("report.month.\(month.month)", month.year)
    }

    /// The staff figures: the month per unit with sparklines, and the kommun's trends.
    static func staffSection(_ content: Content, _ s: Strings, _ number: ReportNumber) -> ReportSection {
        let months = StaffMonth.span(from: content.month.adding(months: -12), to: content.month)
        let thisMonth = content.rows.filter { $0.month == content.month }
        guard !thisMonth.isEmpty else {
            return ReportSection(s["report.namnd.staff"], [.paragraph(s.format("report.namnd.noStaff", monthName(content.month, s)))])
        }
        var byUnit: [Int64?: [StaffMonth: StaffPublicationRow]] = [:]
        for row in content.rows { byUnit[row.unitId, default: [:]][row.month] = row }
        func hiddenWords(_ row: StaffPublicationRow) -> String {
            row.visibility == .tooFew ? s["report.fewPeople"] : s["report.namnd.protected"]
        }
        func sensitive(_ row: StaffPublicationRow, _ value: (StaffFigures, StaffTurnover) -> String?) -> ReportCell {
            guard row.visibility == .shown, let figures = row.figures, let turnover = row.turnover else { return .suppressed(hiddenWords(row)) }
            return value(figures, turnover).map { .text($0) } ?? .empty
        }
        func cells(_ row: StaffPublicationRow) -> [ReportCell] {
            let history = byUnit[row.unitId] ?? [:]
            let sickTrend = months.map { month in history[month].flatMap { $0.visibility == .shown ? $0.figures?.sickShare : nil } }
            return [
                .text(row.unitName ?? s["report.total"]), .text(String(row.headcount)), .text(number.format(Double(row.fte.hundredths) / 100, decimals: 2)),
                sensitive(row) { figures, _ in String(figures.newHires) },
                sensitive(row) { figures, _ in String(figures.leavers) },
                sensitive(row) { figures, _ in figures.sickShare.map { number.percent($0) } },
                sensitive(row) { _, turnover in turnover.rate.map { number.percent($0) } ?? s["report.namnd.missing"] },
                .text(String(row.vacancies)), .text(String(row.openRecruitments)),
                row.visibility == .shown && sickTrend.contains { $0 != nil }
                    ? .chart(svg: ReportChart.sparkline(title: s.format("report.namnd.sickTrendOf", row.unitName ?? s["report.total"]), values: sickTrend))
                    : .empty,
            ]
        }
        let units = thisMonth.filter { !$0.isTotal }
        let table = ReportTable(
            caption: s.format("report.namnd.staffCaption", monthName(content.month, s)),
            columns: [ReportColumn(s["report.col.unit"]), ReportColumn(s["report.col.headcount"], numeric: true),
                      ReportColumn(s["report.col.fte"], numeric: true), ReportColumn(s["report.col.newHires"], numeric: true),
                      ReportColumn(s["report.col.leavers"], numeric: true), ReportColumn(s["report.col.sick"], numeric: true),
                      ReportColumn(s["report.col.turnover"], numeric: true), ReportColumn(s["report.col.vacancies"], numeric: true),
                      ReportColumn(s["report.col.recruiting"], numeric: true), ReportColumn(s["report.col.sickTrend"])],
            rows: units.map(cells), total: thisMonth.first(where: \.isTotal).map(cells))
        let totals = byUnit[nil] ?? [:]
        let labels = months.map { s["report.monthShort.\($0.month)"] }
        func totalTrend(_ value: (StaffPublicationRow) -> Double?) -> [Double?] { months.map { totals[$0].flatMap(value) } }
        let shown = { (row: StaffPublicationRow) in row.visibility == .shown ? row : nil }
        return ReportSection(s["report.namnd.staff"], [
            .table(table),
            .note(s.format("report.namnd.staffNote", content.threshold)),
            .chart(caption: s["report.namnd.headcountTrend"], svg: ReportChart.trend(
                title: s["report.namnd.headcountTrend"], labels: labels, values: totalTrend { Double($0.headcount) },
                format: { number.format($0) }, wholeNumbers: true)),
            .chart(caption: s["report.namnd.sickTrend"], svg: ReportChart.trend(
                title: s["report.namnd.sickTrend"], labels: labels, values: totalTrend { shown($0)?.figures?.sickShare },
                format: { number.percent($0, decimals: 0) })),
            .chart(caption: s["report.namnd.turnoverTrend"], svg: ReportChart.trend(
                title: s["report.namnd.turnoverTrend"], labels: labels, values: totalTrend { shown($0)?.turnover?.rate },
                format: { number.percent($0, decimals: 0) })),
        ])
    }
}
