/// An ISO 8601 week, such as `2026-W48`: weeks start on Monday and week 1 holds the year's first Thursday.
///
/// This is the default period of the Fyrfältaren workload ratings.
public struct IsoWeek: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The ISO week-numbering year, which differs from the calendar year around New Year.
    public let year: Int
    /// The week number, 1 to 52 or 53.
    public let week: Int

    /// Makes a week, refusing week numbers the year does not have.
    /// - Parameters:
    ///   - year: the ISO year, 1 to 9998.
    ///   - week: 1 to `IsoWeek.weeks(inYear:)`.
    /// - Throws: `IsoWeekError.outOfRange`.
    public init(year: Int, week: Int) throws(IsoWeekError) {
        guard (1...9998).contains(year), week >= 1, week <= IsoWeek.weeks(inYear: year) else {
            throw .outOfRange(year: year, week: week)
        }
        self.year = year
        self.week = week
    }

    /// The week that contains a date.
    /// - Parameter date: any date.
    public init(containing date: LocalDate) {
        // The Thursday of the date's week decides the ISO year.
        let thursday = date.adding(days: 4 - date.isoWeekday)
        let firstOfYear = IsoWeek.unchecked(thursday.year, 1, 1)
        year = thursday.year
        week = firstOfYear.days(to: thursday) / 7 + 1
    }

    /// Parses exactly `YYYY-Www`, e.g. `2026-W48` or `2026-W05`.
    /// - Parameter text: the text.
    /// - Returns: the week.
    /// - Throws: `IsoWeekError.malformed` or `.outOfRange` (e.g. `2025-W53`).
    public static func parse(_ text: String) throws(IsoWeekError) -> IsoWeek {
        let bytes = Array(text.utf8)
        guard bytes.count == 8, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "W") else {
            throw .malformed(text)
        }
        var digits: [Int] = []
        for index in [0, 1, 2, 3, 6, 7] {
            let byte = bytes[index]
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { throw .malformed(text) }
            digits.append(Int(byte - UInt8(ascii: "0")))
        }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        return try IsoWeek(year: year, week: digits[4] * 10 + digits[5])
    }

    /// The week as `YYYY-Www`.
    public var description: String {
        let yearText = String(year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
        return "\(paddedYear)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// The Monday that starts the week.
    public var monday: LocalDate {
        // 4 January is always in week 1.
        let january4 = IsoWeek.unchecked(year, 1, 4)
        let mondayOfWeek1 = january4.adding(days: 1 - january4.isoWeekday)
        return mondayOfWeek1.adding(days: (week - 1) * 7)
    }

    /// The Sunday that ends the week.
    public var sunday: LocalDate { monday.adding(days: 6) }

    /// The seven dates Monday to Sunday.
    public var days: [LocalDate] { (0..<7).map { monday.adding(days: $0) } }

    /// The following week, across year boundaries.
    public var next: IsoWeek { IsoWeek(containing: monday.adding(days: 7)) }

    /// The preceding week, across year boundaries.
    public var previous: IsoWeek { IsoWeek(containing: monday.adding(days: -7)) }

    /// How many ISO weeks a year has: 53 when it starts on a Thursday, or is a leap year starting on a Wednesday.
    /// - Parameter year: the ISO year.
    /// - Returns: 52 or 53.
    public static func weeks(inYear year: Int) -> Int {
        // 28 December is always in the last week of its ISO year.
        IsoWeek(containing: unchecked(year, 12, 28)).week
    }

    public static func < (lhs: IsoWeek, rhs: IsoWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try IsoWeek.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// A date known to exist (fixed days like 4 January).
    private static func unchecked(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        do {
            return try LocalDate(year: year, month: month, day: day)
        } catch {
            preconditionFailure("\(year)-\(month)-\(day): \(error)")
        }
    }
}
