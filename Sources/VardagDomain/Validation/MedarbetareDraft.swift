/// The values of the staff member form as typed, before validation.
///
/// The start date is text so a mistyped date becomes a field error next to the date field
/// instead of an exception before the form is checked.
public struct MedarbetareDraft: Hashable, Sendable {
    /// The team the person works in.
    public var teamId: Int64
    /// Full name as typed.
    public var name: String
    /// Job title as typed, e.g. "Undersköterska".
    public var title: String
    /// The role in the tools.
    public var role: MedarbetarRoll
    /// Employment start as typed, `YYYY-MM-DD`.
    public var startDate: String

    /// Makes a draft.
    /// - Parameters:
    ///   - teamId: the team.
    ///   - name: the full name.
    ///   - title: the job title.
    ///   - role: the role.
    ///   - startDate: the start date text.
    public init(teamId: Int64, name: String, title: String, role: MedarbetarRoll, startDate: String) {
        self.teamId = teamId
        self.name = name
        self.title = title
        self.role = role
        self.startDate = startDate
    }

    /// Makes a draft from a date value.
    /// - Parameters:
    ///   - teamId: the team.
    ///   - name: the full name.
    ///   - title: the job title.
    ///   - role: the role.
    ///   - startDate: the start date.
    public init(teamId: Int64, name: String, title: String, role: MedarbetarRoll, startDate: LocalDate) {
        self.init(teamId: teamId, name: name, title: title, role: role, startDate: startDate.iso)
    }
}
