import VardagDomain

/// A kommun's Fyrfältaren month for the nämnd report: the periods that fall in it and each
/// active team's figures (`AppDatabase.namndWorkload`).
public struct NamndWorkloadMonth: Hashable, Sendable {
    /// The rating periods of the month, oldest first.
    public var periods: [WorkloadPeriod]
    /// The kommun's active teams in unit and team order.
    public var teams: [NamndWorkloadTeam]

    public init(periods: [WorkloadPeriod], teams: [NamndWorkloadTeam]) {
        self.periods = periods
        self.teams = teams
    }

    /// The periods that fall in a month: the month itself, or the ISO weeks whose Thursday
    /// lies in it (so each week belongs to exactly one month, as ISO 8601 counts weeks).
    /// - Parameters:
    ///   - month: the month.
    ///   - kind: the period kind in use.
    public static func periods(in month: StaffMonth, kind: PeriodKind) -> [WorkloadPeriod] {
        switch kind {
        case .month:
            return [.month(year: month.year, month: month.month)]
        case .week:
            let first = month.firstDay
            return (0..<month.lastDay.day).map { first.adding(days: $0) }
                .filter { IsoWeek(containing: $0).monday.adding(days: 3) == $0 }
                .map { .week(IsoWeek(containing: $0)) }
        }
    }
}
