import VardagDomain

/// One active medarbetare as the competence views see her: where she works, her role,
/// her mapping (or a default one when never mapped) and her open plan items.
public struct CompetencePerson: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    /// The register's free-text title.
    public var registerTitle: String
    public var role: MedarbetarRoll
    public var startDate: LocalDate
    /// Her team's id (what a teamledare's scope names).
    public var teamId: Int64
    public var teamName: String
    public var enhetId: Int64
    public var enhetName: String
    public var omrade: Verksamhetsomrade
    public var kommunId: Int64
    public var kommunName: String
    /// The mapping; `titleId` falls back to the title whose name equals the register title.
    public var mapping: CompetenceMapping
    /// Whether a mapping row is stored (false: defaults shown).
    public var isMapped: Bool
    /// Steps covered by open plan items.
    public var plannedSteps: Set<Int>

    public init(
        id: Int64, name: String, registerTitle: String, role: MedarbetarRoll, startDate: LocalDate, teamId: Int64, teamName: String,
        enhetId: Int64, enhetName: String, omrade: Verksamhetsomrade, kommunId: Int64, kommunName: String,
        mapping: CompetenceMapping, isMapped: Bool, plannedSteps: Set<Int>
    ) {
        self.id = id
        self.name = name
        self.registerTitle = registerTitle
        self.role = role
        self.startDate = startDate
        self.teamId = teamId
        self.teamName = teamName
        self.enhetId = enhetId
        self.enhetName = enhetName
        self.omrade = omrade
        self.kommunId = kommunId
        self.kommunName = kommunName
        self.mapping = mapping
        self.isMapped = isMapped
        self.plannedSteps = plannedSteps
    }

    /// Whether the person is a manager (chef), who leads the change and is listed first.
    public var isManager: Bool { role == .chef }

    /// Whether the person's area has a ladder.
    public var hasLadder: Bool { omrade != .ifo }
}
