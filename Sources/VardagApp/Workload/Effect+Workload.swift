import VardagDomain

extension Effect {
    /// Runs a Fyrfältaren write made by a key while no form is open: `.none` when it was
    /// stored; a refused value in the rule's own words ("Ange minuter 0–1440 …"), any other
    /// failure as "Kunde inte spara: …".
    static func storing(_ s: Strings, _ body: () throws -> Void) -> Effect {
        do {
            try body()
            return .none
        } catch let failure as any FieldFailure {
            return .error(ErrorText.describe(failure, s))
        } catch {
            return .error(s.couldNotSave(error))
        }
    }

    /// Nil when the period after `period` may be shown and rated; else why not, in words.
    static func refusingNext(after period: WorkloadPeriod, today: LocalDate, _ s: Strings) -> Effect? {
        do {
            try PeriodRule.check(period.next, today: today)
            return nil
        } catch {
            return .error(WorkloadText.failure(error, s))
        }
    }

    /// This effect, then `next`, unless this is an error: a status line never hides a failure.
    func unlessFailed(_ next: Effect) -> Effect {
        if case .error = self { return self }
        return then(next)
    }
}
