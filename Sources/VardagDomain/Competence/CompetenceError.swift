/// A competence rule that input broke; each case names the field and the reason.
public enum CompetenceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The fields a competence error can belong to.
    public enum Field: String, Hashable, Sendable {
        case title, educationKind, points, year, step, stepName, date, targetDate, course, status, threshold, person
        case content, wishes, provider, cost
    }

    /// A required value is empty.
    case required(Field)
    /// Points outside 0–5000.
    case pointsOutOfRange(Int)
    /// An education year outside 1950–2100.
    case yearOutOfRange(Int)
    /// Text that is not a number where one is needed.
    case notANumber(Field, String)
    /// A date that does not exist or is not YYYY-MM-DD.
    case invalidDate(Field, String)
    /// A step outside 1–5, or a step for an area without a ladder.
    case unknownStep(Int)
    /// A step completed before an earlier one, without validering.
    case stepOutOfOrder(step: Int, missing: Int)
    /// A ladder without exactly steps 1–5.
    case ladderNeedsFiveSteps
    /// A title not in the title list.
    case unknownTitle(String)
    /// A title name another title has (ignoring case).
    case titleExists(String)
    /// A suppression threshold below 5 (the floor for anything across units) or above 100.
    case thresholdOutOfRange(Int)
    /// A plan item's cost outside 0–10 000 000 kronor.
    case costOutOfRange(Int)
    /// Text too long for the field.
    case tooLong(Field, max: Int)
    /// Text with control characters, escape sequences or bidi controls (or a line break
    /// in a one-line field); see `FreeText`.
    case invalidCharacters(Field)

    public var field: Field {
        switch self {
        case .required(let field), .notANumber(let field, _), .invalidDate(let field, _), .tooLong(let field, _),
             .invalidCharacters(let field): return field
        case .pointsOutOfRange: return .points
        case .yearOutOfRange: return .year
        case .unknownStep, .stepOutOfOrder: return .step
        case .ladderNeedsFiveSteps: return .step
        case .unknownTitle, .titleExists: return .title
        case .thresholdOutOfRange: return .threshold
        case .costOutOfRange: return .cost
        }
    }

    /// A Swedish sentence for CLI output and import reports.
    public var description: String {
        switch self {
        case .required(let field): return "\(field.rawValue) saknas"
        case .pointsOutOfRange(let value): return "poäng måste vara 0–5000 (fick \(value))"
        case .yearOutOfRange(let value): return "utbildningsår måste vara 1950–2100 (fick \(value))"
        case .notANumber(let field, let text): return "\(field.rawValue): ”\(text)” är inte ett tal"
        case .invalidDate(let field, let text): return "\(field.rawValue): ”\(text)” är inget giltigt datum (ÅÅÅÅ-MM-DD)"
        case .unknownStep(let step): return "steg \(step) finns inte i trappan"
        case .stepOutOfOrder(let step, let missing):
            return "steg \(step) kan inte vara klart före steg \(missing) (ange validering om det är validerat)"
        case .ladderNeedsFiveSteps: return "en trappa har exakt fem steg"
        case .unknownTitle(let title): return "okänd titel ”\(title)”"
        case .titleExists(let title): return "titeln ”\(title)” finns redan"
        case .thresholdOutOfRange(let value): return "gränsen måste vara 5–100 (fick \(value))"
        case .costOutOfRange(let value): return "kostnaden måste vara 0–10 000 000 kr (fick \(value))"
        case .tooLong(let field, let max): return "\(field.rawValue) får vara högst \(max) tecken"
        case .invalidCharacters(let field): return "\(field.rawValue) innehåller styrtecken som inte kan sparas"
        }
    }
}
