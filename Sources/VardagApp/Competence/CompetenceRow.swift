import VardagDomain
import VardagStore

/// One person in the grid with her assessment computed once per reload, so drawing a
/// frame only reads values.
struct CompetenceRow: Sendable {
    var person: CompetencePerson
    var title: CompetenceTitle?
    var assessment: CompetenceAssessment

    /// The status of a grid column (education, certificate, steps 1–5).
    func status(_ column: Int) -> CellStatus {
        assessment.cells[Requirement.all[column]] ?? .notApplicable
    }
}
