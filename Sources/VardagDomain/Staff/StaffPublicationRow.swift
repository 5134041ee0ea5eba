/// One line of a public staff document: a unit's month, or the total of a kommun's units.
///
/// Headcount, årsarbetare, vacancies and open recruitments are always shown (they say how
/// large a unit is, nothing about a person). The rest (new hires, leavers, sick leave,
/// turnover) is there only when `visibility` is `.shown`: a hidden row carries no such
/// figure at all, so nothing that prints it can leak it.
public struct StaffPublicationRow: Hashable, Sendable {
    /// The month.
    public var month: StaffMonth
    /// The unit, or nil for the total.
    public var unitId: Int64?
    /// The unit's name, or nil for the total.
    public var unitName: String?
    /// How many units the row covers (1 for a unit).
    public var units: Int
    /// People employed.
    public var headcount: Int
    /// Årsarbetare.
    public var fte: Hundredths
    /// Vacant posts.
    public var vacancies: Int
    /// Recruitments under way.
    public var openRecruitments: Int
    /// Whether the figures below are shown.
    public var visibility: StaffVisibility
    /// Every figure of the month, or nil when hidden.
    public var figures: StaffFigures?
    /// The 12 months' turnover ending with this month, or nil when hidden (its `rate` is
    /// nil, "saknas", when too few months have figures).
    public var turnover: StaffTurnover?

    /// Whether this is the total row.
    public var isTotal: Bool { unitId == nil }

    public init(month: StaffMonth, unitId: Int64?, unitName: String?, units: Int, all: StaffFigures,
                visibility: StaffVisibility, turnover: StaffTurnover) {
        self.month = month
        self.unitId = unitId
        self.unitName = unitName
        self.units = units
        headcount = all.headcount
        fte = all.fte
        vacancies = all.vacancies
        openRecruitments = all.openRecruitments
        self.visibility = visibility
        figures = visibility == .shown ? all : nil
        self.turnover = visibility == .shown ? turnover : nil
    }
}
