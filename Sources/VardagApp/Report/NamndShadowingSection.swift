import ReportKit
import VardagDomain
import VardagStore

/// The nämnd report's Skuggning section: per skuggningsteam, the share of the month's
/// observed time judged transferable to a servicebiträde, and its participants per step
/// toward a servicebiträde job.
///
/// The shares are about tasks and minutes, not people, and are shown as they are. The
/// participants per step are about people: a team's group is its participants, suppressed
/// over the kommun's teams (`PublicGroupSuppression`).
enum NamndShadowingSection {
    /// The section.
    /// - Parameters:
    ///   - teams: the kommun's skuggningsteam in the month.
    ///   - rule: the small-group rule.
    ///   - s: the page's strings.
    ///   - number: how numbers are written.
    static func section(_ teams: [NamndShadowingTeam], rule: StaffSuppression, _ s: Strings, _ number: ReportNumber) -> ReportSection {
        guard !teams.isEmpty else {
            return ReportSection(s["report.namnd.shadowing"], [.paragraph(s["report.namnd.noShadowing"])])
        }
        let cells = NamndCells(strings: s, number: number)
        let shares = ReportTable(
            caption: s["report.namnd.shadowingTimeCaption"],
            columns: [ReportColumn(s["report.col.shadowingTeam"]), ReportColumn(s["report.col.observedMinutes"], numeric: true),
                      ReportColumn(s["report.col.transferable"], numeric: true), ReportColumn(s["report.col.transferableService"], numeric: true)],
            rows: teams.map { team in
                let a = team.analysis
                return [.text(team.team.name), .text(String(a.totalMinutes)),
                        a.totalMinutes == 0 ? .empty : .text(number.percent(a.transferableShare)),
                        a.totalMinutes == 0 ? .empty : .text(number.percent(a.transferableServiceShare))]
            })
        let present = teams.filter { $0.participants > 0 }
        let decision = PublicGroupSuppression(groups: present.map { .init(id: $0.team.id, size: $0.participants) }, rule: rule)
        func stepRow(_ label: String, _ counts: [PathStep: Int], _ people: Int, _ visibility: StaffVisibility) -> [ReportCell] {
            [.text(label), cells.count(people)] + PathStep.allCases.map { step in cells.figure(visibility, String(counts[step] ?? 0)) }
        }
        var totals: [PathStep: Int] = [:]
        for team in present { totals.merge(team.analysis.participantsPerStep, uniquingKeysWith: +) }
        let steps = ReportTable(
            caption: s["report.namnd.shadowingStepsCaption"],
            columns: [ReportColumn(s["report.col.shadowingTeam"]), ReportColumn(s["report.col.participants"], numeric: true)]
                + PathStep.allCases.map { ReportColumn(s["report.step.\($0.rawValue)"], numeric: true) },
            rows: present.map { stepRow($0.team.name, $0.analysis.participantsPerStep, $0.participants, decision.visibility(of: $0.team.id)) },
            total: present.count > 1 ? stepRow(s["report.total"], totals, present.map(\.participants).reduce(0, +), decision.total) : nil)
        return ReportSection(s["report.namnd.shadowing"], [
            .table(shares), .table(steps), .note(s.format("report.namnd.shadowingNote", rule.threshold)),
        ])
    }
}
