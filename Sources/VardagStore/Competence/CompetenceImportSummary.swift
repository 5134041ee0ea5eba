/// What an import stored (or would store, in a dry run).
public struct CompetenceImportSummary: Hashable, Sendable {
    /// People whose mapping was written.
    public var people: Int
    /// Completed steps written.
    public var steps: Int
    /// Whether it was a dry run (nothing stored).
    public var dryRun: Bool
    /// People added to the register (`createMissing`), in file order.
    public var created: [CompetenceImportNewPerson] = []
    /// Stored values that an empty cell cleared (or would clear), in file order.
    public var cleared: [CompetenceImportClearing] = []
}
