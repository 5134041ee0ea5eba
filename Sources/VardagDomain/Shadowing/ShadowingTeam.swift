/// A skuggningsteam: labour-market placements following a host hemtjänst team for a period.
public struct ShadowingTeam: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var kommunId: Int64
    /// The register team (a hemtjänst group) the participants follow.
    public var hostTeamId: Int64
    public var name: String
    public var startDate: LocalDate
    public var endDate: LocalDate

    public init(id: Int64, kommunId: Int64, hostTeamId: Int64, name: String, startDate: LocalDate, endDate: LocalDate) {
        self.id = id; self.kommunId = kommunId; self.hostTeamId = hostTeamId
        self.name = name; self.startDate = startDate; self.endDate = endDate
    }

    /// The team's period as a range.
    public var period: ClosedRange<LocalDate> { startDate...endDate }
}
