import VardagDomain

/// Which staff the register list shows. The default shows everyone.
public struct StaffFilter: Hashable, Sendable {
    /// Text to find in the name or title, ignoring case and accents other than å ä ö; empty for all.
    public var text: String
    /// Only staff in this kommun.
    public var kommunId: Int64?
    /// Only staff in this enhet.
    public var enhetId: Int64?
    /// Only staff in this team.
    public var teamId: Int64?
    /// Only staff in units of this verksamhetsområde.
    public var omrade: Verksamhetsomrade?
    /// Only staff with this role.
    public var role: MedarbetarRoll?
    /// Whether people who have left are listed.
    public var includeInactive: Bool

    /// Makes a filter; every criterion is optional.
    public init(
        text: String = "", kommunId: Int64? = nil, enhetId: Int64? = nil, teamId: Int64? = nil,
        omrade: Verksamhetsomrade? = nil, role: MedarbetarRoll? = nil, includeInactive: Bool = true
    ) {
        self.text = text
        self.kommunId = kommunId
        self.enhetId = enhetId
        self.teamId = teamId
        self.omrade = omrade
        self.role = role
        self.includeInactive = includeInactive
    }

    /// Everyone, active and inactive.
    public static let all = StaffFilter()
}
