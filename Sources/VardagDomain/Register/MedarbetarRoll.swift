/// The role a staff member has in the tools (who may do what), separate from the job title.
///
/// The raw values are stable codes stored in the database and exports; never change them.
public enum MedarbetarRoll: String, CaseIterable, Codable, Hashable, Sendable {
    /// A staff member working with brukare.
    case medarbetare = "medarbetare"
    /// Leads a team; sees the team's workload overview.
    case teamledare = "teamledare"
    /// Manager of a unit.
    case chef = "chef"
    /// A trained guide leading Delaktighetsmodellen dialogue loops.
    case vagledare = "vagledare"

    /// The Swedish name shown in the UI and in CSV exports.
    public var displayName: String {
        switch self {
        case .medarbetare: return "Medarbetare"
        case .teamledare: return "Teamledare"
        case .chef: return "Chef"
        case .vagledare: return "Vägledare"
        }
    }
}
