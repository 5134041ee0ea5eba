/// Why the dialogue tool refused a value. The UI turns these into Swedish or English text.
public enum DialogueError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Empty, or only whitespace.
    case required
    /// Longer than the limit in characters.
    case tooLong(max: Int)
    /// Contains control characters (other than line breaks and tabs in notes; see `FreeText`).
    case invalidCharacters
    /// Not a real `YYYY-MM-DD` date.
    case invalidDate
    /// Not a whole number in the allowed range.
    case numberOutOfRange(min: Int, max: Int)
    /// The referenced row does not exist.
    case unknownReference
    /// A slinga needs exactly two vägledare.
    case notExactlyTwoGuides
    /// The same vägledare chosen twice.
    case sameGuideTwice
    /// The vägledare works at the loop's own unit and would not be neutral.
    case guideWorksAtUnit
    /// The person is not in the vägledare pool.
    case notAGuide
    /// Already registered as a vägledare.
    case alreadyAGuide
    /// The meeting is not the next in the fixed order; `expected` is the next one (nil when all five are held).
    case outOfOrder(expected: TraffTyp?)
    /// The date lies before the previous meeting's date.
    case beforePreviousMeeting(LocalDate)
    /// The date lies after the next meeting's date (when an earlier meeting is corrected).
    case afterNextMeeting(LocalDate)
    /// The date lies after today: a meeting is logged once it has been held.
    case afterToday(LocalDate)
    /// Nobody of the groups the meeting is for took part (all their counts are 0).
    case nobodyAttended
    /// The asking group is not present at that meeting.
    case groupNotPresent
    /// A question cannot be answered at the meeting that asked it.
    case answerAtSameMeeting
    /// The answer must come at a later meeting than the question.
    case answerNotLater
    /// The answering meeting is not one where the asked group takes part.
    case answerWrongGroup
    /// The question already has an answer.
    case alreadyAnswered
    /// No later meeting can answer a question asked at the uppföljning.
    case noLaterMeeting
    /// Åtgärder come from the gemensam träff, which has not been held.
    case gemensamNotHeld
    /// The new theme is the same as the current one.
    case themeUnchanged
    /// Only the latest meeting of a slinga can be removed (the order must stay whole).
    case notLatestMeeting
    /// The gemensam träff has åtgärder; they are removed first.
    case meetingHasActions
    /// The question has no answer to correct or remove.
    case notAnswered
    /// A name (who is responsible) that looks like a personnummer.
    case personnummer
    /// A planned date before today: a plan is for a coming träff.
    case beforeToday(LocalDate)
    /// The person is not an active chef of the slinga's kommun.
    case notAChef
    /// The chef joins at the end of the gemensam träff only.
    case notGemensam
    /// A guide cannot leave the pool before she was trained.
    case beforeTraining(LocalDate)
    /// The guide has left the pool: she is not chosen for a new slinga.
    case guideLeftPool
    /// Not hours such as "7,5" from 0 to `max`.
    case invalidHours(max: Int)

    public var description: String {
        switch self {
        case .required: return "required"
        case .tooLong(let max): return "longer than \(max) characters"
        case .invalidCharacters: return "contains control characters"
        case .invalidDate: return "not a YYYY-MM-DD date"
        case .numberOutOfRange(let min, let max): return "not a whole number from \(min) to \(max)"
        case .unknownReference: return "does not exist"
        case .notExactlyTwoGuides: return "a slinga needs exactly two vägledare"
        case .sameGuideTwice: return "the same vägledare twice"
        case .guideWorksAtUnit: return "the vägledare works at the loop's own unit"
        case .notAGuide: return "not a registered vägledare"
        case .alreadyAGuide: return "already a registered vägledare"
        case .outOfOrder(let expected): return "out of order; next is \(expected?.rawValue ?? "none (all held)")"
        case .beforePreviousMeeting(let date): return "before the previous meeting (\(date))"
        case .afterNextMeeting(let date): return "after the next meeting (\(date))"
        case .afterToday(let today): return "after today (\(today)); log a meeting once it is held"
        case .nobodyAttended: return "nobody of the meeting's groups took part"
        case .groupNotPresent: return "the asking group is not present at that meeting"
        case .answerAtSameMeeting: return "answered at the same meeting that asked it"
        case .answerNotLater: return "the answer must come at a later meeting"
        case .answerWrongGroup: return "the asked group does not take part in that meeting"
        case .alreadyAnswered: return "already answered"
        case .noLaterMeeting: return "no later meeting can answer it"
        case .gemensamNotHeld: return "the gemensam träff has not been held"
        case .themeUnchanged: return "the theme is unchanged"
        case .notLatestMeeting: return "only the latest meeting can be removed"
        case .meetingHasActions: return "the meeting has actions; remove them first"
        case .notAnswered: return "the question has no answer"
        case .personnummer: return "looks like a personnummer"
        case .beforeToday(let today): return "before today (\(today)); plan a coming träff"
        case .notAChef: return "not an active chef of the slinga's kommun"
        case .notGemensam: return "the chef joins at the gemensam träff only"
        case .beforeTraining(let date): return "before her training (\(date))"
        case .guideLeftPool: return "the vägledare has left the pool"
        case .invalidHours(let max): return "not hours from 0 to \(max), such as 7,5"
        }
    }
}
