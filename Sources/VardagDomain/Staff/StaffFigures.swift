/// One unit's staff figures for one month, as the nämnd follows them (seed 002, Helsingborg):
/// headcount and årsarbetare, new hires, leavers by reason, sick leave hours short (days
/// 1–14) and long (day 15 on) against scheduled hours, vacancies and open recruitments.
///
/// Counts are whole numbers; årsarbetare and hours have two decimals (`Hundredths`).
/// `problems()` says what breaks the rules: no negative figure, årsarbetare at most the
/// headcount, sick hours at most the scheduled hours.
public struct StaffFigures: Hashable, Sendable, Codable {
    public var headcount: Int
    public var fte: Hundredths
    public var newHires: Int
    public var leftOwnRequest: Int
    public var leftRetirement: Int
    public var leftFixedTerm: Int
    public var leftOther: Int
    public var sickHoursShort: Hundredths
    public var sickHoursLong: Hundredths
    public var scheduledHours: Hundredths
    public var vacancies: Int
    public var openRecruitments: Int

    /// The largest count accepted (no unit has more people, posts or leavers).
    public static let countLimit = 100_000

    public init(headcount: Int, fte: Hundredths, newHires: Int = 0, leftOwnRequest: Int = 0, leftRetirement: Int = 0,
                leftFixedTerm: Int = 0, leftOther: Int = 0, sickHoursShort: Hundredths = .zero,
                sickHoursLong: Hundredths = .zero, scheduledHours: Hundredths = .zero, vacancies: Int = 0,
                openRecruitments: Int = 0) {
        self.headcount = headcount
        self.fte = fte
        self.newHires = newHires
        self.leftOwnRequest = leftOwnRequest
        self.leftRetirement = leftRetirement
        self.leftFixedTerm = leftFixedTerm
        self.leftOther = leftOther
        self.sickHoursShort = sickHoursShort
        self.sickHoursLong = sickHoursLong
        self.scheduledHours = scheduledHours
        self.vacancies = vacancies
        self.openRecruitments = openRecruitments
    }

    /// All figures zero.
    public static let zero = StaffFigures(headcount: 0, fte: .zero)

    /// Leavers for every reason.
    public var leavers: Int { leftOwnRequest + leftRetirement + leftFixedTerm + leftOther }

    /// Sick hours short and long.
    public var sickHours: Hundredths { sickHoursShort + sickHoursLong }

    /// Sick leave as a share of scheduled hours (0…1), or nil without scheduled hours.
    public var sickShare: Double? { Self.share(sickHours, of: scheduledHours) }
    /// The short (days 1–14) sick leave's share of scheduled hours.
    public var sickShareShort: Double? { Self.share(sickHoursShort, of: scheduledHours) }
    /// The long (day 15 on) sick leave's share of scheduled hours.
    public var sickShareLong: Double? { Self.share(sickHoursLong, of: scheduledHours) }

    private static func share(_ part: Hundredths, of whole: Hundredths) -> Double? {
        whole.hundredths > 0 ? Double(part.hundredths) / Double(whole.hundredths) : nil
    }

    /// A count field's value (nil for a decimal field).
    public func count(_ field: StaffField) -> Int? {
        switch field {
        case .headcount: return headcount
        case .newHires: return newHires
        case .leftOwnRequest: return leftOwnRequest
        case .leftRetirement: return leftRetirement
        case .leftFixedTerm: return leftFixedTerm
        case .leftOther: return leftOther
        case .vacancies: return vacancies
        case .openRecruitments: return openRecruitments
        case .fte, .sickHoursShort, .sickHoursLong, .scheduledHours: return nil
        }
    }

    /// A decimal field's value (nil for a count field).
    public func decimal(_ field: StaffField) -> Hundredths? {
        switch field {
        case .fte: return fte
        case .sickHoursShort: return sickHoursShort
        case .sickHoursLong: return sickHoursLong
        case .scheduledHours: return scheduledHours
        default: return nil
        }
    }

    /// Any field's value as two-decimal text for decimals and digits for counts (`21.75`, `24`).
    public func text(_ field: StaffField) -> String {
        if let count = count(field) { return String(count) }
        return decimal(field)?.description ?? ""
    }

