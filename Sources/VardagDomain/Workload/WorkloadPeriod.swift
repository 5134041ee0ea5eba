/// One rating period: an ISO week such as `2026-W48`, or a calendar month such as `2026-11`.
///
/// The text form is what the database stores; both forms sort correctly as text within
/// their kind, so SQL can compare periods with `<` and `BETWEEN`.
public enum WorkloadPeriod: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    case week(IsoWeek)
    /// A calendar month: year and month 1–12.
    case month(year: Int, month: Int)

    /// The period of a kind that contains a date.
    /// - Parameters:
    ///   - date: any date.
    ///   - kind: week or month.
    public init(containing date: LocalDate, kind: PeriodKind) {
        switch kind {
        case .week: self = .week(IsoWeek(containing: date))
        case .month: self = .month(year: date.year, month: date.month)
        }
    }

    /// Parses `YYYY-Www` or `YYYY-MM`.
    /// - Parameter text: the text.
    /// - Returns: the period.
    /// - Throws: `WorkloadError.invalidPeriod`.
    public static func parse(_ text: String) throws(WorkloadError) -> WorkloadPeriod {
        if text.count == 8, let week = try? IsoWeek.parse(text) { return .week(week) }
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || (48...57).contains($0.element) }),
              let year = Int(text.prefix(4)), let month = Int(text.suffix(2)),
              (1...9998).contains(year), (1...12).contains(month) else {
            throw .invalidPeriod(text)
        }
        return .month(year: year, month: month)
    }

    /// Week or month.
    public var kind: PeriodKind {
        switch self {
        case .week: return .week
        case .month: return .month
        }
    }

    /// `2026-W48` or `2026-11`.
    public var description: String {
        switch self {
        case .week(let week): return week.description
        case .month(let year, let month):
            let y = String(year)
            return String(repeating: "0", count: max(0, 4 - y.count)) + y + (month < 10 ? "-0" : "-") + String(month)
        }
    }

    /// The first day of the period.
    public var firstDay: LocalDate {
        switch self {
        case .week(let week): return week.monday
        case .month(let year, let month): return Self.date(year, month, 1)
        }
    }

    /// The last day of the period.
    public var lastDay: LocalDate {
        switch self {
        case .week(let week): return week.sunday
        case .month(let year, let month): return Self.date(year, month, LocalDate.daysInMonth(year: year, month: month))
        }
    }

    /// The following period.
    public var next: WorkloadPeriod {
        WorkloadPeriod(containing: lastDay.adding(days: 1), kind: kind)
    }

    /// The preceding period.
    public var previous: WorkloadPeriod {
        WorkloadPeriod(containing: firstDay.adding(days: -1), kind: kind)
    }

    /// This period and the ones before it, oldest first.
    /// - Parameter count: how many periods in all (at least 1).
    /// - Returns: `count` periods ending with this one.
    public func trailing(_ count: Int) -> [WorkloadPeriod] {
        var periods = [self]
        while periods.count < max(1, count) { periods.append(periods[periods.count - 1].previous) }
        return periods.reversed()
    }

    public static func < (lhs: WorkloadPeriod, rhs: WorkloadPeriod) -> Bool {
        lhs.firstDay < rhs.firstDay
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try WorkloadPeriod.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        do {
            return try LocalDate(year: year, month: month, day: day)
        } catch {
            preconditionFailure("\(year)-\(month)-\(day): \(error)")
        }
    }
}
