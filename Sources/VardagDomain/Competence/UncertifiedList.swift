/// Who holds a protected title (undersköterska) without Socialstyrelsen's certificate, and
/// in which order a competence strategist should see them.
///
/// The list is everyone whose standing is not `certified`: those relying on the transition
/// (with the days left until 2033-06-30) and those with no right to it at all. The people
/// with no right come first, since they may not use the title today; then the transition
/// holders with the fewest days left.
public enum UncertifiedList {
    /// Whether a person with this standing belongs on the list.
    /// - Parameter standing: the person's standing, or nil when her title is not protected.
    /// - Returns: true without the certificate, whether or not she has the transition right.
    public static func isListed(_ standing: ProtectedTitleRule.Standing?) -> Bool {
        switch standing {
        case .transition?, .missingCertificate?: return true
        case .certified?, nil: return false
        }
    }

    /// The days left of the transition, or nil without the right.
    /// - Parameter standing: the person's standing.
    /// - Returns: the days left (0 on 2033-06-30), or nil.
    public static func daysLeft(_ standing: ProtectedTitleRule.Standing?) -> Int? {
        if case .transition(let days)? = standing { return days }
        return nil
    }

    /// Whether `a` comes before `b`: no right before the transition, then fewer days left first.
    /// - Returns: nil when both are equally urgent (the caller orders those by name).
    public static func comesFirst(_ a: ProtectedTitleRule.Standing?, _ b: ProtectedTitleRule.Standing?) -> Bool? {
        let left = daysLeft(a) ?? -1, right = daysLeft(b) ?? -1
        return left == right ? nil : left < right
    }
}
