import VardagDomain

/// What the team overview shows after one read: the settings, the period they make the
/// latest one shown, and one row per active medarbetare.
public struct WorkloadOverview: Hashable, Sendable {
    /// The Fyrfältaren settings the rows were read with.
    public var settings: WorkloadSettings
    /// The latest period shown (of the settings' period kind).
    public var period: WorkloadPeriod
    /// The rows in name order.
    public var rows: [OverviewRow]

    public init(settings: WorkloadSettings, period: WorkloadPeriod, rows: [OverviewRow]) {
        self.settings = settings
        self.period = period
        self.rows = rows
    }
}
