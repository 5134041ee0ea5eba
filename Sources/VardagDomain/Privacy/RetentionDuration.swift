/// How long something is kept, as written on the command line: `2y`, `18m` or `90d`.
///
/// The parser is strict: a whole number 1–9999 without sign, leading zero or spaces,
/// directly followed by one unit letter (`y` years, `m` months, `d` days). Anything else
/// is refused with a `RetentionDurationError` that says what was wrong.
public struct RetentionDuration: Hashable, Sendable, CustomStringConvertible {
    /// The unit of a duration.
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        case years = "y"
        case months = "m"
        case days = "d"
    }

    /// The count, 1–9999.
    public let amount: Int
    /// The unit.
    public let unit: Unit

    /// A duration from its parts.
    /// - Throws: `RetentionDurationError.outOfRange` when the amount is not 1–9999.
    public init(amount: Int, unit: Unit) throws(RetentionDurationError) {
        guard (1...9999).contains(amount) else { throw .outOfRange(amount) }
        self.amount = amount
        self.unit = unit
    }

    /// Parses `2y`, `18m`, `90d`.
    /// - Parameter text: the text as given.
    /// - Returns: the duration.
    /// - Throws: `RetentionDurationError`.
    public static func parse(_ text: String) throws(RetentionDurationError) -> RetentionDuration {
        guard !text.isEmpty else { throw .empty }
        guard let last = text.last, let unit = Unit(rawValue: String(last)) else {
            if text.allSatisfy({ $0.isASCII && $0.isNumber }) { throw .missingUnit(text) }
            throw .unknownUnit(text)
        }
        let digits = text.dropLast()
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notANumber(text) }
        guard digits.first != "0" || digits == "0" else { throw .leadingZero(text) }
        guard digits.count <= 4, let amount = Int(digits) else { throw .outOfRange(Int(digits.prefix(9)) ?? Int.max) }
        return try RetentionDuration(amount: amount, unit: unit)
    }

    /// The first day that is not older than this duration, counted back from a day.
    ///
    /// Months and years keep the day of month, clamped to the month's length
    /// (2024-02-29 minus 1y is 2023-02-28). Records dated before the cutoff are older.
    /// - Parameter today: the day to count back from.
    /// - Returns: the cutoff day.
    public func cutoff(from today: LocalDate) -> LocalDate {
        switch unit {
        case .days: return today.adding(days: -amount)
        case .months, .years:
            let months = unit == .years ? amount * 12 : amount
            let index = today.year * 12 + (today.month - 1) - months
            let year = index / 12
            let month = index % 12 + 1
            let day = min(today.day, LocalDate.daysInMonth(year: year, month: month))
            return (try? LocalDate(year: year, month: month, day: day)) ?? today
        }
    }

    /// The approximate length in days (a year 365, a month 30), for comparing durations.
    public var approximateDays: Int {
        switch unit {
        case .years: return amount * 365
        case .months: return amount * 30
        case .days: return amount
        }
    }

    /// The text form, e.g. `2y`.
    public var description: String { "\(amount)\(unit.rawValue)" }
}
