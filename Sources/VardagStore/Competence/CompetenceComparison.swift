import VardagDomain

/// The cross-kommun comparison: per criterion (title's education, area's ladder step) the
/// share of staff who meet it, one cell per chosen kommun, small groups suppressed.
public struct CompetenceComparison: Hashable, Sendable {
    /// One criterion across the kommuner.
    public struct Row: Hashable, Sendable {
        public var criterion: ComparisonCriterion
        /// A readable label, e.g. "Undersköterska" or "Vård och omsorg steg 3".
        public var label: String
        /// One cell per kommun, in `kommuner` order.
        public var cells: [ComparisonCell]
        /// The sums over the compared kommuner, under the same rules.
        public var total: ComparisonCell
    }

    /// The kommuner compared (id, name), in Swedish order.
    public var kommuner: [(id: Int64, name: String)]
    public var rows: [Row]
    public var suppression: SmallGroupSuppression

    public static func == (lhs: CompetenceComparison, rhs: CompetenceComparison) -> Bool {
        lhs.kommuner.map(\.id) == rhs.kommuner.map(\.id) && lhs.rows == rhs.rows && lhs.suppression == rhs.suppression
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kommuner.map(\.id))
        hasher.combine(rows)
    }
}
