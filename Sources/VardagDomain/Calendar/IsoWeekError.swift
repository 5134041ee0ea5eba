/// Why a text or pair of numbers is not an ISO week.
public enum IsoWeekError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is not shaped `YYYY-Www`.
    case malformed(String)
    /// The year has no such week (e.g. week 53 of a 52-week year).
    case outOfRange(year: Int, week: Int)

    public var description: String {
        switch self {
        case .malformed(let text): return "not a week of the form YYYY-Www: \"\(text)\""
        case .outOfRange(let year, let week): return "year \(year) has no week \(week)"
        }
    }
}
