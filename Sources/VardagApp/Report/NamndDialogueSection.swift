import ReportKit
import VardagDomain
import VardagStore

/// The nämnd report's Delaktighetsmodellen section: per unit, the slingor held this year to
/// the month's end against the unit's yearly target, the relay questions asked and answered,
/// and the actions done and fed back.
///
/// These count meetings, questions and actions, not people (attendance is never a name,
/// and no figure here is about a staff member), so they are shown as they are: the
/// small-group rule applies to figures about people only.
enum NamndDialogueSection {
    /// The section.
    /// - Parameters:
    ///   - units: the kommun's units.
    ///   - month: the report month.
    ///   - s: the page's strings.
    static func section(_ units: [NamndDialogueUnit], month: StaffMonth, _ s: Strings) -> ReportSection {
        guard !units.isEmpty else {
            return ReportSection(s["report.namnd.dialogue"], [.paragraph(s["report.namnd.noDialogue"])])
        }
        func row(_ label: String, _ unit: NamndDialogueUnit) -> [ReportCell] {
            [.text(label), unit.target.map { .text(String($0)) } ?? .empty, .text(String(unit.held)), .text(String(unit.finished)),
             .text(String(unit.questionsAsked)), .text(String(unit.questionsAnswered)), .text(String(unit.actions)),
             .text(String(unit.actionsDone)), .text(String(unit.actionsFedBack))]
        }
        let targets = units.compactMap(\.target)
        let total = NamndDialogueUnit(
            enhetId: 0, enhetName: "", target: targets.isEmpty ? nil : targets.reduce(0, +),
            held: units.map(\.held).reduce(0, +), finished: units.map(\.finished).reduce(0, +),
            questionsAsked: units.map(\.questionsAsked).reduce(0, +), questionsAnswered: units.map(\.questionsAnswered).reduce(0, +),
            actions: units.map(\.actions).reduce(0, +), actionsDone: units.map(\.actionsDone).reduce(0, +),
            actionsFedBack: units.map(\.actionsFedBack).reduce(0, +))
        let table = ReportTable(
            caption: s.format("report.namnd.dialogueCaption", month.year, NamndPrintout.monthName(month, s)),
            columns: [ReportColumn(s["report.col.unit"]), ReportColumn(s["report.col.target"], numeric: true),
                      ReportColumn(s["report.col.loopsHeld"], numeric: true), ReportColumn(s["report.col.loopsFinished"], numeric: true),
                      ReportColumn(s["report.col.questionsAsked"], numeric: true),
                      ReportColumn(s["report.col.questionsAnswered"], numeric: true), ReportColumn(s["report.col.actions"], numeric: true),
                      ReportColumn(s["report.col.actionsDone"], numeric: true), ReportColumn(s["report.col.actionsFedBack"], numeric: true)],
            rows: units.map { row($0.enhetName, $0) }, total: row(s["report.total"], total))
        return ReportSection(s["report.namnd.dialogue"], [.table(table), .note(s["report.namnd.dialogueNote"])])
    }
}
