import VardagDomain

/// One person's time diary over a range: minutes per category and the share of direct time.
public struct DirectShareRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    public var minutes: [TimeCategory: Int]
    /// Days with entries (the most days any one category was logged on).
    public var days: Int

    public init(id: Int64, name: String, minutes: [TimeCategory: Int], days: Int) {
        self.id = id
        self.name = name
        self.minutes = minutes
        self.days = days
    }

    /// Direct time in percent of all logged time, nil when nothing is logged.
    public var directPercent: Int? { TimeDiary.directPercent(minutes) }
    /// All logged minutes.
    public var totalMinutes: Int { minutes.values.reduce(0, +) }
}
