/// A calendar quarter, e.g. "2026-K4", for the unit plan view.
public struct Quarter: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1 to 4.
    public var number: Int

    public init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    /// The quarter a date falls in.
    public init(_ date: LocalDate) {
        self.init(year: date.year, number: (date.month - 1) / 3 + 1)
    }

    /// The following quarter.
    public var next: Quarter { number == 4 ? Quarter(year: year + 1, number: 1) : Quarter(year: year, number: number + 1) }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.number) < (rhs.year, rhs.number) }

    /// "2026-K4" (K for kvartal).
    public var description: String { "\(year)-K\(number)" }
}
