/// One kommun's figure for one comparison criterion: group size, how many meet it, and the
/// share unless the small-group rule (or a total it belongs to) hides it.
public struct ComparisonCell: Hashable, Sendable {
    /// What of the cell may be shown.
    public enum Visibility: Hashable, Sendable {
        /// Group size, count and share.
        case shown
        /// The group size only: the count, or the rest of the group, is too small ("för få").
        case tooFew
        /// The group size only: the count is hidden so that it cannot reveal another hidden
        /// count by subtraction (complementary suppression; a row's total).
        case withheld
        /// Nothing: the group is too small, or (a row's total) its size would reveal
        /// another hidden group's size.
        case hidden
    }

    public var groupSize: Int
    public var met: Int
    /// What may be shown.
    public var visibility: Visibility

    public init(groupSize: Int, met: Int, suppression: SmallGroupSuppression) {
        self.groupSize = groupSize
        self.met = met
        if suppression.suppresses(groupSize: groupSize) || groupSize == 0 {
            visibility = .hidden
        } else if suppression.suppresses(count: met, groupSize: groupSize) {
            visibility = .tooFew
        } else {
            visibility = .shown
        }
    }

    /// A cell whose visibility was decided elsewhere by the same rules (the PostgreSQL server
    /// suppresses the comparison itself and never sends a figure it may not show).
    /// - Parameters:
    ///   - groupSize: the group size, 0 when hidden.
    ///   - met: the count, 0 unless shown.
    ///   - visibility: what may be shown.
    public init(groupSize: Int, met: Int, visibility: Visibility) {
        self.groupSize = groupSize
        self.met = met
        self.visibility = visibility
    }

    /// The share, or nil when it is not to be shown: never show `met` then.
    public var share: Double? {
        guard visibility == .shown, groupSize > 0 else { return nil }
        return Double(met) / Double(groupSize)
    }

    /// Whether the count and share are hidden.
    public var isSuppressed: Bool { visibility != .shown }

    /// Whether the group size is hidden too.
    public var hidesGroup: Bool { visibility == .hidden }

    /// The share as a whole percentage ("83 %"), "för få" when the count is too small,
    /// "dold" when withheld for a total's sake, or "–" when the group is hidden
    /// (Swedish, as exports are; screens use their catalogue).
    public var text: String {
        switch visibility {
        case .shown: return "\(Int(((share ?? 0) * 100).rounded())) %"
        case .tooFew: return "för få"
        case .withheld: return "dold"
        case .hidden: return "–"
        }
    }

    /// Hides a row's total so that no hidden count or group size can be worked out by
    /// subtracting the shown cells from it (`ComplementarySuppression`, preferring the
    /// total: the kommuner's own figures are what a comparison is for, the total only adds
    /// them up). Exactly one hidden group hides the whole total; exactly one hidden count
    /// hides the total's count.
    /// - Parameters:
    ///   - cells: the row's cells (one per kommun).
    ///   - total: the cell of their sums.
    public static func protect(_ cells: [ComparisonCell], total: inout ComparisonCell) {
        // A kommun with nobody in the group adds nothing to the total and hides nothing.
        let people = cells.filter { $0.groupSize > 0 }
        let sizes = people.map(\.groupSize)
        let groups = ComplementarySuppression.protect(parts: sizes, hidden: Set(people.indices.filter { people[$0].hidesGroup }),
                                                      preferring: .total)
        let counts = ComplementarySuppression.protect(parts: sizes, hidden: Set(people.indices.filter { people[$0].isSuppressed }),
                                                      preferring: .total)
        if groups.hidesTotal {
            total.visibility = .hidden
        } else if counts.hidesTotal, !total.isSuppressed {
            total.visibility = .withheld
        }
    }
}
