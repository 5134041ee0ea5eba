import Foundation

/// Which periods may be rated: any past period, this one, and the next one; nothing later.
public enum PeriodRule {
    /// Checks a period against today.
    /// - Parameters:
    ///   - period: the period to rate or decide in.
    ///   - today: today's date.
    /// - Throws: `WorkloadFailure` on `.period` with `.periodTooFarAhead`.
    public static func check(_ period: WorkloadPeriod, today: LocalDate) throws(WorkloadFailure) {
        let latest = WorkloadPeriod(containing: today, kind: period.kind).next
        if latest < period { throw WorkloadFailure(.period, .periodTooFarAhead(latest: latest.description)) }
    }

    /// Parses a typed date for a form field.
    /// - Throws: `WorkloadFailure` on `field` with `.invalidDate`.
    public static func date(_ text: String, field: WorkloadInput) throws(WorkloadFailure) -> LocalDate {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        do { return try LocalDate.parse(trimmed) } catch { throw WorkloadFailure(field, .invalidDate(trimmed)) }
    }
}
