import TerminalKit
import VardagDomain

/// Catalogue lookups shared by the competence views.
enum CompetenceText {
    static func omrade(_ omrade: Verksamhetsomrade, _ s: Strings) -> String {
        switch omrade {
        case .funktionshinder: return s["omrade.funktionshinder"]
        case .socialpsykiatri: return s["omrade.socialpsykiatri"]
        case .vardOchOmsorg: return s["omrade.vardOchOmsorg"]
        case .ifo: return s["omrade.ifo"]
        }
    }

    static func education(_ kind: EducationKind, _ s: Strings) -> String { s["competence.education.\(kind.rawValue)"] }

    static func status(_ status: PlanStatus, _ s: Strings) -> String { s["competence.status.\(status.rawValue)"] }

    static func role(_ role: MedarbetarRoll, _ s: Strings) -> String { s["competence.role.\(role.rawValue)"] }

    /// The short column header of a requirement.
    static func requirement(_ requirement: Requirement, _ s: Strings) -> String {
        switch requirement {
        case .education: return s["competence.col.education"]
        case .certificate: return s["competence.col.certificate"]
        case .step(let n): return s.format("competence.col.step", n)
        }
    }

    /// A requirement in words, for the gap list.
    static func gap(_ requirement: Requirement, planned: Bool, _ s: Strings) -> String {
        let text: String
        switch requirement {
        case .education: text = s["competence.gap.education"]
        case .certificate: text = s["competence.gap.certificate"]
        case .step(let n): text = s.format("competence.gap.step", n)
        }
        return planned ? s.format("competence.gap.planned", text) : text
    }

    /// The symbol and style of a grid cell.
    static func cell(_ status: CellStatus, _ s: Strings, _ theme: Theme) -> Grid.CellContent {
        switch status {
        case .done: return Grid.CellContent("✓", style: theme.success)
        case .planned: return Grid.CellContent(s["competence.cell.planned"], style: theme.warning)
        case .missing: return Grid.CellContent("✗", style: theme.error)
        case .notApplicable: return Grid.CellContent("·", style: theme.dim)
        case .transition: return Grid.CellContent(s["competence.cell.transition"], style: theme.warning)
        }
    }
}
