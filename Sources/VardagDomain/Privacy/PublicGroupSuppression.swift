/// Which groups of a public document (an allmän handling) have their figures about people
/// hidden: the small-group rule ("för få") and complementary suppression ("dold").
///
/// A document shows groups (units, teams, occupational groups …) side by side with their
/// total, in one or more slices (the months of a staff document; a tool section of the
/// nämnd report has one). The rule, as `StaffPublication` has always applied it:
/// - a group whose smallest size (over everything its figures read) is `threshold` people
///   or fewer is hidden as too few (`StaffSuppression`, never below 10), in every slice;
/// - the total minus the shown groups is the hidden groups together, so whenever in some
///   slice exactly one present group is hidden, or the hidden present groups have
///   `threshold` people or fewer together, the shown group with the fewest people in that
///   slice (the earlier one on a tie) is hidden as well ("dold"), for the whole document;
///   this repeats until it holds nowhere. With no shown group left, the total is hidden
///   instead ("dold");
/// - a total whose own smallest size is `threshold` or fewer is hidden as too few, and with
///   it every group (each is smaller still).
public struct PublicGroupSuppression<ID: Hashable & Sendable>: Sendable {
    /// One group of the document.
    public struct Group: Sendable {
        /// The group.
        public var id: ID
        /// Its size in each slice of the document, nil where it has no row.
        public var sizes: [Int?]
        /// The size its own small-group test reads: the smallest over every slice its
        /// figures read (a staff unit's turnover reads 11 months before the document too).
        public var smallest: Int

        /// - Parameters:
        ///   - id: the group.
        ///   - sizes: its size per slice, nil where it has no row.
        ///   - smallest: the size its own test reads; nil for the smallest of `sizes`.
        public init(id: ID, sizes: [Int?], smallest: Int? = nil) {
            self.id = id
            self.sizes = sizes
            self.smallest = smallest ?? sizes.compactMap { $0 }.min() ?? 0
        }

        /// A group of a one-slice document.
        /// - Parameters:
        ///   - id: the group.
        ///   - size: its people.
        public init(id: ID, size: Int) {
            self.init(id: id, sizes: [size])
        }
    }

    /// Every hidden group, for its own size or to protect another.
    public let hidden: Set<ID>
    /// The groups hidden for their own size.
    public let tooFew: Set<ID>
    /// How the total is shown.
    public let total: StaffVisibility

    /// Decides the document.
    /// - Parameters:
    ///   - groups: the groups, in the order shown (a tie in size hides the earlier one).
    ///   - totalSmallest: the total's own smallest size; nil for the sum of the groups' sizes
    ///     in the slice where that sum is smallest.
    ///   - rule: the small-group rule.
    public init(groups: [Group], totalSmallest: Int? = nil, rule: StaffSuppression) {
        let slices = groups.map(\.sizes.count).max() ?? 0
        func size(_ group: Group, _ slice: Int) -> Int? { slice < group.sizes.count ? group.sizes[slice] : nil }
        var tooFew = Set<ID>()
        for group in groups where group.sizes.contains(where: { $0 != nil }) && rule.suppresses(people: group.smallest) {
            tooFew.insert(group.id)
        }
        let sums = (0..<slices).compactMap { slice -> Int? in
            let present = groups.compactMap { size($0, slice) }
            return present.isEmpty ? nil : present.reduce(0, +)
        }
        if rule.suppresses(people: totalSmallest ?? sums.min() ?? 0) {
            let all = Set(groups.map(\.id))
            (hidden, self.tooFew, total) = (all.union(tooFew), all, .tooFew)
            return
        }
        var hidden = tooFew
        var totalHidden = false
        var changed = true
        while changed && !totalHidden {
            changed = false
            for slice in 0..<slices {
                let present = groups.filter { size($0, slice) != nil }
                let hiddenHere = present.filter { hidden.contains($0.id) }
                let hiddenPeople = hiddenHere.reduce(0) { $0 + (size($1, slice) ?? 0) }
                guard hiddenHere.count == 1 || (hiddenHere.count > 1 && rule.suppresses(people: hiddenPeople)) else { continue }
                let candidates = present.filter { !hidden.contains($0.id) }
                guard let next = candidates.enumerated().min(by: { a, b in
                    (size(a.element, slice) ?? 0, a.offset) < (size(b.element, slice) ?? 0, b.offset)
                })?.element else {
                    totalHidden = true
                    break
                }
                hidden.insert(next.id)
                changed = true
                break
            }
        }
        self.hidden = hidden
        self.tooFew = tooFew
        total = totalHidden ? .protecting : .shown
    }

    /// How a group's figures about people are shown.
    /// - Parameter id: the group.
    public func visibility(of id: ID) -> StaffVisibility {
        tooFew.contains(id) ? .tooFew : hidden.contains(id) ? .protecting : .shown
    }
}
