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
}
