/// Hides aggregates of groups so small that a person could be singled out.
///
/// Two thresholds work together:
/// - a group with fewer people than `threshold` (5 by default, never less) gives no
///   figure at all: it is shown as "–" and left out of every export. Swedish public
///   statistics go further (groups of 10 or fewer), so the threshold can be raised, never
///   lowered below `minimumThreshold`: a value below it (written by an older version, or
///   by hand) is read as the minimum (`init(stored:)`);
/// - inside a group large enough to show, a share is shown only when neither its count
///   nor the rest of the group is a small non-zero number (below `cellThreshold`, 3 by
///   default): "1 of 5 did step 1" singles that one person out as surely as a group of 1.
///   A count of 0 (or a rest of 0) says the same of every member and singles nobody out;
///   it is what a comparison exists to find (a step nobody has done), so it is shown.
public struct SmallGroupSuppression: Hashable, Sendable {
    /// The default threshold.
    public static let defaultThreshold = 5
    /// The lowest threshold anything that crosses units may use.
    public static let minimumThreshold = 5
    /// The highest threshold.
    public static let maximumThreshold = 100
    /// The default threshold for a count inside a group (and for the rest of the group).
    public static let defaultCellThreshold = 3
    /// The smallest group size that is shown.
    public let threshold: Int
    /// The smallest non-zero count (and rest of its group) whose share is shown.
    public let cellThreshold: Int

    /// Makes the rule.
    /// - Parameters:
    ///   - threshold: the smallest group shown, `minimumThreshold`–`maximumThreshold`.
    ///   - cellThreshold: the smallest non-zero count shown inside a group, 1–`threshold`.
    /// - Throws: `CompetenceError.thresholdOutOfRange`.
    public init(threshold: Int = SmallGroupSuppression.defaultThreshold,
                cellThreshold: Int = SmallGroupSuppression.defaultCellThreshold) throws(CompetenceError) {
        guard (Self.minimumThreshold...Self.maximumThreshold).contains(threshold) else { throw .thresholdOutOfRange(threshold) }
        guard (1...threshold).contains(cellThreshold) else { throw .thresholdOutOfRange(cellThreshold) }
        self.threshold = threshold
        self.cellThreshold = cellThreshold
    }

    /// The rule from a stored threshold, which is trusted no further than the rule allows:
    /// below the minimum reads as the minimum, above the maximum as the maximum.
    /// - Parameter stored: the value in the database, or nil for the default.
    public init(stored: Int?) {
        threshold = min(Self.maximumThreshold, max(Self.minimumThreshold, stored ?? Self.defaultThreshold))
        cellThreshold = Self.defaultCellThreshold
    }

    /// Whether a group of this size must be hidden.
    public func suppresses(groupSize: Int) -> Bool { groupSize < threshold }

    /// Whether a count inside a shown group must be hidden: it, or the rest of the group,
    /// is a small non-zero number.
    /// - Parameters:
    ///   - met: the count.
    ///   - groupSize: the group it belongs to.
    public func suppresses(count met: Int, groupSize: Int) -> Bool {
        let rest = groupSize - met
        return (met > 0 && met < cellThreshold) || (rest > 0 && rest < cellThreshold)
    }

    /// The share of a group that meets something, or nil when the group is too small (or
    /// empty), or the count or the rest of the group is (`suppresses(count:groupSize:)`).
    /// - Parameters:
    ///   - met: how many meet it.
    ///   - groupSize: how many are in the group.
    /// - Returns: 0…1, or nil when suppressed.
    public func share(met: Int, groupSize: Int) -> Double? {
        guard groupSize > 0, !suppresses(groupSize: groupSize), !suppresses(count: met, groupSize: groupSize) else { return nil }
        return Double(met) / Double(groupSize)
    }
}
