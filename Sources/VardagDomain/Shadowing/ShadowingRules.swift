import Foundation

/// The rules of the Skuggning tool, as pure functions the store applies inside its
/// transactions and the forms apply while typing.
public enum ShadowingRules {
    /// The fewest and most participants the project plans for (the seed's "8–16 individer").
    public static let participantRange = 8...16
    /// Allowed minutes for one observed task.
    public static let minutesRange = 1...600
    /// The longest lärdomar text, in characters.
    public static let maxLessonsLength = 2000
    /// The longest name, statement or task name, in characters.
    public static let maxNameLength = 100
    public static let maxStatementLength = 300
    /// The longest note or conclusion on a hypothesis, in characters.
    public static let maxNoteLength = 1000

    /// Parses minutes typed into a field.
    /// - Parameter text: the text, e.g. "45".
    /// - Returns: the minutes, or nil unless a whole number 1–600.
    public static func minutes(_ text: String) -> Int? {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)), minutesRange.contains(value) else { return nil }
        return value
    }

    /// A warning when a team's size is outside 8–16 (allowed, but the project plans for that range).
    /// - Parameter participants: the number of active participants.
    /// - Returns: true when the size is outside the range.
    public static func sizeNeedsWarning(_ participants: Int) -> Bool {
        !participantRange.contains(participants)
    }

    /// Checks a day entry against the team's period, members and the catalogue.
    /// - Parameters:
    ///   - draft: the entry as typed.
    ///   - period: the team's start and end dates.
    ///   - members: ids of the team's participants who may be logged.
    ///   - taskIds: ids of the catalogue's tasks.
    ///   - hostStaff: ids of the host team's staff; a named shadowed person must be one of them
    ///     (refused at `.role` with `.notInTeam`).
    /// - Returns: the parsed date, the minutes per task line and the lessons as they are stored
    ///   (multi-line free text by `FreeText`'s rule) when valid.
    /// - Throws: `ShadowingValidationFailure` with every problem found.
    public static func validate(
        _ draft: DayEntryDraft, period: ClosedRange<LocalDate>, members: Set<Int64>, taskIds: Set<Int64>,
        hostStaff: Set<Int64> = []
    ) throws(ShadowingValidationFailure) -> (date: LocalDate, minutes: [Int], lessons: String) {
        var problems: [ShadowingField: ShadowingProblem] = [:]
        if let staff = draft.staffId, !hostStaff.contains(staff) { problems[.role] = .notInTeam }
        var date: LocalDate?
        if draft.date.trimmingCharacters(in: .whitespaces).isEmpty {
            problems[.date] = .required
        } else if let parsed = try? LocalDate.parse(draft.date.trimmingCharacters(in: .whitespaces)) {
            if period.contains(parsed) { date = parsed } else {
                problems[.date] = .outsidePeriod(start: period.lowerBound, end: period.upperBound)
            }
        } else {
            problems[.date] = .invalidDate
        }
        if let participant = draft.participantId {
            if !members.contains(participant) { problems[.participant] = .notInTeam }
        } else {
            problems[.participant] = .required
        }
        var minutes: [Int] = []
        for (i, line) in draft.tasks.enumerated() {
            if let id = line.taskId {
                if !taskIds.contains(id) { problems[.task(i)] = .unknownReference }
            } else {
                problems[.task(i)] = .required
            }
            if let m = Self.minutes(line.minutes) { minutes.append(m) } else { problems[.minutes(i)] = .minutesOutOfRange }
        }
        var lessons = ""
        do { lessons = try checkText(draft.lessons, field: .lessons, required: false, max: maxLessonsLength, lines: .multiple) } catch {
            problems.merge(error.problems) { first, _ in first }
        }
        guard problems.isEmpty, let date else { throw ShadowingValidationFailure(problems) }
        return (date, minutes, lessons)
    }

    /// Why a participant's day cannot be logged, known before anything is typed: the day
    /// lies outside the team's period, or after the day she left. The entry form asks this
    /// when it opens and while its date is typed, so a day is refused before the work of
    /// filling it in (the store applies the same rule at save).
    /// - Parameters:
    ///   - date: the day.
    ///   - period: the team's start and end dates.
    ///   - participant: the participant.
    /// - Returns: the problem (`.outsidePeriod` or `.leftOn`), or nil when the day can be logged.
    public static func dayProblem(on date: LocalDate, period: ClosedRange<LocalDate>, participant: ShadowingParticipant) -> ShadowingProblem? {
        if !period.contains(date) { return .outsidePeriod(start: period.lowerBound, end: period.upperBound) }
        if let left = participant.path.left, left.date < date { return .leftOn(left.date) }
        return nil
    }

    /// Checks a team's period.
    /// - Returns: the parsed start and end.
    /// - Throws: `ShadowingValidationFailure` (`.startDate`, `.endDate`).
    public static func validatePeriod(start: String, end: String) throws(ShadowingValidationFailure) -> ClosedRange<LocalDate> {
        var problems: [ShadowingField: ShadowingProblem] = [:]
        let s = try? LocalDate.parse(start.trimmingCharacters(in: .whitespaces))
        let e = try? LocalDate.parse(end.trimmingCharacters(in: .whitespaces))
        if s == nil { problems[.startDate] = start.isEmpty ? .required : .invalidDate }
        if e == nil { problems[.endDate] = end.isEmpty ? .required : .invalidDate }
        if let s, let e, e < s { problems[.endDate] = .endBeforeStart }
        guard problems.isEmpty, let s, let e else { throw ShadowingValidationFailure(problems) }
        return s...e
    }

    /// Checks a name-like text: required, at most `max` characters, one line, no control
    /// characters (`FreeText`'s rule), and no personnummer.
    /// - Returns: the trimmed, NFC-normalised text.
    public static func validateText(_ text: String, field: ShadowingField, max: Int) throws(ShadowingValidationFailure) -> String {
        let cleaned = try checkText(text, field: field, required: true, max: max, lines: .single)
        if PersonnummerDetector.containsPersonnummer(cleaned) { throw ShadowingValidationFailure([field: .personnummer]) }
        return cleaned
    }

    /// Checks a note on a hypothesis: required, one line, at most `maxNoteLength`, no personnummer.
    /// - Returns: the trimmed, NFC-normalised note.
    public static func validateNote(_ text: String) throws(ShadowingValidationFailure) -> String {
        try validateText(text, field: .note, max: maxNoteLength)
    }

    /// Checks the conclusion for a hypothesis given `status`: a closed status (bekräftad,
    /// förkastad) needs one, by the note's rule; an open status has none.
    /// - Returns: the cleaned conclusion, or nil for an open status (whatever was typed).
    public static func validateConclusion(_ text: String, status: HypothesisStatus) throws(ShadowingValidationFailure) -> String? {
        guard !status.isOpen else { return nil }
        return try validateText(text, field: .conclusion, max: maxNoteLength)
    }

    /// Free text by `FreeText`'s rule, refused as a Skuggning problem at `field`.
    static func checkText(
        _ text: String, field: ShadowingField, required: Bool, max: Int, lines: FreeText.Lines
    ) throws(ShadowingValidationFailure) -> String {
        switch FreeText.check(text, required: required, max: max, lines: lines) {
        case .success(let cleaned): return cleaned
        case .failure(.required): throw ShadowingValidationFailure([field: .required])
        case .failure(.tooLong(let max)): throw ShadowingValidationFailure([field: .tooLong(max: max)])
        case .failure(.controlCharacters): throw ShadowingValidationFailure([field: .invalidCharacters])
        }
    }
}
