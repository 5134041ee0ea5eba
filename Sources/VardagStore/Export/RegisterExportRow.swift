import VardagDomain

/// One staff member in a register export, with the organisation spelled out.
///
/// In JSON the keys are these Swedish field names and område/roll are the stable codes;
/// in CSV the columns carry Swedish headings and display names.
public struct RegisterExportRow: Hashable, Sendable, Codable {
    public var kommun: String
    public var enhet: String
    /// Verksamhetsområde code, e.g. `vard_och_omsorg`.
    public var omrade: String
    public var team: String
    public var namn: String
    public var titel: String
    /// Role code, e.g. `teamledare`.
    public var roll: String
    /// `YYYY-MM-DD`.
    public var startdatum: String
    public var aktiv: Bool

    public init(
        kommun: String, enhet: String, omrade: String, team: String, namn: String,
        titel: String, roll: String, startdatum: String, aktiv: Bool
    ) {
        self.kommun = kommun
        self.enhet = enhet
        self.omrade = omrade
        self.team = team
        self.namn = namn
        self.titel = titel
        self.roll = roll
        self.startdatum = startdatum
        self.aktiv = aktiv
    }

    /// The row for a staff list row.
    /// - Parameter staff: the joined staff row.
    public init(_ staff: StaffRow) {
        self.init(
            kommun: staff.kommunName, enhet: staff.enhetName, omrade: staff.omrade.rawValue, team: staff.teamName,
            namn: staff.name, titel: staff.title, roll: staff.role.rawValue,
            startdatum: staff.startDate.iso, aktiv: staff.active)
    }
}
