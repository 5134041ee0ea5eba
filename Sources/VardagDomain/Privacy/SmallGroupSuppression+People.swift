/// The small-group rule applied to every aggregate and export that goes beyond one unit
/// (the type itself lives with Kompetenstrappa, which introduced it for its comparison).
///
/// Only figures about PEOPLE are suppressed (staff counts, per-person averages, shares of
/// staff). Counts of meetings, loops or tasks describe no person and are shown as they are.
extension SmallGroupSuppression {
    /// The rule with the default threshold (5), which is always in range.
    public static let standard: SmallGroupSuppression = {
        guard let rule = try? SmallGroupSuppression() else { preconditionFailure("the default threshold is in range") }
        return rule
    }()

    /// True when a figure about this many people must not be shown. A figure about nobody
    /// (0) singles nobody out and is shown.
    public func suppresses(people: Int) -> Bool {
        people > 0 && suppresses(groupSize: people)
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
    ///   - mark: what to show instead; defaults to `"<threshold"`, e.g. `"<5"`.
    public func text(_ value: String, people: Int, mark: String? = nil) -> String {
        suppresses(people: people) ? (mark ?? "<\(threshold)") : value
    }
}
