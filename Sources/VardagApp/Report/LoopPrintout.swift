import ReportKit
import VardagDomain
import VardagStore

/// One slinga's summary as a report page, to leave with the unit: the meetings held and
/// the one to come, the chain of relay questions with their answers, and the actions with
/// who does what by when.
///
/// It describes one unit's own slinga for that unit, as the slinga's screen does, so its
/// counts are not suppressed (the small-group rule is for figures that go beyond a unit).
public enum LoopPrintout {
    /// The page.
    /// - Parameters:
    ///   - loop: the slinga as the store reads it.
    ///   - today: the day the page is made.
    ///   - strings: the catalogue of the page's language.
    ///   - version: Vardag's version, for the colophon.
    /// - Returns: the report document.
    public static func document(_ loop: LoopDetail, today: LocalDate, strings s: Strings, version: String) -> ReportDocument {
        let language: ReportLanguage = s.language == .en ? .en : .sv
        let guides = loop.guides.map { $0.bought ? s.format("report.loop.guideBought", $0.name, $0.kommunName) : $0.name }
        var about: [ReportBlock] = [
            .figures([
                ReportFigure(loop.theme.isEmpty ? "–" : loop.theme, s["report.loop.theme"]),
                ReportFigure(guides.isEmpty ? "–" : guides.joined(separator: ", "), s["report.loop.guides"]),
                ReportFigure(String(loop.staff.count), s["report.loop.staff"]),
            ]),
        ]
        about.append(.paragraph(loop.nextMeeting.map { s.format("report.loop.next", DialogueText.traff($0, s)) } ?? s["report.loop.allHeld"]))
        let meetings = ReportTable(
            columns: [ReportColumn(s["report.col.meeting"]), ReportColumn(s["report.col.date"]), ReportColumn(s["report.col.guides"]),
                      ReportColumn(s["report.col.brukare"], numeric: true), ReportColumn(s["report.col.staffCount"], numeric: true)],
            rows: loop.meetings.map { m in
                [.text("\(m.kind.order). \(DialogueText.traff(m.kind, s))"), .text(m.date.description), .text(m.guideNames),
                 .text(String(m.brukareCount)), .text(String(m.staffCount))]
            })
        var chain: [ReportBlock] = []
        if loop.questions.isEmpty { chain.append(.paragraph(s["report.loop.noQuestions"])) }
        for (i, q) in loop.questions.enumerated() {
            chain.append(.subheading(s.format("report.loop.question", i + 1, DialogueText.group(q.from, s), DialogueText.group(q.to, s))))
            chain.append(.paragraph(s.format("report.loop.asked", DialogueText.traff(q.askedKind, s), q.askedDate.description, q.text)))
            if let answer = q.answer, let kind = q.answeredKind, let date = q.answeredDate {
                chain.append(.paragraph(s.format("report.loop.answered", DialogueText.traff(kind, s), date.description, answer)))
            } else {
                chain.append(.note(s["report.loop.waiting"]))
            }
        }
        let actions: [ReportBlock] = loop.actions.isEmpty ? [.paragraph(s["report.loop.noActions"])] : [
            .table(ReportTable(
                columns: [ReportColumn(s["report.col.action"]), ReportColumn(s["report.col.responsible"]), ReportColumn(s["report.col.due"]),
                          ReportColumn(s["report.col.status"]), ReportColumn(s["report.col.fedBack"])],
                rows: loop.actions.map { a in
                    [.text(a.what), .text(a.responsible), .text(a.due.description + (a.overdue ? " " + s["report.loop.overdue"] : "")),
                     .text(DialogueText.status(a.status, s)), .text(fedBack(a, s))]
                })),
        ]
        return ReportDocument(
            language: language, title: s.format("report.loop.title", loop.enhetName),
            subtitle: s.format("report.loop.subtitle", loop.kommunName, loop.plannedStart.description),
            colophon: s.format("report.loop.colophon", today.description, version),
            sections: [
                ReportSection(s["report.loop.about"], about),
                ReportSection(s["report.loop.meetings"], [.table(meetings)]),
                ReportSection(s["report.loop.questions"], chain),
                ReportSection(s["report.loop.actions"], actions),
            ])
    }

    /// "2026-11-20, brev" when the date and way of the feedback are known, else yes or no.
    private static func fedBack(_ a: LoopDetail.Action, _ s: Strings) -> String {
        guard a.fedBack else { return s["report.no"] }
        guard let on = a.fedBackOn else { return s["report.yes"] }
        return a.fedBackHow.map { "\(on.iso), \(DialogueText.way($0, s))" } ?? on.iso
    }
}
