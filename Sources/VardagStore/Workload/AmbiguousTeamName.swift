/// A team name given to an export matches teams in more than one place (several kommuner,
/// or several units of one kommun, may each have a "Mottagning"): nothing is exported, and
/// the places are listed so the caller can narrow with the kommun (or unit).
public struct AmbiguousTeamName: Error, Hashable, Sendable {
    /// One team the name matched, with where it sits.
    public struct Choice: Hashable, Sendable {
        public var kommun: String
        public var enhet: String
        public var team: String

        public init(kommun: String, enhet: String, team: String) {
            self.kommun = kommun; self.enhet = enhet; self.team = team
        }
    }

    /// The name as given.
    public var name: String
    /// The matching teams, in kommun, unit order.
    public var choices: [Choice]

    public init(name: String, choices: [Choice]) {
        self.name = name
        self.choices = choices
    }
}
