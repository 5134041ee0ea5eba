/// What an import stored (or would store, in a dry run).
public struct CompetenceImportSummary: Hashable, Sendable {
    /// People whose mapping was written.
    public var people: Int
    /// Completed steps written.
    public var steps: Int
    /// Whether it was a dry run (nothing stored).
    public var dryRun: Bool
}
