/// One calendar month of the staff follow-up, written `YYYY-MM` (e.g. `2026-11`).
///
/// Stored as that text, which sorts in time order, so SQL compares months with `<` and
/// `BETWEEN`. Encoded in JSON as the same text.
public struct StaffMonth: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The year, 2000–2100 (the range the schema accepts).
    public let year: Int
    /// The month, 1–12.
    public let month: Int

    /// The years a month may lie in.
    public static let years = 2000...2100

    /// A month from its parts.
    /// - Throws: `StaffFigureProblem.invalidMonth` outside 2000-01…2100-12.
    public init(year: Int, month: Int) throws(StaffFigureProblem) {
        guard Self.years.contains(year), (1...12).contains(month) else {
            throw .invalidMonth("\(year)-\(month)")
        }
        self.year = year
        self.month = month
    }

    private init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    /// The month that holds a date.
    public init(containing date: LocalDate) {
        self.init(unchecked: date.year, date.month)
    }

    /// Parses exactly `YYYY-MM` (ASCII digits), nothing before or after.
    /// - Throws: `StaffFigureProblem.invalidMonth`.
    public static func parse(_ text: String) throws(StaffFigureProblem) -> StaffMonth {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || (48...57).contains($0.element) }) else {
            throw .invalidMonth(text)
        }
        let year = bytes[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
        let month = bytes[5..<7].reduce(0) { $0 * 10 + Int($1 - 48) }
        do {
            return try StaffMonth(year: year, month: month)
        } catch {
            throw .invalidMonth(text)
        }
    }

    /// `2026-11`.
    public var description: String {
        String(year) + (month < 10 ? "-0" : "-") + String(month)
    }

    /// Months since year 0, for arithmetic.
    public var ordinal: Int { year * 12 + month - 1 }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> StaffMonth {
        let value = ordinal + count
        return StaffMonth(unchecked: value / 12, value % 12 + 1)
    }

    /// The months from `from` to `to`, both included; empty when `to` is before `from`.
    public static func span(from: StaffMonth, to: StaffMonth) -> [StaffMonth] {
        guard from <= to else { return [] }
        return (0...(to.ordinal - from.ordinal)).map { from.adding(months: $0) }
    }

    public static func < (lhs: StaffMonth, rhs: StaffMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try Self.parse(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
