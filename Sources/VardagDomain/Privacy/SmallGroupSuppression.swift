/// The small-group rule: a figure that describes fewer people than the threshold is not
/// shown when it goes beyond one unit, so nobody can be singled out in a comparison or export.
///
/// Only figures about PEOPLE are suppressed (staff counts, per-person averages, shares of
/// staff). Counts of meetings, loops or tasks describe no person and are shown as they are.
public struct SmallGroupSuppression: Hashable, Sendable {
    /// The default threshold: groups of fewer than five people are suppressed.
    public static let defaultThreshold = 5

    /// The smallest group size that may be shown.
    public let threshold: Int

    /// - Parameter threshold: the smallest group size shown; at least 1 (1 suppresses nothing).
    public init(threshold: Int = SmallGroupSuppression.defaultThreshold) {
        self.threshold = max(1, threshold)
    }

    /// True when a group of this many people must not be shown.
    /// An empty group (0) has nobody to single out and is not suppressed.
    public func suppresses(people: Int) -> Bool {
        people > 0 && people < threshold
    }

    /// The value when the group is large enough, otherwise nil.
    /// - Parameters:
    ///   - value: the figure.
    ///   - people: how many people the figure describes.
    public func reveal<Value>(_ value: Value, people: Int) -> Value? {
        suppresses(people: people) ? nil : value
    }

    /// The figure as text, or the suppression mark when the group is too small.
    /// - Parameters:
    ///   - value: the figure as text.
    ///   - people: how many people it describes.
    ///   - mark: what to show instead, e.g. `"<5"`; defaults to `"<threshold"`.
    public func text(_ value: String, people: Int, mark: String? = nil) -> String {
        suppresses(people: people) ? (mark ?? "<\(threshold)") : value
    }
}
