/// A kommun's staff figures for a span of months as a public nämnd document shows them:
/// one row per unit and month with figures, and one total row per month, with the
/// small-group rule and complementary suppression applied.
///
/// **Which rows are hidden ("för få").** A unit's sensitive figures (new hires, leavers,
/// sick leave, turnover) are hidden in every month of the document when, in any month of
/// the document or the 11 months before its first (the months its turnover reads), the
/// unit had `threshold` people or fewer (`StaffSuppression`, 10 by default). The decision
/// holds for the whole span, so no month's figure, nor a turnover that spans months, can
/// be combined with another month's to recover a hidden one. New hires and leavers are
/// hidden too: with the headcount shown, they would give the turnover back.
///
/// **Complementary suppression ("dold").** The total of a month is the sum of its units, so
/// total − the shown units = the hidden units together. So whenever, in some month, exactly
/// one unit present is hidden, or the hidden units present have `threshold` people or fewer
/// together, the shown unit with the fewest people that month is hidden as well, for the
/// whole span; this repeats until in every month either no unit is hidden or at least two
/// are, with more than `threshold` people together. When no shown unit is left to hide, the
/// total is hidden instead ("dold"). A total whose own headcount is `threshold` or
/// fewer is hidden ("för få") like a unit. This is the usual rule ("if exactly one cell is
/// suppressed, suppress the next smallest too, or the total"), extended so that two tiny
/// units hidden together are not a small group shown by subtraction.
///
/// Headcount, årsarbetare, vacancies and open recruitments are shown everywhere.
public enum StaffPublication {
    /// One unit's figures by month (its months before the span too, for turnover).
    public struct Unit: Hashable, Sendable {
        public var id: Int64
        public var name: String
        public var figures: [StaffMonth: StaffFigures]

        public init(id: Int64, name: String, figures: [StaffMonth: StaffFigures]) {
            self.id = id
            self.name = name
            self.figures = figures
        }
    }

    /// The document's rows: per month (in order), the units with figures that month (in the
    /// given order), then the total row. A month no unit has figures for has no rows.
    /// - Parameters:
    ///   - units: the kommun's units, in the order to show them.
    ///   - from: the first month shown.
    ///   - to: the last month shown.
    ///   - rule: the small-group rule.
    public static func rows(units: [Unit], from: StaffMonth, to: StaffMonth,
                            rule: StaffSuppression = .standard) -> [StaffPublicationRow] {
        let months = StaffMonth.span(from: from, to: to)
        guard !months.isEmpty else { return [] }
        let reach = StaffMonth.span(from: from.adding(months: -(StaffTurnover.windowMonths - 1)), to: to)
        // Totals by month, over the units that have figures that month.
        var totals: [StaffMonth: StaffFigures] = [:]
        for unit in units {
            for (month, figures) in unit.figures where month >= reach[0] && month <= to {
                totals[month] = (totals[month] ?? .zero) + figures
            }
        }
        let (hidden, tooFew, totalVisibility) = decide(units: units, months: months, reach: reach, totals: totals, rule: rule)
        var rows: [StaffPublicationRow] = []
        for month in months {
            var present = 0
            for unit in units {
                guard let figures = unit.figures[month] else { continue }
                present += 1
                let visibility: StaffVisibility = tooFew.contains(unit.id) ? .tooFew : hidden.contains(unit.id) ? .protecting : .shown
                rows.append(StaffPublicationRow(month: month, unitId: unit.id, unitName: unit.name, units: 1, all: figures,
                                                visibility: visibility,
                                                turnover: StaffTurnover(endingWith: month, figures: unit.figures)))
            }
            guard present > 0, let total = totals[month] else { continue }
            rows.append(StaffPublicationRow(month: month, unitId: nil, unitName: nil, units: present, all: total,
                                            visibility: totalVisibility, turnover: StaffTurnover(endingWith: month, figures: totals)))
        }
        return rows
    }

    /// Which units are hidden (all, and those for their own size) and how the total is shown:
    /// `PublicGroupSuppression` over the months shown, each unit's own test reading its
    /// smallest headcount over `reach` (the months its turnover reads), the total's likewise.
    static func decide(units: [Unit], months: [StaffMonth], reach: [StaffMonth], totals: [StaffMonth: StaffFigures],
                       rule: StaffSuppression) -> (hidden: Set<Int64>, tooFew: Set<Int64>, total: StaffVisibility) {
        let groups = units.map { unit in
            PublicGroupSuppression<Int64>.Group(id: unit.id, sizes: months.map { unit.figures[$0]?.headcount },
                                                smallest: reach.compactMap { unit.figures[$0]?.headcount }.min() ?? 0)
        }
        let decision = PublicGroupSuppression(groups: groups, totalSmallest: reach.compactMap { totals[$0]?.headcount }.min() ?? 0,
                                              rule: rule)
        return (decision.hidden, decision.tooFew, decision.total)
    }
}
