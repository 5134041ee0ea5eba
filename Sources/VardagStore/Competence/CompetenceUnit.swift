import VardagDomain

/// A unit the competence grid can show, with its kommun and active staff count.
public struct CompetenceUnit: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    public var omrade: Verksamhetsomrade
    public var kommunId: Int64
    public var kommunName: String
    public var staffCount: Int

    public init(id: Int64, name: String, omrade: Verksamhetsomrade, kommunId: Int64, kommunName: String, staffCount: Int) {
        self.id = id
        self.name = name
        self.omrade = omrade
        self.kommunId = kommunId
        self.kommunName = kommunName
        self.staffCount = staffCount
    }
}
