import ReportKit
import VardagDomain
import VardagStore

/// A participant's path toward a servicebiträde job as a report page: each step she
/// reached with its date and how long she stayed on it, and how it ended.
///
/// About one person, for her and her supervisors, as her row on the Deltagare tab is:
/// nothing is suppressed.
public enum ParticipantPathPrintout {
    /// The page.
    /// - Parameters:
    ///   - participant: the participant with her path.
    ///   - team: her skuggningsteam.
    ///   - today: the day the page is made.
    ///   - strings: the catalogue of the page's language.
    ///   - version: Vardag's version, for the colophon.
    /// - Returns: the report document.
    public static func document(_ participant: ShadowingParticipant, team: ShadowingTeam, today: LocalDate,
                                strings s: Strings, version: String) -> ReportDocument {
        let language: ReportLanguage = s.language == .en ? .en : .sv
        let path = participant.path
        let ends = path.steps.dropFirst().map(\.date) + [path.left?.date ?? today]
        let rows: [[ReportCell]] = zip(path.steps, ends).map { step, end in
            [.text("\(step.step.order + 1). \(s["shadowing.step.\(step.step.rawValue)"])"), .text(step.date.description),
             .text(s.format("report.path.days", max(0, step.date.days(to: end))))]
        }
        var blocks: [ReportBlock] = [
            .figures([
                ReportFigure(path.current.map { s["shadowing.step.\($0.rawValue)"] } ?? "–", s["report.path.current"]),
                ReportFigure(path.steps.first.map { $0.date.description } ?? "–", s["report.path.since"]),
                ReportFigure(path.left.map { s["shadowing.outcome.\($0.outcome.rawValue)"] } ?? s["report.path.stillIn"], s["report.path.outcome"]),
            ]),
        ]
        blocks.append(rows.isEmpty ? .paragraph(s["report.path.noSteps"]) : .table(ReportTable(
            columns: [ReportColumn(s["report.col.step"]), ReportColumn(s["report.col.from"]), ReportColumn(s["report.col.time"], numeric: true)],
            rows: rows)))
        if let left = path.left {
            blocks.append(.paragraph(s.format("report.path.left", left.date.description, s["shadowing.outcome.\(left.outcome.rawValue)"])))
        } else if let next = path.current?.next {
            blocks.append(.paragraph(s.format("report.path.next", s["shadowing.step.\(next.rawValue)"])))
        }
        blocks.append(.chart(caption: s["report.path.steps"], svg: ReportChart.bars(
            title: s["report.path.steps"],
            rows: PathStep.allCases.map { step in
                let reached = path.steps.first { $0.step == step }
                return (s["shadowing.step.\(step.rawValue)"], reached.map { _ in 1.0 }, reached?.date.description ?? "–")
            }, maximum: 1)))
        return ReportDocument(
            language: language, title: s.format("report.path.title", participant.name),
            subtitle: s.format("report.path.subtitle", team.name, team.startDate.description, team.endDate.description),
            colophon: s.format("report.loop.colophon", today.description, version),
            sections: [ReportSection(s["report.path.heading"], blocks)])
    }
}
