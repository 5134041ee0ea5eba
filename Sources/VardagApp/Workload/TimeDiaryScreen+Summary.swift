import TerminalKit
import VardagDomain
import VardagStore

extension TimeDiaryScreen {
    /// Each category's glyph in the stacked bars, so the parts stay apart without colour.
    static let glyphs: [TimeCategory: Character] = [
        .direkt: "█", .indirekt: "▓", .administration: "▒", .resor: "░", .ovrigt: "·",
    ]

    /// The summary over the range: a title with the team's direct share, one stacked bar per
    /// person and one for the team (every category's share of the logged time, direct time's
    /// percent after the bar), the legend, and the chosen person's shares as numbers.
    func renderSummary(into buffer: inout Buffer, area: Rect, range: DiaryRange, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        guard area.height > 0 else { return }
        var teamMinutes: [TimeCategory: Int] = [:]
        for row in shares { teamMinutes.merge(row.minutes, uniquingKeysWith: +) }
        let teamShare = TimeDiary.directPercent(teamMinutes).map { "\($0) %" } ?? "–"
        buffer.put(s.format("workload.diary.summary", range.from.iso, range.to.iso, teamShare), x: area.x, y: area.y,
                   maxWidth: area.width, style: theme.title)
        var rows = shares.map { (name: $0.name, minutes: $0.minutes) }
        // Two rows below the bars: the legend and the chosen person's numbers. The team's bar always shows.
        let room = max(1, area.height - 3)
        if rows.count + 1 > room { rows = Array(rows.prefix(room - 1)) }
        rows.append((s["workload.diary.team"], teamMinutes))
        let labelWidth = min(20, max(8, area.width / 3))
        let barWidth = max(1, area.width - labelWidth - 8)
        let styles: [TimeCategory: Style] = [
            .direkt: theme.success, .indirekt: theme.normal, .administration: theme.warning, .resor: theme.dim, .ovrigt: theme.dim,
        ]
        for (index, row) in rows.enumerated() {
            let y = area.y + 1 + index
            buffer.put(row.name, x: area.x, y: y, maxWidth: labelWidth - 1)
            let barX = area.x + labelWidth
            guard let percent = TimeDiary.directPercent(row.minutes) else {
                buffer.put(s["workload.diary.none"], x: barX + 1, y: y, maxWidth: area.width - labelWidth - 1, style: theme.dim)
                continue
            }
            let bar = StackedBar(segments: TimeCategory.allCases.map {
                StackedBar.Segment(value: row.minutes[$0] ?? 0, glyph: Self.glyphs[$0] ?? "█", style: styles[$0] ?? theme.normal)
            })
            bar.render(into: &buffer, area: Rect(x: barX, y: y, width: barWidth, height: 1))
            buffer.put("\(percent) %", x: barX + barWidth + 1, y: y, maxWidth: 7, style: theme.dim)
        }
        let legendY = area.y + 1 + rows.count
        guard legendY < area.maxY else { return }
        let legend = TimeCategory.allCases.map { "\(Self.glyphs[$0] ?? " ") " + s["workload.diary.short.\($0.rawValue)"] }
        buffer.put(legend.joined(separator: "  "), x: area.x, y: legendY, maxWidth: area.width, style: theme.dim)
        guard legendY + 1 < area.maxY, let person, let row = shares.first(where: { $0.id == person.id }) else { return }
        let numbers = CategoryShares.of(row.minutes).map { parts in
            parts.filter { $0.percent > 0 }.map { s.format("workload.diary.sharePart", s["workload.diary.short.\($0.category.rawValue)"], $0.percent) }
                .joined(separator: " · ")
        } ?? s["workload.diary.none"]
        buffer.put(s.format("workload.diary.personShares", person.name, numbers), x: area.x, y: legendY + 1,
                   maxWidth: area.width, style: theme.normal)
    }
}
