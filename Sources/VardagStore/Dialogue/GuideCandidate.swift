/// A medarbetare with the vägledare role who is not yet in the guide pool.
public struct GuideCandidate: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    public var enhetName: String
    public var kommunName: String
}
