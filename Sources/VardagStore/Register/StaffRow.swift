import VardagDomain

/// One line of the register screen's staff list: a medarbetare joined with team, enhet and kommun.
public struct StaffRow: Hashable, Sendable, Identifiable {
    /// The medarbetare id.
    public var id: Int64
    public var name: String
    public var title: String
    public var role: MedarbetarRoll
    public var startDate: LocalDate
    public var active: Bool
    public var teamId: Int64
    public var teamName: String
    public var enhetId: Int64
    public var enhetName: String
    public var omrade: Verksamhetsomrade
    public var kommunId: Int64
    public var kommunName: String

    public init(
        id: Int64, name: String, title: String, role: MedarbetarRoll, startDate: LocalDate, active: Bool,
        teamId: Int64, teamName: String, enhetId: Int64, enhetName: String, omrade: Verksamhetsomrade,
        kommunId: Int64, kommunName: String
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.role = role
        self.startDate = startDate
        self.active = active
        self.teamId = teamId
        self.teamName = teamName
        self.enhetId = enhetId
        self.enhetName = enhetName
        self.omrade = omrade
        self.kommunId = kommunId
        self.kommunName = kommunName
    }
}
