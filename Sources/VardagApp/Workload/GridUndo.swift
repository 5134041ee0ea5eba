import VardagDomain

/// The grid's last change made by one key, kept so `u` can take it back once.
///
/// The undo is itself a change: it goes through the same audited writes (a rating put
/// back, an overall self-rating put back or taken away), so the audit trail shows both.
enum GridUndo: Hashable {
    /// A case's rating before `t`/`T`/`s`/`S` changed it.
    case rating(caseId: Int64, reference: String, period: WorkloadPeriod, time: Int, difficulty: Int)
    /// The overall self-rating before a digit set it (nil: there was none).
    case overall(period: WorkloadPeriod, previous: Int?)

    /// The period the change was made in (the undo only applies while it is shown).
    var period: WorkloadPeriod {
        switch self {
        case .rating(_, _, let period, _, _), .overall(let period, _): return period
        }
    }
}
