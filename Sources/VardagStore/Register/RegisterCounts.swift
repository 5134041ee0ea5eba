/// How many items the register holds.
public struct RegisterCounts: Hashable, Sendable {
    public var kommuner: Int
    public var enheter: Int
    public var teams: Int
    /// All staff, active and inactive.
    public var medarbetare: Int
    public var activeMedarbetare: Int

    public init(kommuner: Int, enheter: Int, teams: Int, medarbetare: Int, activeMedarbetare: Int) {
        self.kommuner = kommuner
        self.enheter = enheter
        self.teams = teams
        self.medarbetare = medarbetare
        self.activeMedarbetare = activeMedarbetare
    }
}
