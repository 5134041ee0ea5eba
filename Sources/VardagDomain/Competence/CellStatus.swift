/// The state of one person against one requirement in the competence grid.
public enum CellStatus: String, Hashable, Sendable, CaseIterable {
    /// Met: education enough, certificate held, step completed.
    case done
    /// Not met, but a plan item (not cancelled) covers it.
    case planned
    /// Not met and not planned: a gap.
    case missing
    /// Does not apply (no certificate required, or no ladder for the area).
    case notApplicable
    /// Undersköterska without certificate relying on the transition until 2033-06-30.
    case transition
}
