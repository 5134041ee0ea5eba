/// The whole register as a tree for the register screen: kommuner, their enheter, their teams.
///
/// Children are in Swedish alphabetical order. Inactive items are included and flagged.
public struct RegisterTree: Hashable, Sendable {
    /// One kommun with its enheter.
    public struct KommunNode: Hashable, Sendable {
        public var kommun: Kommun
        public var enheter: [EnhetNode]
        public init(kommun: Kommun, enheter: [EnhetNode]) {
            self.kommun = kommun
            self.enheter = enheter
        }
    }

    /// One enhet with its teams.
    public struct EnhetNode: Hashable, Sendable {
        public var enhet: Enhet
        public var teams: [TeamNode]
        public init(enhet: Enhet, teams: [TeamNode]) {
            self.enhet = enhet
            self.teams = teams
        }
    }

    /// One team with its staff counts.
    public struct TeamNode: Hashable, Sendable {
        public var team: Team
        /// All staff, active and inactive.
        public var staffCount: Int
        /// Active staff only.
        public var activeStaffCount: Int
        public init(team: Team, staffCount: Int, activeStaffCount: Int) {
            self.team = team
            self.staffCount = staffCount
            self.activeStaffCount = activeStaffCount
        }
    }

    /// The kommuner, alphabetically.
    public var kommuner: [KommunNode]

    /// Makes a tree.
    /// - Parameter kommuner: the top-level nodes.
    public init(kommuner: [KommunNode]) {
        self.kommuner = kommuner
    }
}
