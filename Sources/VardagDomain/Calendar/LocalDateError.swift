/// Why a text or a set of numbers is not a date.
public enum LocalDateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is not shaped `YYYY-MM-DD` with ASCII digits.
    case malformed(String)
    /// The year lies outside 1 to 9999.
    case yearOutOfRange(Int)
    /// The month lies outside 1 to 12.
    case monthOutOfRange(Int)
    /// The day does not exist in that month (e.g. 30 February).
    case dayOutOfRange(day: Int, daysInMonth: Int)

    public var description: String {
        switch self {
        case .malformed(let text): return "not a date of the form YYYY-MM-DD: \"\(text)\""
        case .yearOutOfRange(let year): return "year \(year) is outside 1-9999"
        case .monthOutOfRange(let month): return "month \(month) is outside 1-12"
        case .dayOutOfRange(let day, let length): return "day \(day) does not exist in a month of \(length) days"
        }
    }
}
