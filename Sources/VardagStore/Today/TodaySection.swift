import VardagDomain

/// The part of the Idag list that one of her grants brings: the role, what it covers, and what is due there.
public struct TodaySection: Hashable, Sendable {
    /// The role the items come from.
    public var role: AccessRole
    /// The scope's name (`Åsbro/Hemtjänst Norr/Grupp Ängen`), nil for roles without one.
    public var scopeName: String?
    /// What is due, at most the section's limit, most pressing first.
    public var items: [TodayItem]
    /// How many more were due than `items` holds (the list is kept short; the tool shows them all).
    public var more: Int

    /// A section.
    public init(role: AccessRole, scopeName: String?, items: [TodayItem], more: Int = 0) {
        self.role = role
        self.scopeName = scopeName
        self.items = items
        self.more = more
    }

    /// A section holding at most `limit` items of each kind, counting the rest in `more`, so
    /// that many missing day logs do not hide the hypotheses up for review.
    /// - Parameters:
    ///   - kinds: the items, one list per kind, each most pressing first.
    static func capped(_ role: AccessRole, _ scopeName: String?, _ kinds: [TodayItem]..., limit: Int) -> TodaySection {
        TodaySection(role: role, scopeName: scopeName, items: kinds.flatMap { $0.prefix(limit) },
                     more: kinds.reduce(0) { $0 + max(0, $1.count - limit) })
    }
}
