import VardagDomain

/// One active medarbetare in the team leader's overview.
public struct OverviewRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    /// Swedish alphabetical sort key of the name.
    public var sortKey: String
    public var title: String
    /// One summary per period, oldest first, ending with the chosen period.
    public var history: [PeriodSummary]
    /// Heavy for the set number of periods in a row, ending with the chosen period.
    public var flagged: Bool

    public init(id: Int64, name: String, sortKey: String, title: String, history: [PeriodSummary], flagged: Bool) {
        self.id = id
        self.name = name
        self.sortKey = sortKey
        self.title = title
        self.history = history
        self.flagged = flagged
    }

    /// The chosen period's summary.
    public var current: PeriodSummary { history[history.count - 1] }
}
