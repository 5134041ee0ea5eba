import Foundation

/// A calendar date without a time or time zone, as written in Swedish forms: `YYYY-MM-DD`.
///
/// Dates are kept as plain year, month and day and computed with the proleptic
/// Gregorian calendar, so no `Calendar` or time zone can shift them by a day.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 28, 29, 30 or 31.
    public let day: Int

    /// Makes a date from its parts, refusing dates that do not exist.
    /// - Parameters:
    ///   - year: 1 to 9999.
    ///   - month: 1 to 12.
    ///   - day: 1 to the length of that month.
    /// - Throws: `LocalDateError.yearOutOfRange`, `.monthOutOfRange` or `.dayOutOfRange`.
    public init(year: Int, month: Int, day: Int) throws(LocalDateError) {
        guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
        guard (1...12).contains(month) else { throw .monthOutOfRange(month) }
        let length = LocalDate.daysInMonth(year: year, month: month)
        guard (1...length).contains(day) else {
            throw .dayOutOfRange(day: day, daysInMonth: length)
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (four, two and two ASCII digits), nothing before or after.
    /// - Parameter text: the text to parse, e.g. `2026-02-28`.
    /// - Returns: the date.
    /// - Throws: `LocalDateError.malformed` when the text does not have the shape,
    ///   or an out-of-range error for dates like `2026-02-30`.
    public static func parse(_ text: String) throws(LocalDateError) -> LocalDate {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            throw .malformed(text)
        }
        func number(_ range: Range<Int>) throws(LocalDateError) -> Int {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { throw .malformed(text) }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        return try LocalDate(year: number(0..<4), month: number(5..<7), day: number(8..<10))
    }

    /// The date as `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: Day arithmetic

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date a number of days after 1970-01-01.
    /// - Parameter days: days since the epoch; the result must fall in years 1 to 9999.
    /// - Returns: the date.
    /// - Throws: `LocalDateError.yearOutOfRange` outside years 1 to 9999.
    public init(daysSinceEpoch days: Int) throws(LocalDateError) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        try self.init(year: year, month: month, day: day)
    }

    /// The date a number of days later (or earlier when negative).
    /// - Parameter days: how many days to add.
    /// - Returns: the new date.
    /// - Precondition: the result lies in years 1 to 9999.
    public func adding(days: Int) -> LocalDate {
        do {
            return try LocalDate(daysSinceEpoch: daysSinceEpoch + days)
        } catch {
            preconditionFailure("LocalDate.adding(days:) left years 1-9999: \(self) + \(days)")
        }
    }

    /// Days from this date to another (positive when `other` is later).
    /// - Parameter other: the later date.
    /// - Returns: the number of days between them.
    public func days(to other: LocalDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The ISO weekday: 1 Monday ... 7 Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (daysSinceEpoch + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    // MARK: Calendar facts

    /// Whether a year has 29 February in the Gregorian calendar.
    /// - Parameter year: the year.
    /// - Returns: true for leap years.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month.
    /// - Parameters:
    ///   - year: the year (for February).
    ///   - month: 1 to 12.
    /// - Returns: 28 to 31, or 0 for a month outside 1 to 12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    // MARK: Today

    /// The time zone Vardag's users live in.
    public static let stockholm: TimeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current

    /// The date it is now in a time zone.
    /// - Parameters:
    ///   - timeZone: the time zone; Europe/Stockholm by default.
    ///   - now: the instant; the current time by default (tests pass a fixed one).
    /// - Returns: the local date at that instant.
    public static func today(in timeZone: TimeZone = LocalDate.stockholm, now: Date = Date()) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        do {
            return try LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        } catch {
            preconditionFailure("The calendar returned an impossible date: \(parts)")
        }
    }

    // MARK: Codable as "YYYY-MM-DD"

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try LocalDate.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
