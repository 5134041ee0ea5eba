import TerminalKit
import VardagDomain

/// Drawing the analysis tab: time per category as bars, the transferable share, the
/// draft task list, participants per step and lessons per week.
extension ShadowingAnalysisTab {
    /// The first draft-list row shown: the scroll offset, kept so the last rows fill the list.
    static func draftFirstRow(offset: Int, count: Int, rows: Int) -> Int {
        max(0, min(offset, count - max(1, rows)))
    }

    /// How many draft-list rows the analysis has in `body`, by the same layout as
    /// `renderAnalysis` (totals, share, category bars, then the two columns over what the
    /// per-task bars of a tall window leave), so ↑↓ can stop where the list ends.
    static func draftRows(body: Rect, taskCount: Int) -> Int {
        // Totals, share and a blank row, the bars' header, a bar per category plus "överförbart", a blank row.
        let y = body.y + 3 + 1 + (ShadowingCategory.allCases.count + 1) + 1
        var room = body.maxY - y
        if room >= 16 && taskCount > 0 {
            let taskRows = min(taskCount, room - 10)
            room = body.maxY - taskRows - 1 - 1 - y
        }
        return max(0, room - 1)
    }

    func renderPage(into buffer: inout Buffer, area: Rect, team: ShadowingTeam, context: AppContext) {
        let s = context.strings, theme = context.theme
        // The weekly lessons box goes over whatever the tab drew, on every way out.
        defer {
            lessonsBox?.render(into: &buffer, area: area, context: context)
            supervisionBox?.render(into: &buffer, area: area, context: context)
        }
        let layout = ShadowingLayout(area)
        let info = layout.info.inset(left: 1, right: 1)
        let body = layout.body.inset(left: 1, right: 1)
        let period = analysisPeriod(team: team, today: context.today)
        buffer.put(s.format("shadowing.analysis.info", s["shadowing.range.\(range.rawValue)"], period.lowerBound.iso, period.upperBound.iso),
                   x: info.x, y: info.y, maxWidth: info.width, style: theme.dim)
        guard let a = analysis else { return }
        var y = body.y
        buffer.put(s.format("shadowing.analysis.totals", a.totalMinutes, a.observations), x: body.x, y: y, maxWidth: body.width)
        y += 1
        buffer.put(s.format("shadowing.analysis.share", ShadowingText.percent(a.transferableShare),
                            ShadowingText.percent(a.transferableServiceShare),
                            ShadowingText.percent(a.totalMinutes == 0 ? 0 : Double(a.withSupportMinutes) / Double(a.totalMinutes))),
                   x: body.x, y: y, maxWidth: body.width, style: theme.title)
        y += 2
        // Bars: minutes per category, then (when there is room) the transferable share.
        let total = Double(max(1, a.totalMinutes))
        var bars = ShadowingCategory.allCases.map { c in
            Bar(label: ShadowingText.category(c, s), value: Double(a.minutesPerCategory[c] ?? 0),
                valueText: "\(a.minutesPerCategory[c] ?? 0) min (\(ShadowingText.percent(Double(a.minutesPerCategory[c] ?? 0) / total)))")
        }
        bars.append(Bar(label: s["shadowing.analysis.transferable"], value: Double(a.transferableMinutes),
                        valueText: "\(a.transferableMinutes) min (\(ShadowingText.percent(a.transferableShare)))"))
        buffer.put(s["shadowing.analysis.perCategory"], x: body.x, y: y, maxWidth: body.width, style: theme.header)
        y += 1
        var chart = BarChart(bars: bars, max: total, labelWidth: 24)
        chart.barStyle = theme.success
        chart.valueStyle = theme.dim
        chart.render(into: &buffer, area: Rect(x: body.x, y: y, width: body.width, height: bars.count))
        y += bars.count + 1
        // Two columns: draft task list | participants per step and lessons per week.
        var room = body.maxY - y
        guard room > 1 else { return }
        // In a tall window the lower part shows minutes per task as bars.
        if room >= 16 && !a.tasks.isEmpty {
            let taskRows = min(a.tasks.count, room - 10)
            let top = body.maxY - taskRows - 1
            buffer.put(s["shadowing.analysis.perTask"], x: body.x, y: top, maxWidth: body.width, style: theme.header)
            var taskChart = BarChart(bars: a.tasks.prefix(taskRows).map { t in
                Bar(label: t.name, value: Double(t.minutes),
                    valueText: s.format("shadowing.analysis.taskLine", t.minutes, ShadowingText.percent(Double(t.transferableMinutes) / Double(max(1, t.minutes)))))
            }, max: Double(a.tasks.first?.minutes ?? 1), labelWidth: 24)
            taskChart.barStyle = theme.success
            taskChart.valueStyle = theme.dim
            taskChart.render(into: &buffer, area: Rect(x: body.x, y: top + 1, width: body.width, height: taskRows))
            room = top - 1 - y
        }
        let leftWidth = body.width / 2
        let left = Rect(x: body.x, y: y, width: leftWidth - 1, height: room)
        let right = Rect(x: body.x + leftWidth + 1, y: y, width: body.width - leftWidth - 1, height: room)
        guard room > 1 else { return }
        // The draft list scrolls with ↑↓ when it is longer than its rows; the header says where.
        let draft = a.draftTaskList
        let draftRows = left.height - 1
        let first = Self.draftFirstRow(offset: draftOffset, count: draft.count, rows: draftRows)
        var header = s["shadowing.analysis.draft"]
        if draft.count > draftRows {
            header = s.format("shadowing.analysis.draftRange", first + 1, min(draft.count, first + draftRows), draft.count,
                              first > 0 ? "↑" : " ", first + draftRows < draft.count ? "↓" : " ")
        }
        buffer.put(header, x: left.x, y: left.y, maxWidth: left.width, style: theme.header)
        if draft.isEmpty {
            buffer.put(s["shadowing.analysis.noData"], x: left.x, y: left.y + 1, maxWidth: left.width, style: theme.dim)
        }
        for (row, n) in draft.indices.dropFirst(first).prefix(draftRows).enumerated() {
            let task = draft[n]
            let share = ShadowingText.percent(task.yesShare)
            let line = "\(n + 1). \(task.name)"
            buffer.put(line, x: left.x, y: left.y + 1 + row, maxWidth: left.width - 18)
            buffer.put(s.format("shadowing.analysis.draftLine", share, task.observations), x: left.maxX - 17, y: left.y + 1 + row,
                       maxWidth: 17, style: theme.dim)
        }
        var ry = right.y
        buffer.put(s["shadowing.analysis.steps"], x: right.x, y: ry, maxWidth: right.width, style: theme.header)
        ry += 1
        let leftCount = a.participantsLeft.values.reduce(0, +)
        let stepLine = PathStep.allCases.map { "\(ShadowingText.step($0, s)) \(a.participantsPerStep[$0] ?? 0)" }
        let stepsText = stepLine.joined(separator: " · ") + " · " + s.format("shadowing.analysis.left", leftCount)
        for line in ShadowingText.wrap(stepsText, width: right.width).prefix(max(0, right.maxY - ry - 2)) {
            buffer.put(line, x: right.x, y: ry, maxWidth: right.width)
            ry += 1
        }
        ry += 1
        guard ry < right.maxY else { return }
        buffer.put(s["shadowing.analysis.lessons"], x: right.x, y: ry, maxWidth: right.width, style: theme.header)
        ry += 1
        guard ry < right.maxY else { return }
        let weeks = a.lessonsPerWeek.suffix(max(1, right.width - 12))
        var spark = Sparkline(values: weeks.map { Double($0.count) })
        spark.style = theme.success
        spark.render(into: &buffer, area: Rect(x: right.x, y: ry, width: min(weeks.count, right.width), height: 1))
        let sum = weeks.reduce(0) { $0 + $1.count }
        let summary = s.format("shadowing.analysis.lessonsSum", sum, weeks.count)
        if ry + 1 < right.maxY { buffer.put(summary, x: right.x, y: ry + 1, maxWidth: right.width, style: theme.dim) }
        // At 120x40 and larger: the weekly counts spelled out.
        var wy = ry + 3
        for week in weeks.suffix(max(0, y + room - wy)) where wy < y + room {
            buffer.put("\(week.week)  \(week.count)", x: right.x, y: wy, maxWidth: right.width, style: theme.dim)
            wy += 1
        }
    }
}
