/// A staff member in a team. People are deactivated when they leave, never deleted,
/// so the history recorded about their work stays intact.
public struct Medarbetare: Hashable, Sendable, Identifiable {
    /// The database id.
    public var id: Int64
    /// The team the person works in.
    public var teamId: Int64
    /// Full name, NFC-normalised and trimmed. Names need not be unique: people share names.
    public var name: String
    /// Job title as free text for now, e.g. "Undersköterska".
    public var title: String
    /// The role in the tools.
    public var role: MedarbetarRoll
    /// The day the employment started.
    public var startDate: LocalDate
    /// False once the person has left.
    public var active: Bool

    /// Makes a medarbetare value.
    /// - Parameters:
    ///   - id: the database id.
    ///   - teamId: the team.
    ///   - name: the full name.
    ///   - title: the job title.
    ///   - role: the role in the tools.
    ///   - startDate: the employment start.
    ///   - active: whether the person still works here.
    public init(
        id: Int64, teamId: Int64, name: String, title: String,
        role: MedarbetarRoll, startDate: LocalDate, active: Bool = true
    ) {
        self.id = id
        self.teamId = teamId
        self.name = name
        self.title = title
        self.role = role
        self.startDate = startDate
        self.active = active
    }
}
