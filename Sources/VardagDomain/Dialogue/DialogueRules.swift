import Foundation

/// The rules of Delaktighetsmodellen as pure functions: guide eligibility, the fixed meeting
/// order, the relay-question lifecycle, overdue actions, targets and warnings.
///
/// The store calls these inside its write transactions with facts read from the database,
/// so the rules are tested here without SQLite and kept in one place.
public enum DialogueRules {
    /// The longest a slinga should run, from brukarträff 1 to the gemensam träff, before it is flagged.
    public static let longestRunDays = 42
    /// Limits on free text.
    public static let maxThemeLength = 120
    public static let maxTextLength = 500
    public static let maxNameLength = 100
    /// The most people a meeting count can record.
    public static let maxCount = 200

    // MARK: Guides

    /// Checks the two vägledare of a slinga or a meeting.
    /// - Parameters:
    ///   - guides: the chosen guides' medarbetare ids, in order; nil for an empty choice.
    ///   - unitId: the loop's own enhet.
    ///   - guideUnits: every registered vägledare's home enhet, by medarbetare id.
    /// - Returns: errors by field (`.guide1`, `.guide2`); empty when the choice is fine.
    public static func checkGuides(
        _ guides: [Int64?], unitId: Int64, guideUnits: [Int64: Int64]
    ) -> [DialogueField: DialogueError] {
        var errors: [DialogueField: DialogueError] = [:]
        guard guides.count == 2 else {
            errors[.guide1] = .notExactlyTwoGuides
            return errors
        }
        for (field, guide) in zip([DialogueField.guide1, .guide2], guides) {
            guard let guide else { errors[field] = .required; continue }
            guard let home = guideUnits[guide] else { errors[field] = .notAGuide; continue }
            if home == unitId { errors[field] = .guideWorksAtUnit }
        }
        if errors[.guide2] == nil, let first = guides[0], first == guides[1] {
            errors[.guide2] = .sameGuideTwice
        }
        return errors
    }

    /// Whether a guide's time was bought: she comes from another kommun than the loop's.
    /// - Parameters:
    ///   - guideKommunId: the guide's home kommun.
    ///   - loopKommunId: the kommun of the loop's unit.
    /// - Returns: true for a köpt vägledartjänst.
    public static func isBought(guideKommunId: Int64, loopKommunId: Int64) -> Bool {
        guideKommunId != loopKommunId
    }

    // MARK: Meeting order

    /// The meeting to log next.
    /// - Parameter held: the meetings already logged (any order).
    /// - Returns: the next in the fixed order, or nil when all five are held.
    public static func nextMeeting(after held: [TraffTyp]) -> TraffTyp? {
        guard let last = held.max() else { return .brukartraff1 }
        return last.next
    }

    /// Checks a meeting about to be logged against those already held.
    /// - Parameters:
    ///   - kind: the meeting.
    ///   - date: its date.
    ///   - held: the meetings already logged.
    ///   - today: today's date; a meeting is logged once held, so never after it.
    /// - Returns: errors by field (`.meeting` for the order, `.date` for the date).
    public static func checkMeeting(kind: TraffTyp, date: LocalDate, held: [MeetingFacts], today: LocalDate) -> [DialogueField: DialogueError] {
        let expected = nextMeeting(after: held.map(\.kind))
        if kind != expected { return [.meeting: .outOfOrder(expected: expected)] }
        return checkMeetingDate(date, kind: kind, held: held, today: today)
    }

    /// Checks a meeting's date against its neighbours in the fixed order and today.
    /// - Parameters:
    ///   - date: the date.
    ///   - kind: the meeting.
    ///   - held: the slinga's other meetings (the meeting itself may be among them; it is skipped).
    ///   - today: today's date.
    /// - Returns: `.date` errors: after today, before the previous meeting, or after the next one.
    public static func checkMeetingDate(_ date: LocalDate, kind: TraffTyp, held: [MeetingFacts], today: LocalDate) -> [DialogueField: DialogueError] {
        if date > today { return [.date: .afterToday(today)] }
        if let previous = held.filter({ $0.kind < kind }).max(by: { $0.kind < $1.kind }), date < previous.date {
            return [.date: .beforePreviousMeeting(previous.date)]
        }
        if let following = held.filter({ $0.kind > kind }).min(by: { $0.kind < $1.kind }), date > following.date {
            return [.date: .afterNextMeeting(following.date)]
        }
        return [:]
    }

