import VardagDomain

/// A kommun's Kompetenstrappa for the nämnd report: its active people with their gaps
/// assessed, and the plan items due in a quarter.
public struct NamndCompetence: Hashable, Sendable {
    /// One person, as counted.
    public struct Person: Hashable, Sendable {
        /// The person's unit.
        public var enhetId: Int64
        /// The unit's name.
        public var enhetName: String
        /// Whether she is a manager (chef).
        public var isManager: Bool
        /// Her occupational group: the competence title, else her register title (as `export competence --kind gaps` names it).
        public var title: String
        /// How many requirements she misses (`CompetenceAssessment.gaps`).
        public var gaps: Int

        public init(enhetId: Int64, enhetName: String, isManager: Bool, title: String, gaps: Int) {
            self.enhetId = enhetId
            self.enhetName = enhetName
            self.isManager = isManager
            self.title = title
            self.gaps = gaps
        }
    }

    /// The kommun's active people in unit and name order.
    public var people: [Person]
    /// The quarter.
    public var quarter: Quarter
    /// One plan item due in the quarter: the person's unit and the item's status.
    public struct PlanEntry: Hashable, Sendable {
        public var enhetId: Int64
        public var status: PlanStatus

        public init(enhetId: Int64, status: PlanStatus) {
            self.enhetId = enhetId
            self.status = status
        }
    }

    /// The plan items whose target date falls in the quarter.
    public var planItems: [PlanEntry]

    public init(people: [Person], quarter: Quarter, planItems: [PlanEntry]) {
        self.people = people
        self.quarter = quarter
        self.planItems = planItems
    }
}
