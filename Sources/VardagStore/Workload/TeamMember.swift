/// An active medarbetare of a team, for pickers (omfördela, time diary).
public struct TeamMember: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    public var title: String

    public init(id: Int64, name: String, title: String) {
        self.id = id
        self.name = name
        self.title = title
    }
}
