import ReportKit
import VardagDomain
import VardagStore

/// The nämnd report's Kompetenstrappa section: the people with competence gaps per
/// occupational group, managers (chefer) first, and the competence plan's progress this quarter.
///
/// Both are about people. A gap row's group is its occupational group's people (all
/// managers together, then each title), a plan row's group is its unit's people; each table
/// is suppressed over its groups (`PublicGroupSuppression`), the kommun's total last.
enum NamndCompetenceSection {
    /// The section.
    /// - Parameters:
    ///   - competence: the figures.
    ///   - rule: the small-group rule.
    ///   - s: the page's strings.
    ///   - number: how numbers are written.
    static func section(_ competence: NamndCompetence, rule: StaffSuppression, _ s: Strings, _ number: ReportNumber) -> ReportSection {
        guard !competence.people.isEmpty else {
            return ReportSection(s["report.namnd.competence"], [.paragraph(s["report.namnd.noCompetence"])])
        }
        let cells = NamndCells(strings: s, number: number)
        // Occupational groups: managers first, then each title in name order.
        let managers = s["report.namnd.managers"]
        var groups: [String: [NamndCompetence.Person]] = [:]
        for person in competence.people { groups[person.isManager ? managers : person.title, default: []].append(person) }
        let titles = groups.keys.filter { $0 != managers }.sorted { $0.lowercased() < $1.lowercased() }
        let order = (groups[managers] == nil ? [] : [managers]) + titles
        let gapDecision = PublicGroupSuppression(groups: order.map { .init(id: $0, size: groups[$0]?.count ?? 0) }, rule: rule)
        func gapRow(_ label: String, _ people: [NamndCompetence.Person], _ visibility: StaffVisibility) -> [ReportCell] {
            let withGap = people.filter { $0.gaps > 0 }.count
            return [.text(label), cells.count(people.count), cells.figure(visibility, String(withGap)),
                    cells.figure(visibility, cells.share(withGap, of: people.count))]
        }
        let gaps = ReportTable(
            caption: s["report.namnd.gapsCaption"],
            columns: [ReportColumn(s["report.col.occupation"]), ReportColumn(s["report.col.people"], numeric: true),
                      ReportColumn(s["report.col.withGap"], numeric: true), ReportColumn(s["report.col.withGapShare"], numeric: true)],
            rows: order.map { gapRow($0, groups[$0] ?? [], gapDecision.visibility(of: $0)) },
            total: gapRow(s["report.total"], competence.people, gapDecision.total))

        // The plan this quarter, per unit.
        var units: [(id: Int64, name: String, people: Int)] = []
        for person in competence.people {
            if let i = units.firstIndex(where: { $0.id == person.enhetId }) { units[i].people += 1 } else {
                units.append((person.enhetId, person.enhetName, 1))
            }
        }
        let planDecision = PublicGroupSuppression(groups: units.map { .init(id: $0.id, size: $0.people) }, rule: rule)
        func planRow(_ label: String, _ people: Int, _ items: [NamndCompetence.PlanEntry], _ visibility: StaffVisibility) -> [ReportCell] {
            let done = items.filter { $0.status == .klar }.count
            let ongoing = items.filter { $0.status == .pagar }.count
            return [.text(label), cells.count(people), cells.figure(visibility, String(items.count)), cells.figure(visibility, String(done)),
                    cells.figure(visibility, String(ongoing)), cells.figure(visibility, cells.share(done, of: items.count))]
        }
        let plan = ReportTable(
            caption: s.format("report.namnd.planCaption", competence.quarter.number, competence.quarter.year),
            columns: [ReportColumn(s["report.col.unit"]), ReportColumn(s["report.col.people"], numeric: true),
                      ReportColumn(s["report.col.planItems"], numeric: true), ReportColumn(s["report.col.planDone"], numeric: true),
                      ReportColumn(s["report.col.planOngoing"], numeric: true), ReportColumn(s["report.col.planDoneShare"], numeric: true)],
            rows: units.map { unit in planRow(unit.name, unit.people, competence.planItems.filter { $0.enhetId == unit.id },
                                              planDecision.visibility(of: unit.id)) },
            total: planRow(s["report.total"], competence.people.count, competence.planItems, planDecision.total))
        return ReportSection(s["report.namnd.competence"], [
            .table(gaps), .table(plan), .note(s.format("report.namnd.competenceNote", rule.threshold)),
        ])
    }
}
