import TerminalKit
import VardagDomain

extension ReportScreen {
    /// The screen's rows: heading, legend, the units' table, the total and three lines about the selected unit.
    static func layout(_ area: Rect) -> (heading: Rect, legend: Rect, table: Rect, total: Rect, detail: Rect) {
        let inner = area.inset(left: 1, right: 1)
        let row = { (y: Int) in Rect(x: inner.x, y: y, width: inner.width, height: 1) }
        let tableHeight = max(2, inner.height - 3 - 1 - detailLines)
        return (row(inner.y), row(inner.y + 1), Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: tableHeight),
                row(inner.y + 3 + tableHeight), Rect(x: inner.x, y: inner.y + 4 + tableHeight, width: inner.width, height: detailLines))
    }

    /// Lines about the selected unit under the total.
    static let detailLines = 3

    /// Whether the window is wide enough for the movement and recruitment columns too.
    static func isWide(_ area: Rect) -> Bool { area.width >= 112 }

    /// Cells of the bar in the headcount and sick-leave columns.
    static let barWidth = 8
    /// Cells of a percentage or a hidden figure ("för få", "too few").
    static let valueWidth = 7
    /// Months in the sparkline.
    static let trendMonths = 13

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let parts = Self.layout(area)
        guard let kommun, let month else {
            for (i, line) in TextLayout.wrap(noKommunText(context), width: max(1, parts.heading.width)).enumerated().prefix(4) {
                buffer.put(line, x: parts.heading.x, y: parts.heading.y + 1 + i, maxWidth: parts.heading.width, style: theme.normal)
            }
            return
        }
        buffer.putPadded(s.format("rapport.heading", kommun.kommun.name, ReportText.monthName(month, s)), in: parts.heading, style: theme.title)
        let thresholdText = s.format("rapport.thresholdShown", threshold)
        let thresholdWidth = DisplayWidth.of(thresholdText)
        if thresholdWidth + 30 < parts.heading.width {
            buffer.put(thresholdText, x: parts.heading.maxX - thresholdWidth, y: parts.heading.y, style: theme.dim)
        }
        buffer.put(s.format("rapport.legend", threshold), x: parts.legend.x, y: parts.legend.y, maxWidth: parts.legend.width, style: theme.dim)
        let units = unitRows
        let list = entries
        if list.isEmpty {
            let text = kommun.latestMonth.map {
                s.format("rapport.noFigures", ReportText.monthName(month, s), kommun.kommun.name, ReportText.monthName($0, s))
            } ?? s.format("rapport.noUnits", kommun.kommun.name)
            for (i, line) in TextLayout.wrap(text, width: max(1, parts.table.width)).enumerated().prefix(parts.table.height) {
                buffer.put(line, x: parts.table.x, y: parts.table.y + i, maxWidth: parts.table.width, style: theme.normal)
            }
            return
        }
        let wide = Self.isWide(area)
        let scale = Scale(units)
        let history = historyByUnit
        let columns = columns(wide: wide, s)
        var widget = Table(columns: columns, rowCount: list.count) { index in
            guard let row = list[index].row else { return blankCells(list[index].name, wide: wide) }
            return cells(row, wide: wide, scale: scale, history: history, s)
        }
        widget.headerStyle = theme.header
        widget.selectedStyle = theme.selected
        // The total follows the last unit when they all fit, with the lines about the selected unit under it.
        let tableHeight = min(parts.table.height, list.count + 1)
        widget.render(into: &buffer, area: Rect(x: parts.table.x, y: parts.table.y, width: parts.table.width, height: tableHeight),
                      state: table, focused: picker == nil && !isEditingText)
        let totalArea = Rect(x: parts.total.x, y: parts.table.y + tableHeight, width: parts.total.width, height: 1)
        let detailArea = Rect(x: parts.detail.x, y: min(parts.detail.y, totalArea.y + 2), width: parts.detail.width, height: Self.detailLines)
        if let total = totalRow {
            var totals = Table(columns: columns, rowCount: 1) { _ in
                cells(total, wide: wide, scale: scale, history: history, s)
            }
            totals.showsHeader = false
            totals.highlightSymbol = "  "
            totals.selectedStyle = theme.header
            totals.render(into: &buffer, area: totalArea, state: TableState())
        }
        if list.indices.contains(table.selected) {
            let entry = list[table.selected]
            let text = entry.row.map { detail($0, s) }
                ?? s.format("rapport.detail.none", entry.name, ReportText.monthName(month, s))
            let lines = TextLayout.wrap(text, width: max(1, detailArea.width))
            for (i, line) in lines.prefix(Self.detailLines).enumerated() {
                let text = i == Self.detailLines - 1 && lines.count > Self.detailLines ? TextLayout.truncate(line + " …", to: detailArea.width) : line
                buffer.put(text, x: detailArea.x, y: detailArea.y + i, maxWidth: detailArea.width, style: theme.dim)
            }
        }
        picker?.render(into: &buffer, area: area, context: context)
        writer?.render(into: &buffer, area: area, context: context)
        thresholdEditor?.render(into: &buffer, area: area, context: context)
        entryEditor?.render(into: &buffer, area: area, context: context)
    }

    /// A unit without figures this month: its name and "–" where its figures would be.
    func blankCells(_ name: String, wide: Bool) -> [String] {
        let dash = "–"
        var cells = [name, pad(dash, 4, right: true), pad("", Self.barWidth) + " " + pad(dash, Self.valueWidth, right: true), dash]
        if wide { cells += [dash, dash, dash, dash] }
        cells.append("")
        return cells
    }

    /// The largest headcount and sick-leave share among the month's units: a full bar.
    struct Scale {
        var headcount: Double
        var sickShare: Double

        init(_ units: [StaffPublicationRow]) {
            headcount = Double(units.map(\.headcount).max() ?? 0)
            sickShare = units.compactMap { $0.figures?.sickShare }.max() ?? 0
        }
    }

    /// Every month's row by unit (nil for the total), for the sparklines.
    var historyByUnit: [Int64?: [StaffMonth: StaffPublicationRow]] {
        var result: [Int64?: [StaffMonth: StaffPublicationRow]] = [:]
        for row in rows { result[row.unitId, default: [:]][row.month] = row }
        return result
    }

    /// The table's columns; a wide window also shows new hires, leavers, vacancies and recruitments.
    func columns(wide: Bool, _ s: Strings) -> [TableColumn] {
        var columns = [
            TableColumn(s["report.col.unit"], width: .flexible(1)),
            TableColumn(s["report.col.headcount"], width: .fixed(4 + 1 + Self.barWidth)),
            TableColumn(s["report.col.sick"], width: .fixed(Self.barWidth + 1 + Self.valueWidth)),
            TableColumn(s["rapport.col.turnover"], width: .fixed(9), alignment: .right),
        ]
        if wide {
            columns += [
                TableColumn(s["report.col.newHires"], width: .fixed(Self.valueWidth), alignment: .right),
                TableColumn(s["report.col.leavers"], width: .fixed(Self.valueWidth), alignment: .right),
                TableColumn(s["report.col.vacancies"], width: .fixed(9), alignment: .right),
                TableColumn(s["report.col.recruiting"], width: .fixed(11), alignment: .right),
            ]
        }
        columns.append(TableColumn(s["rapport.col.sickTrend"], width: .fixed(Self.trendMonths)))
        return columns
    }

    /// One row's cells: figures hidden as in the report ("för få", "dold"), and no trend for
    /// a row hidden this month (as the report leaves its sparkline out).
    func cells(_ row: StaffPublicationRow, wide: Bool, scale: Scale, history: [Int64?: [StaffMonth: StaffPublicationRow]],
               _ s: Strings) -> [String] {
        let hidden = ReportText.hidden(row.visibility, s)
        let shown = row.visibility == .shown ? row : nil
        let headBar = row.isTotal ? "" : BarChart.barText(value: Double(row.headcount), max: scale.headcount, width: Self.barWidth)
        let headcount = pad(String(row.headcount), 4, right: true) + " " + pad(headBar, Self.barWidth)
        let sick: String
        if let figures = shown?.figures {
            let share = figures.sickShare
            let bar = row.isTotal ? "" : share.map { BarChart.barText(value: $0, max: scale.sickShare, width: Self.barWidth) } ?? ""
            sick = pad(bar, Self.barWidth) + " " + pad(share.map { ReportText.percent($0, s) } ?? "", Self.valueWidth, right: true)
        } else {
            sick = pad("", Self.barWidth) + " " + pad(hidden, Self.valueWidth, right: true)
        }
        let turnover = shown?.turnover.map { $0.rate.map { ReportText.percent($0, s) } ?? s["report.namnd.missing"] } ?? hidden
        var cells = [row.unitName ?? s["report.total"], headcount, sick, turnover]
        if wide {
            cells += [shown?.figures.map { String($0.newHires) } ?? hidden, shown?.figures.map { String($0.leavers) } ?? hidden,
                      String(row.vacancies), String(row.openRecruitments)]
        }
        cells.append(trend(row, history: history))
        return cells
    }

    /// The 13-month sick-leave sparkline of a row shown this month; months hidden or
    /// without figures are gaps.
    func trend(_ row: StaffPublicationRow, history: [Int64?: [StaffMonth: StaffPublicationRow]]) -> String {
        guard row.visibility == .shown, let month else { return "" }
        let months = StaffMonth.span(from: month.adding(months: -(Self.trendMonths - 1)), to: month)
        let mine = history[row.unitId] ?? [:]
        let values = months.map { m in mine[m].flatMap { $0.visibility == .shown ? $0.figures?.sickShare : nil } }
        guard values.contains(where: { $0 != nil }) else { return "" }
        return Sparkline(values: values).text(width: Self.trendMonths)
    }

    /// What the selected unit's row says in full: size, movements and sick leave split
    /// short and long, or why they are hidden.
    func detail(_ row: StaffPublicationRow, _ s: Strings) -> String {
        let name = row.unitName ?? s["report.total"]
        let size = s.format("rapport.detail.size", name, row.headcount, ReportText.decimal(Double(row.fte.hundredths) / 100, decimals: 2, s),
                            row.vacancies, row.openRecruitments)
        guard row.visibility == .shown, let f = row.figures else {
            return size + " " + s.format(row.visibility == .tooFew ? "rapport.detail.tooFew" : "rapport.detail.protected",
                                         ReportText.hidden(row.visibility, s), threshold)
        }
        let percent = { (share: Double?) in share.map { ReportText.percent($0, s) } ?? s["report.namnd.missing"] }
        return size + " " + s.format("rapport.detail.figures", f.newHires, f.leavers, f.leftOwnRequest, f.leftRetirement, f.leftFixedTerm,
                                     f.leftOther, percent(f.sickShareShort), percent(f.sickShareLong))
    }

    /// Text padded with spaces (or cut) to a width, left or right aligned.
    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let cut = TextLayout.truncate(text, to: width)
        let room = String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        return right ? room + cut : cut + room
    }
}
