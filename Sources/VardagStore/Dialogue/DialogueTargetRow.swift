import VardagDomain

/// A unit's target of slingor for a year and how far it has come.
public struct DialogueTargetRow: Hashable, Sendable, Identifiable {
    /// The enhet id.
    public var id: Int64
    public var enhetName: String
    public var kommunName: String
    public var year: Int
    /// Nil when no target is set.
    public var target: Int?
    /// Slingor whose brukarträff 1 fell in the year.
    public var started: Int
    /// Slingor whose uppföljning fell in the year.
    public var finished: Int
    /// Set when the unit is behind its target pro rata.
    public var warning: DialogueWarning?
}
