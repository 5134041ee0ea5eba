/// One observed task in the export, with its day's context.
public struct ShadowingExportRow: Hashable, Sendable, Codable {
    public var team: String
    public var date: String
    public var participant: String
    /// The shadowed role (raw value: underskoterska, vardbitrade).
    public var role: String
    /// The staff member of the host team who was shadowed, or "" when only the role was given.
    public var staff: String
    public var task: String
    /// The task's category (raw value).
    public var category: String
    public var minutes: Int
    /// The judgement (raw value: ja, med_stod, nej).
    public var judgement: String
    /// The day's lärdomar (repeated on each of the day's rows).
    public var lessons: String
}