    /// Checks that someone took part: the counts of the groups a meeting is for may not
    /// all be 0 (a brukarträff needs brukare, a personalträff staff, a joint meeting either).
    /// - Parameters:
    ///   - kind: the meeting.
    ///   - brukare: the brukare count.
    ///   - staff: the staff count.
    /// - Returns: `.nobodyAttended` at the count field(s) of the groups present; empty when fine.
    public static func checkAttendance(kind: TraffTyp, brukare: Int, staff: Int) -> [DialogueField: DialogueError] {
        let groups = kind.groupsPresent
        let present = (groups.contains(.brukare) ? brukare : 0) + (groups.contains(.personal) ? staff : 0)
        guard present == 0 else { return [:] }
        var errors: [DialogueField: DialogueError] = [:]
        if groups.contains(.brukare) { errors[.brukareCount] = .nobodyAttended }
        if groups.contains(.personal) { errors[.staffCount] = .nobodyAttended }
        return errors
    }

    /// Checks a count of participants.
    /// - Parameter text: the count as typed.
    /// - Returns: the number, or the error.
    public static func parseCount(_ text: String) -> Result<Int, DialogueError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(.required) }
        guard let value = Int(trimmed), (0...maxCount).contains(value) else {
            return .failure(.numberOutOfRange(min: 0, max: maxCount))
        }
        return .success(value)
    }

    /// Parses a `YYYY-MM-DD` date typed into a form.
    /// - Parameter text: the text.
    /// - Returns: the date, or the error.
    public static func parseDate(_ text: String) -> Result<LocalDate, DialogueError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(.required) }
        do { return .success(try LocalDate.parse(trimmed)) } catch { return .failure(.invalidDate) }
    }

    /// Checks a free-text field by `FreeText`'s rule.
    /// - Parameters:
    ///   - text: the text as typed.
    ///   - required: whether empty is refused.
    ///   - max: the longest allowed, in characters.
    ///   - multiline: whether line breaks and tabs are allowed (notes).
    /// - Returns: the trimmed, NFC-normalised text, or the error.
    public static func checkText(_ text: String, required: Bool, max: Int, multiline: Bool = false) -> Result<String, DialogueError> {
        FreeText.check(text, required: required, max: max, lines: multiline ? .multiple : .single).mapError { problem in
            switch problem {
            case .required: return .required
            case .tooLong(let max): return .tooLong(max: max)
            case .controlCharacters: return .invalidCharacters
            }
        }
    }

    /// Checks a name (who is responsible): `checkText`'s rule, one line, required, and no
    /// personnummer.
    /// - Parameters:
    ///   - text: the name as typed.
    ///   - max: the longest allowed, in characters.
    /// - Returns: the trimmed, NFC-normalised name, or the error.
    public static func checkName(_ text: String, max: Int) -> Result<String, DialogueError> {
        checkText(text, required: true, max: max).flatMap { name in
            PersonnummerDetector.containsPersonnummer(name) ? .failure(.personnummer) : .success(name)
        }
    }

    // MARK: Relay questions

    /// Checks that a group can ask a relay question at a meeting.
    /// - Parameters:
    ///   - from: the asking group.
    ///   - at: the meeting.
    /// - Returns: the error, or nil.
    public static func checkAsk(from: DialogueGroup, at kind: TraffTyp) -> DialogueError? {
        if !kind.groupsPresent.contains(from) { return .groupNotPresent }
        if !TraffTyp.allCases.contains(where: { $0 > kind && $0.groupsPresent.contains(from.other) }) {
            return .noLaterMeeting
        }
        return nil
    }

    /// Checks an answer to a relay question.
    /// - Parameters:
    ///   - to: the group the question was put to.
    ///   - asked: the meeting that asked it.
    ///   - answering: the meeting the answer is logged at.
    ///   - alreadyAnswered: whether the question has an answer.
    /// - Returns: the error, or nil.
    public static func checkAnswer(
        to: DialogueGroup, asked: MeetingFacts, answering: MeetingFacts, alreadyAnswered: Bool
    ) -> DialogueError? {
        if alreadyAnswered { return .alreadyAnswered }
        if asked.id == answering.id { return .answerAtSameMeeting }
        if answering.kind <= asked.kind { return .answerNotLater }
        if !answering.kind.groupsPresent.contains(to) { return .answerWrongGroup }
        return nil
    }

    /// Parses an optional participation level on Shier's ladder (1 to 5).
    /// - Parameter text: the level as typed; empty means none.
    /// - Returns: the level or nil, or the error.
    public static func parseLevel(_ text: String) -> Result<Int?, DialogueError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .success(nil) }
        guard let value = Int(trimmed), (1...5).contains(value) else { return .failure(.numberOutOfRange(min: 1, max: 5)) }
        return .success(value)
    }

    // MARK: Actions and targets

    /// Whether an action is overdue: past its date and not done.
    /// - Parameters:
    ///   - due: the date it should be done by.
    ///   - status: its status.
    ///   - today: today's date.
    /// - Returns: true when overdue.
    public static func isOverdue(due: LocalDate, status: ActionStatus, today: LocalDate) -> Bool {
        status != .klar && due < today
    }

    /// How many slingor a unit should have started by a day, pro rata over the year.
    /// - Parameters:
    ///   - target: the yearly target.
    ///   - year: the target's year.
    ///   - today: today's date.
    /// - Returns: the whole target for a past year, 0 for a future one, otherwise
    ///   `target × elapsed days / days in year`, rounded down.
    public static func expectedByNow(target: Int, year: Int, today: LocalDate) -> Int {
        if today.year > year { return target }
        if today.year < year { return 0 }
        let first = (try? LocalDate(year: year, month: 1, day: 1)) ?? today
        let days = LocalDate.isLeapYear(year) ? 366 : 365
        return target * (first.days(to: today) + 1) / days
    }

    // MARK: Warnings

    /// The warnings for one slinga.
    /// - Parameters:
    ///   - meetings: the meetings held.
    ///   - staffGroupSize: how many staff were registered for the slinga.
    ///   - today: today's date.
    /// - Returns: the warnings, in a stable order.
    public static func warnings(meetings: [MeetingFacts], staffGroupSize: Int, today: LocalDate) -> [DialogueWarning] {
        var result: [DialogueWarning] = []
        let ordered = meetings.sorted { $0.kind < $1.kind }
        if let first = ordered.first(where: { $0.kind == .brukartraff1 }) {
            let end = ordered.first(where: { $0.kind == .gemensam })?.date ?? today
            let days = first.date.days(to: end)
            if days > longestRunDays { result.append(.runningLong(days: days)) }
        }
        var previous = staffGroupSize > 0 ? staffGroupSize : nil
        for meeting in ordered where meeting.kind.groupsPresent.contains(.personal) {
            if let previous, previous != meeting.staffCount {
                result.append(.staffChanged(at: meeting.kind, from: previous, to: meeting.staffCount))
            }
            previous = meeting.staffCount
        }
        return result
    }

    /// The target warning for a unit, when it is behind.
    /// - Parameters:
    ///   - target: the unit's target for the year, if set.
    ///   - started: slingor started (brukarträff 1 held) in that year.
    ///   - year: the year.
    ///   - today: today's date.
    /// - Returns: `.behindTarget` or nil.
    public static func targetWarning(target: Int?, started: Int, year: Int, today: LocalDate) -> DialogueWarning? {
        guard let target, target > 0 else { return nil }
        let expected = expectedByNow(target: target, year: year, today: today)
        return started < expected ? .behindTarget(started: started, expected: expected, target: target) : nil
    }
}
