/// What is wrong with a unit's month of staff figures: one value, or two that disagree.
///
/// `key` is a catalogue key (`staff.problem.*`, Swedish and English); `arguments(naming:)`
/// gives its values, with each field named as the caller chooses (the column as an import
/// file wrote it, or a screen's label). `description` is the English text with the English
/// column names.
public enum StaffFigureProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not a month `YYYY-MM` in 2000–2100.
    case invalidMonth(String)
    /// A month after the latest one figures may be given for (the current month).
    case monthInFuture(String, latest: String)
    /// A value that is not a number.
    case notANumber(StaffField, String)
    /// A count with decimals.
    case notWhole(StaffField, String)
    /// A decimal figure with more than two decimals.
    case tooManyDecimals(StaffField, String)
    /// Below zero.
    case negative(StaffField, String)
    /// Beyond what any unit has.
    case tooLarge(StaffField, String)
    /// More årsarbetare than people employed.
    case fteAboveHeadcount(fte: String, headcount: Int)
    /// More sick hours (short and long together) than scheduled hours.
    case sickAboveScheduled(sick: String, scheduled: String)

    /// The catalogue key of the message.
    public var key: String {
        switch self {
        case .invalidMonth: return "staff.problem.invalidMonth"
        case .monthInFuture: return "staff.problem.monthInFuture"
        case .notANumber: return "staff.problem.notANumber"
        case .notWhole: return "staff.problem.notWhole"
        case .tooManyDecimals: return "staff.problem.tooManyDecimals"
        case .negative: return "staff.problem.negative"
        case .tooLarge: return "staff.problem.tooLarge"
        case .fteAboveHeadcount: return "staff.problem.fteAboveHeadcount"
        case .sickAboveScheduled: return "staff.problem.sickAboveScheduled"
        }
    }

    /// The field the problem is about, if one.
    public var field: StaffField? {
        switch self {
        case .notANumber(let field, _), .notWhole(let field, _), .tooManyDecimals(let field, _),
             .negative(let field, _), .tooLarge(let field, _): return field
        case .fteAboveHeadcount: return .fte
        case .sickAboveScheduled: return .sickHoursShort
        case .invalidMonth, .monthInFuture: return nil
        }
    }

    /// The values the message names, in placeholder order.
    /// - Parameter naming: the name to give a field.
    public func arguments(naming: (StaffField) -> String) -> [String] {
        switch self {
        case .invalidMonth(let text): return [text]
        case .monthInFuture(let text, let latest): return [text, latest]
        case .notANumber(let field, let text), .notWhole(let field, let text), .tooManyDecimals(let field, let text),
             .negative(let field, let text), .tooLarge(let field, let text):
            return [naming(field), text]
        case .fteAboveHeadcount(let fte, let headcount): return [fte, String(headcount)]
        case .sickAboveScheduled(let sick, let scheduled): return [sick, scheduled]
        }
    }

    public var description: String {
        let a = arguments(naming: \.englishHeader)
        switch self {
        case .invalidMonth: return "'\(a[0])' is not a month YYYY-MM (2000-01 to 2100-12)"
        case .monthInFuture: return "month \(a[0]) is after \(a[1]); figures are given for months that have begun"
        case .notANumber: return "\(a[0]): '\(a[1])' is not a number"
        case .notWhole: return "\(a[0]): '\(a[1])' is not a whole number"
        case .tooManyDecimals: return "\(a[0]): '\(a[1])' has more than two decimals"
        case .negative: return "\(a[0]): '\(a[1])' is negative"
        case .tooLarge: return "\(a[0]): '\(a[1])' is too large"
        case .fteAboveHeadcount: return "FTE \(a[0]) is more than the headcount \(a[1])"
        case .sickAboveScheduled: return "sick hours \(a[0]) are more than the scheduled hours \(a[1])"
        }
    }
}
