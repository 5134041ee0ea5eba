import VardagDomain

extension Effect {
    /// Nil when the period after `period` may be shown and rated; else why not, in words.
    static func refusingNext(after period: WorkloadPeriod, today: LocalDate, _ s: Strings) -> Effect? {
        do {
            try PeriodRule.check(period.next, today: today)
            return nil
        } catch {
            return .error(WorkloadText.failure(error, s))
        }
    }

}
