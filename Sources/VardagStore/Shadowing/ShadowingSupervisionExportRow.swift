/// One ISO week of a skuggningsteam's supervision in the export (`--kind supervisors`).
public struct ShadowingSupervisionExportRow: Hashable, Sendable, Codable {
    public var team: String
    /// The ISO week, e.g. "2026-W41".
    public var week: String
    /// Participants in the team on some day of the week.
    public var participants: Int
    /// Handledare in the pool by the week's end.
    public var supervisors: Int
    /// Their places together.
    public var places: Int
    /// Participants beyond the places.
    public var shortage: Int
    /// Participants with no handledare that week.
    public var withoutSupervisor: Int
}
