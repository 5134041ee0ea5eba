/// The small-group rule of a public nämnd document: sick leave and turnover of a group of
/// `threshold` people or fewer (10 by default) are shown as "för få", never as a number.
///
/// Swedish public statistics hide groups of 10 or fewer, so the threshold may be raised
/// (up to 100) but never set below 10: `init(threshold:)` refuses it, and a stored value
/// below it (written by hand) is read as 10 (`init(stored:)`). Unlike the competence
/// comparison's `SmallGroupSuppression` (which hides groups *below* its threshold), this
/// rule hides groups *at* the threshold too, as the nämnd's rule is worded.
public struct StaffSuppression: Hashable, Sendable {
    /// The lowest threshold a public document may use.
    public static let minimumThreshold = 10
    /// The default.
    public static let defaultThreshold = 10
    /// The highest threshold.
    public static let maximumThreshold = 100
    /// Groups of this many people or fewer are hidden.
    public let threshold: Int

    /// The rule with the default threshold.
    public static let standard = StaffSuppression(stored: nil)

    /// - Parameter threshold: 10–100.
    /// - Throws: `StaffSuppressionError.thresholdOutOfRange`.
    public init(threshold: Int) throws(StaffSuppressionError) {
        guard (Self.minimumThreshold...Self.maximumThreshold).contains(threshold) else {
            throw .thresholdOutOfRange(threshold, minimum: Self.minimumThreshold, maximum: Self.maximumThreshold)
        }
        self.threshold = threshold
    }

    /// The rule from a stored value, trusted no further than the rule allows.
    /// - Parameter stored: the setting, or nil for the default.
    public init(stored: Int?) {
        threshold = min(Self.maximumThreshold, max(Self.minimumThreshold, stored ?? Self.defaultThreshold))
    }

    /// Whether figures about a group of this many people are hidden.
    public func suppresses(people: Int) -> Bool { people <= threshold }
}