    /// The sum of two units' (or months') figures, field by field.
    public static func + (lhs: StaffFigures, rhs: StaffFigures) -> StaffFigures {
        StaffFigures(headcount: lhs.headcount + rhs.headcount, fte: lhs.fte + rhs.fte, newHires: lhs.newHires + rhs.newHires,
                     leftOwnRequest: lhs.leftOwnRequest + rhs.leftOwnRequest, leftRetirement: lhs.leftRetirement + rhs.leftRetirement,
                     leftFixedTerm: lhs.leftFixedTerm + rhs.leftFixedTerm, leftOther: lhs.leftOther + rhs.leftOther,
                     sickHoursShort: lhs.sickHoursShort + rhs.sickHoursShort, sickHoursLong: lhs.sickHoursLong + rhs.sickHoursLong,
                     scheduledHours: lhs.scheduledHours + rhs.scheduledHours, vacancies: lhs.vacancies + rhs.vacancies,
                     openRecruitments: lhs.openRecruitments + rhs.openRecruitments)
    }

    /// What breaks the rules, in field order; empty when the figures are valid.
    ///
    /// Every figure is 0 or more (counts up to `countLimit`); årsarbetare are at most the
    /// headcount (nobody works more than full time in this count); sick hours short and long
    /// together are at most the scheduled hours.
    public func problems() -> [StaffFigureProblem] {
        var problems: [StaffFigureProblem] = []
        for field in StaffField.allCases {
            if let count = count(field) {
                if count < 0 { problems.append(.negative(field, String(count))) }
                if count > Self.countLimit { problems.append(.tooLarge(field, String(count))) }
            } else if let value = decimal(field), value.hundredths < 0 {
                problems.append(.negative(field, value.description))
            }
        }
        if headcount >= 0, fte.hundredths > headcount * 100 {
            problems.append(.fteAboveHeadcount(fte: fte.description, headcount: headcount))
        }
        if sickHoursShort.hundredths >= 0, sickHoursLong.hundredths >= 0, sickHours > scheduledHours {
            problems.append(.sickAboveScheduled(sick: sickHours.description, scheduled: scheduledHours.description))
        }
        return problems
    }

    /// Reads the figures from text cells (an import's row or a form), then checks them.
    ///
    /// A missing or empty cell is 0 except for the headcount and årsarbetare, which every
    /// month must have. Every cell is read and every bad one named (a negative one too); the
    /// rules between figures are checked once every cell reads. Counts accept surrounding spaces and digit-group spaces
    /// (`1 234`); decimals accept a comma or a point (`21,75`, `21.75`).
    /// - Parameter cells: the text of each field.
    /// - Returns: the figures, or every problem found.
    public static func parse(_ cells: [StaffField: String]) -> Result<StaffFigures, StaffFigureFailure> {
        var problems: [StaffFigureProblem] = []
        var counts: [StaffField: Int] = [:]
        var decimals: [StaffField: Hundredths] = [:]
        for field in StaffField.allCases {
            let text = cells[field] ?? ""
            if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\u{A0}" }) {
                if field == .headcount || field == .fte { problems.append(.notANumber(field, text)) }
                continue
            }
            do {
                let value = try Hundredths.parse(text)
                if value.hundredths < 0 {
                    problems.append(.negative(field, text))
                } else if field.isDecimal {
                    decimals[field] = value
                } else if value.hundredths % 100 != 0 {
                    problems.append(.notWhole(field, text))
                } else {
                    counts[field] = value.hundredths / 100
                }
            } catch .tooManyDecimals {
                problems.append(field.isDecimal ? .tooManyDecimals(field, text) : .notWhole(field, text))
            } catch .tooLarge {
                problems.append(.tooLarge(field, text))
            } catch {
                problems.append(.notANumber(field, text))
            }
        }
        if !problems.isEmpty { return .failure(StaffFigureFailure(problems: problems)) }
        let figures = StaffFigures(
            headcount: counts[.headcount] ?? 0, fte: decimals[.fte] ?? .zero, newHires: counts[.newHires] ?? 0,
            leftOwnRequest: counts[.leftOwnRequest] ?? 0, leftRetirement: counts[.leftRetirement] ?? 0,
            leftFixedTerm: counts[.leftFixedTerm] ?? 0, leftOther: counts[.leftOther] ?? 0,
            sickHoursShort: decimals[.sickHoursShort] ?? .zero, sickHoursLong: decimals[.sickHoursLong] ?? .zero,
            scheduledHours: decimals[.scheduledHours] ?? .zero, vacancies: counts[.vacancies] ?? 0,
            openRecruitments: counts[.openRecruitments] ?? 0)
        let found = figures.problems()
        return found.isEmpty ? .success(figures) : .failure(StaffFigureFailure(problems: found))
    }
}
