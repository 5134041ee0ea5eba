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
}
