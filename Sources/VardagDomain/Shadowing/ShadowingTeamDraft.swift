/// A skuggningsteam as typed into the setup form, before the rules have checked it.
public struct ShadowingTeamDraft: Hashable, Sendable {
    public var kommunId: Int64?
    public var hostTeamId: Int64?
    public var name: String
    /// Start and end as typed (YYYY-MM-DD).
    public var startDate: String
    public var endDate: String
    /// The supervisors (handledare), medarbetare of the register.
    public var supervisorIds: [Int64]

    public init(kommunId: Int64?, hostTeamId: Int64?, name: String, startDate: String, endDate: String, supervisorIds: [Int64] = []) {
        self.kommunId = kommunId; self.hostTeamId = hostTeamId; self.name = name
        self.startDate = startDate; self.endDate = endDate; self.supervisorIds = supervisorIds
    }
}
