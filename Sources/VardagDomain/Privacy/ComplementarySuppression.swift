/// The rule that keeps a hidden figure hidden when a total is shown next to its parts.
///
/// A total minus the parts that are shown equals the parts that are hidden: with exactly
/// one part hidden, that is the hidden figure itself. So when exactly one part is hidden,
/// either the next-smallest shown part is hidden too (the least information lost among
/// the parts) or the total is; with no other part to hide, the total is hidden anyway.
/// With two or more hidden parts only their sum can be worked out, which the small-group
/// rule already allows.
public enum ComplementarySuppression {
    /// What to hide first when one part alone is hidden.
    public enum Preference: Sendable {
        /// The smallest part still shown (the total stays).
        case nextSmallestPart
        /// The total (every part stays).
        case total
    }

    /// Which parts, and whether the total, must be hidden.
    /// - Parameters:
    ///   - parts: the parts' sizes (the smallest shown part is the one hidden next).
    ///   - hidden: the parts already hidden.
    ///   - preference: what to hide first.
    /// - Returns: the parts to hide (including `hidden`) and whether to hide the total.
    public static func protect(parts: [Int], hidden: Set<Int>, preferring preference: Preference = .nextSmallestPart)
        -> (hidden: Set<Int>, hidesTotal: Bool) {
        guard hidden.count == 1 else { return (hidden, false) }
        guard preference == .nextSmallestPart,
              let next = parts.indices.filter({ !hidden.contains($0) }).min(by: { (parts[$0], $0) < (parts[$1], $1) })
        else { return (hidden, true) }
        return (hidden.union([next]), false)
    }
}
