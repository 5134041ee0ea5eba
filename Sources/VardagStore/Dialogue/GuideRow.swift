import VardagDomain

/// One vägledare in the regional pool, with her home and this year's work.
public struct GuideRow: Hashable, Sendable, Identifiable {
    /// The medarbetare id.
    public var id: Int64
    public var name: String
    public var kommunId: Int64
    public var kommunName: String
    public var enhetId: Int64
    public var enhetName: String
    public var trainingDate: LocalDate
    /// False when the medarbetare has left.
    public var active: Bool
    /// Slingor she is assigned to that are not finished (uppföljning not held).
    public var openAssignments: Int
    /// Slingor she led that started in the year asked for.
    public var ledThisYear: Int
    /// The day she left the pool; nil while she is in it.
    public var leftOn: LocalDate? = nil

    /// In the pool and still employed: offered for a new slinga.
    public var offered: Bool { active && leftOn == nil }
}
