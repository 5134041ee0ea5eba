/// Bought guide services between two kommuner: the coordinator's view of the shared pool.
public struct GuideExchange: Hashable, Sendable {
    /// The guides' home kommun.
    public var providerName: String
    /// The kommun whose slingor they led.
    public var buyerName: String
    /// Guide assignments (a slinga with two bought guides counts twice).
    public var assignments: Int
    /// Distinct slingor.
    public var loops: Int
    /// Distinct guides.
    public var guides: Int
    /// The minutes recorded on those assignments (the ledger's sum to invoice).
    public var minutes: Int = 0
    /// How many of the assignments have their hours recorded.
    public var assignmentsWithHours: Int = 0
}
