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

    /// A section holding at most `limit` of `items`, counting the rest in `more`.
    static func capped(_ role: AccessRole, _ scopeName: String?, _ items: [TodayItem], limit: Int) -> TodaySection {
        TodaySection(role: role, scopeName: scopeName, items: Array(items.prefix(limit)), more: max(0, items.count - limit))
    }
}
