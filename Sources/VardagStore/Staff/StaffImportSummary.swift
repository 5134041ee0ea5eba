/// What a staff import stored, or with `dryRun` would store.
public struct StaffImportSummary: Hashable, Sendable {
    /// Unit-months in the file.
    public var rows: Int
    /// Unit-months that had no figures before.
    public var added: Int
    /// Unit-months whose stored figures were (or would be) replaced by different ones.
    public var replaced: Int
    /// Unit-months already stored with the same figures: nothing is written for them.
    public var unchanged: Int
    /// Whether nothing was stored (a dry run).
    public var dryRun: Bool

    /// Whether the import changes anything.
    public var changesSomething: Bool { added + replaced > 0 }
}
