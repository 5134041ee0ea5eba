/// How a participant's placement ended.
///
/// Raw values are stored in the database; never change them.
public enum PathOutcome: String, CaseIterable, Hashable, Sendable, Codable {
    /// Employed as servicebiträde (the project's goal).
    case servicebitrade
    /// Another job.
    case annatArbete = "annat_arbete"
    /// Went on to study.
    case studier
    /// Ended early (sickness, moved, other).
    case avbrott

    /// The Swedish words for exports (the UI takes its words from the catalogue).
    public var displayName: String {
        switch self {
        case .servicebitrade: return "Anställd som servicebiträde"
        case .annatArbete: return "Annat arbete"
        case .studier: return "Studier"
        case .avbrott: return "Avbrott"
        }
    }
}
