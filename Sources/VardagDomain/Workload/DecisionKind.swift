/// What the worker and her leader decided about a case after looking at the grid.
public enum DecisionKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Do this first.
    case prioritera
    /// Put it aside until a review date.
    case kanVanta = "kan_vanta"
    /// Hand it to a colleague in the team from the next period.
    case omfordela
    /// Close it: it is not carried into later periods.
    case avsluta
}
