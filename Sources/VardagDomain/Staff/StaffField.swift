/// One figure of a unit's month in the staff follow-up, with its column names in an
/// HR import or export (Swedish, and the English an English file may use instead).
public enum StaffField: String, CaseIterable, Hashable, Sendable, Codable {
    /// Anställda: people employed in the month (headcount).
    case headcount
    /// Årsarbetare: full-time equivalents, two decimals.
    case fte
    /// Nyanställda: people who started in the month.
    case newHires
    /// Slutat på egen begäran.
    case leftOwnRequest
    /// Slutat: pension.
    case leftRetirement
    /// Slutat: a fixed-term post (visstid) ended.
    case leftFixedTerm
    /// Slutat: any other reason.
    case leftOther
    /// Sick leave hours in days 1–14 of each spell.
    case sickHoursShort
    /// Sick leave hours from day 15 on.
    case sickHoursLong
    /// Scheduled hours (the sick leave share's denominator).
    case scheduledHours
    /// Vacant posts.
    case vacancies
    /// Recruitments under way.
    case openRecruitments

    /// Whether the figure has two decimals (årsarbetare and hours) rather than being a count.
    public var isDecimal: Bool {
        switch self {
        case .fte, .sickHoursShort, .sickHoursLong, .scheduledHours: return true
        default: return false
        }
    }

    /// The Swedish column name, as the export writes it.
    public var swedishHeader: String {
        switch self {
        case .headcount: return "Anställda"
        case .fte: return "Årsarbetare"
        case .newHires: return "Nyanställda"
        case .leftOwnRequest: return "Slutat egen begäran"
        case .leftRetirement: return "Slutat pension"
        case .leftFixedTerm: return "Slutat visstid"
        case .leftOther: return "Slutat annat"
        case .sickHoursShort: return "Sjuktimmar kort"
        case .sickHoursLong: return "Sjuktimmar lång"
        case .scheduledHours: return "Schemalagda timmar"
        case .vacancies: return "Vakanser"
        case .openRecruitments: return "Pågående rekryteringar"
        }
    }

    /// The English column name an import also accepts.
    public var englishHeader: String {
        switch self {
        case .headcount: return "Headcount"
        case .fte: return "FTE"
        case .newHires: return "New hires"
        case .leftOwnRequest: return "Left own request"
        case .leftRetirement: return "Left retirement"
        case .leftFixedTerm: return "Left fixed term"
        case .leftOther: return "Left other"
        case .sickHoursShort: return "Sick hours short"
        case .sickHoursLong: return "Sick hours long"
        case .scheduledHours: return "Scheduled hours"
        case .vacancies: return "Vacancies"
        case .openRecruitments: return "Open recruitments"
        }
    }
}
