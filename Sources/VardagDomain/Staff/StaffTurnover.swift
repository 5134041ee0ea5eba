/// Personalomsättning (staff turnover) over the 12 months that end with a month.
///
/// **Formula.** turnover(M) = L / H, where L is the number of leavers (every reason) in
/// the months M-11 … M and H is the average headcount of those months.
///
/// **Months without figures.** A month a unit has not reported is left out of both L and
/// H, and the ratio is scaled to a year: with n months reported,
/// turnover = (L_n / H_n) × 12 / n, H_n being the average headcount of the n months. With
/// all 12 months this is exactly the formula; with some missing it is the same monthly
/// rate carried over a year, rather than a rate that drops just because a month is
/// missing (treating a missing month as 0 leavers would understate turnover; as 0
/// headcount would overstate it). Fewer than `minimumMonths` (9, three quarters of the
/// year) give no figure: "saknas". So does an average headcount of 0.
public struct StaffTurnover: Hashable, Sendable {
    /// The fewest reported months of the 12 that give a figure.
    public static let minimumMonths = 9
    /// The months the rate covers.
    public static let windowMonths = 12

    /// How many of the 12 months have figures.
    public let monthsWithFigures: Int
    /// Leavers in those months.
    public let leavers: Int
    /// Their average headcount.
    public let averageHeadcount: Double
    /// The yearly rate (0.12 for 12 %), or nil ("saknas") with too few months or no one employed.
    public let rate: Double?

    /// The turnover for the 12 months ending with `month`.
    /// - Parameters:
    ///   - month: the last month of the window.
    ///   - figures: the unit's (or a total's) figures by month; months outside the window are ignored.
    public init(endingWith month: StaffMonth, figures: [StaffMonth: StaffFigures]) {
        var count = 0, leavers = 0, people = 0
        for offset in 0..<Self.windowMonths {
            guard let month = figures[month.adding(months: -offset)] else { continue }
            count += 1
            leavers += month.leavers
            people += month.headcount
        }
        monthsWithFigures = count
        self.leavers = leavers
        averageHeadcount = count > 0 ? Double(people) / Double(count) : 0
        if count >= Self.minimumMonths, people > 0 {
            rate = Double(leavers) / averageHeadcount * Double(Self.windowMonths) / Double(count)
        } else {
            rate = nil
        }
    }
}
