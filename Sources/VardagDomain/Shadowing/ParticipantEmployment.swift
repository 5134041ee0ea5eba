/// How a participant became staff: the medarbetare made for her when she was employed as
/// servicebiträde, and from which day.
public struct ParticipantEmployment: Hashable, Sendable {
    /// The register's row for her as staff.
    public var medarbetareId: Int64
    /// Her first day as servicebiträde.
    public var startDate: LocalDate

    public init(medarbetareId: Int64, startDate: LocalDate) {
        self.medarbetareId = medarbetareId; self.startDate = startDate
    }
}
