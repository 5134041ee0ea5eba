/// What is wrong with one value of a Fyrfältaren form; the UI turns it into text next to the field.
public enum WorkloadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Empty, or only whitespace.
    case required
    /// Longer than the limit in characters.
    case tooLong(max: Int)
    /// Contains control characters.
    case invalidCharacters
    /// A rating that is not a whole number from 1 to 5.
    case ratingOutOfRange(String)
    /// Not a real `YYYY-MM-DD` date.
    case invalidDate(String)
    /// Not a `YYYY-Www` or `YYYY-MM` period.
    case invalidPeriod(String)
    /// A period after the next one (ratings are for now, not for later).
    case periodTooFarAhead(latest: String)
    /// A colleague who is not an active member of the same team.
    case notInTeam
    /// The person, case or team does not exist.
    case unknownReference
    /// Minutes that are not a whole number from 0 to 1440 (or slots 0–144).
    case minutesOutOfRange(String)
    /// A day whose categories add up to more than 24 hours.
    case dayTooLong(minutes: Int)
    /// A "kan vänta" decision without a review date, or one before the decision.
    case reviewDateRequired
    /// A case that already has a rating in that period.
    case duplicate
    /// A day after today (given as ISO date), where only today or earlier makes sense.
    case afterToday(String)
    /// A day before today (given as ISO date), where only today or later makes sense.
    case beforeToday(String)
    /// The end of a range before its start (given as ISO date).
    case rangeReversed(from: String)
    /// A case reference that looks like a personnummer: a reference is a pseudonym, so
    /// this is refused outright (free text only gets a warning).
    case personnummerInReference
    /// A case reference that reads as a person's name ("Anna Berg"): a brukare is never
    /// named, so this is refused too; a case number or code is asked for instead.
    case personNameInReference

    public var description: String {
        switch self {
        case .required: return "required"
        case .tooLong(let max): return "longer than \(max) characters"
        case .invalidCharacters: return "contains control characters"
        case .ratingOutOfRange(let text): return "rating '\(text)' is not 1-5"
        case .invalidDate(let text): return "'\(text)' is not a date"
        case .invalidPeriod(let text): return "'\(text)' is not a period"
        case .periodTooFarAhead(let latest): return "later than \(latest)"
        case .notInTeam: return "not in the same team"
        case .unknownReference: return "does not exist"
        case .minutesOutOfRange(let text): return "minutes '\(text)' are not 0-1440"
        case .dayTooLong(let minutes): return "\(minutes) minutes is more than a day"
        case .reviewDateRequired: return "review date required"
        case .duplicate: return "already rated in this period"
        case .afterToday(let today): return "after today (\(today))"
        case .beforeToday(let today): return "before today (\(today))"
        case .rangeReversed(let from): return "before the start \(from)"
        case .personnummerInReference: return "looks like a personnummer; a case reference is a pseudonym"
        case .personNameInReference: return "looks like a person's name; use a case number or code"
        }
    }
}
