import Foundation

/// The days a time-diary summary covers: from and to, both included, never after today.
public struct DiaryRange: Hashable, Sendable, CustomStringConvertible {
    public let from: LocalDate
    public let to: LocalDate

    /// A range known to be in order (the presets and `parse` build it).
    init(checkedFrom from: LocalDate, to: LocalDate) {
        self.from = from
        self.to = to
    }

    /// The ISO week (Monday–Sunday) containing a day.
    public static func week(containing day: LocalDate) -> DiaryRange {
        let week = IsoWeek(containing: day)
        return DiaryRange(checkedFrom: week.monday, to: week.sunday)
    }

    /// The four ISO weeks ending with the week containing a day.
    public static func fourWeeks(endingWith day: LocalDate) -> DiaryRange {
        let week = IsoWeek(containing: day)
        return DiaryRange(checkedFrom: week.monday.adding(days: -21), to: week.sunday)
    }

    /// Checks a range typed by the user.
    ///
    /// Both ends must be real `YYYY-MM-DD` dates; `to` may not be before `from`, and neither may be after
    /// today (a diary is written afterwards, so later days cannot have entries yet).
    /// - Parameters:
    ///   - from: the first day as typed.
    ///   - to: the last day as typed.
    ///   - today: today's date.
    /// - Returns: the range.
    /// - Throws: `WorkloadFailure` with errors at `.rangeFrom` and/or `.rangeTo`.
    public static func parse(from: String, to: String, today: LocalDate) throws(WorkloadFailure) -> DiaryRange {
        var errors: [WorkloadInput: WorkloadError] = [:]
        let first = date(from, today: today, field: .rangeFrom, errors: &errors)
        let last = date(to, today: today, field: .rangeTo, errors: &errors)
        if let first, let last, last < first { errors[.rangeTo] = .rangeReversed(from: first.iso) }
        guard errors.isEmpty, let first, let last else { throw WorkloadFailure(errors) }
        return DiaryRange(checkedFrom: first, to: last)
    }

    private static func date(_ text: String, today: LocalDate, field: WorkloadInput,
                             errors: inout [WorkloadInput: WorkloadError]) -> LocalDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { errors[field] = .required; return nil }
        guard let day = try? LocalDate.parse(trimmed) else { errors[field] = .invalidDate(trimmed); return nil }
        guard day <= today else { errors[field] = .afterToday(today.iso); return nil }
        return day
    }

    /// Whether the range is exactly the ISO week of its first day.
    public var isWeek: Bool { self == Self.week(containing: from) }
    /// Whether the range is exactly four ISO weeks ending with the week of its last day.
    public var isFourWeeks: Bool { self == Self.fourWeeks(endingWith: to) }

    public var description: String { "\(from.iso)–\(to.iso)" }
}
