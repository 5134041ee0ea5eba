import ReportKit
import VardagDomain
import VardagStore

/// The nämnd report's Fyrfältaren section: per team, the share of rated cases in tung, the
/// people flagged heavy and the share of direct time, for the periods that fall in the month.
///
/// Two kinds of group, each a team's people: the active members who rated a case in the
/// month's periods (for the ratings, tung and heavy), and those who kept a time diary on a
/// day of the month (for direct time). Each column set is suppressed over its own groups
/// (`PublicGroupSuppression`): a team with `threshold` people or fewer shows "för få", and
/// a team hidden alone hides the next-smallest team ("dold"), or the total.
enum NamndWorkloadSection {
    /// The section.
    /// - Parameters:
    ///   - month: the figures.
    ///   - rule: the small-group rule.
    ///   - s: the page's strings.
    ///   - number: how numbers are written.
    static func section(_ month: NamndWorkloadMonth, rule: StaffSuppression, _ s: Strings, _ number: ReportNumber) -> ReportSection {
        let teams = month.teams.filter { $0.raters > 0 || $0.diaryKeepers > 0 }
        guard let firstPeriod = month.periods.first, let lastPeriod = month.periods.last, !teams.isEmpty else {
            return ReportSection(s["report.namnd.workload"], [.paragraph(s["report.namnd.noWorkload"])])
        }
        let rated = PublicGroupSuppression(groups: teams.filter { $0.raters > 0 }.map { .init(id: $0.teamId, size: $0.raters) },
                                           rule: rule)
        let diaries = PublicGroupSuppression(groups: teams.filter { $0.diaryKeepers > 0 }.map { .init(id: $0.teamId, size: $0.diaryKeepers) },
                                             rule: rule)
        let cells = NamndCells(strings: s, number: number)
        func row(_ label: String, _ team: NamndWorkloadTeam, ratedVisibility: StaffVisibility, diaryVisibility: StaffVisibility) -> [ReportCell] {
            let hasRatings = team.raters > 0, hasDiary = team.diaryKeepers > 0
            return [
                .text(label), cells.count(team.raters),
                hasRatings ? cells.figure(ratedVisibility, String(team.ratings)) : .empty,
                hasRatings ? cells.figure(ratedVisibility, cells.share(team.tung, of: team.ratings)) : .empty,
                hasRatings ? cells.figure(ratedVisibility, String(team.heavy)) : .empty,
                cells.count(team.diaryKeepers),
                hasDiary ? cells.figure(diaryVisibility, cells.share(team.directMinutes, of: team.loggedMinutes)) : .empty,
            ]
        }
        var total = NamndWorkloadTeam(teamId: 0, enhetName: "", teamName: "")
        for team in teams {
            total.raters += team.raters
            total.ratings += team.ratings
            total.tung += team.tung
            total.heavy += team.heavy
            total.diaryKeepers += team.diaryKeepers
            total.directMinutes += team.directMinutes
            total.loggedMinutes += team.loggedMinutes
        }
        let table = ReportTable(
            caption: s["report.namnd.workloadCaption"],
            columns: [ReportColumn(s["report.col.team"]), ReportColumn(s["report.col.raters"], numeric: true),
                      ReportColumn(s["report.col.ratings"], numeric: true), ReportColumn(s["report.col.tungShare"], numeric: true),
                      ReportColumn(s["report.col.heavy"], numeric: true), ReportColumn(s["report.col.diaryKeepers"], numeric: true),
                      ReportColumn(s["report.col.directShare"], numeric: true)],
            rows: teams.map { team in
                row(label(team), team, ratedVisibility: rated.visibility(of: team.teamId), diaryVisibility: diaries.visibility(of: team.teamId))
            },
            total: row(s["report.total"], total, ratedVisibility: rated.total, diaryVisibility: diaries.total))
        let periods = firstPeriod == lastPeriod ? firstPeriod.description : "\(firstPeriod.description)–\(lastPeriod.description)"
        return ReportSection(s["report.namnd.workload"], [
            .table(table),
            .note(s.format("report.namnd.workloadNote", periods, rule.threshold)),
        ])
    }

    /// "IFO › Mottagning": team names repeat across units.
    static func label(_ team: NamndWorkloadTeam) -> String { "\(team.enhetName) › \(team.teamName)" }
}
