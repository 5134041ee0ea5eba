import Foundation

/// A case as typed in the form: pseudonymous reference, optional type, note and ratings.
public struct CaseDraft: Hashable, Sendable {
    /// The longest reference.
    public static let referenceMax = 40
    /// The longest note.
    public static let noteMax = 200

    public var reference: String
    public var caseType: CaseType?
    public var note: String
    public var time: String
    public var difficulty: String

    public init(reference: String, caseType: CaseType? = nil, note: String = "", time: String, difficulty: String) {
        self.reference = reference
        self.caseType = caseType
        self.note = note
        self.time = time
        self.difficulty = difficulty
    }

    /// The checked values.
    public struct Valid: Hashable, Sendable {
        public var reference: String
        public var caseType: CaseType?
        public var note: String
        public var time: Int
        public var difficulty: Int
    }

    /// Checks every field and collects all errors at once.
    /// - Returns: the trimmed, NFC-normalised values.
    /// - Throws: `WorkloadFailure` with one error per bad field.
    public func validate() throws(WorkloadFailure) -> Valid {
        var errors: [WorkloadInput: WorkloadError] = [:]
        var reference = "", note = ""
        switch Self.checkText(self.reference, required: true, max: Self.referenceMax) {
        case .success(let text):
            reference = text
            // A pseudonym by definition: never a person's identity number, not even after a second Enter.
            if PersonnummerDetector.containsPersonnummer(text) {
                errors[.reference] = .personnummerInReference
            } else if SwedishFirstNames.looksLikePersonName(text) {
                errors[.reference] = .personNameInReference
            }
        case .failure(let error): errors[.reference] = error
        }
        switch Self.checkText(self.note, required: false, max: Self.noteMax) {
        case .success(let text): note = text
        case .failure(let error): errors[.note] = error
        }
        var time = 0, difficulty = 0
        do { time = try Rating.parse(self.time).value } catch { errors[.time] = error }
        do { difficulty = try Rating.parse(self.difficulty).value } catch { errors[.difficulty] = error }
        guard errors.isEmpty else { throw WorkloadFailure(errors) }
        return Valid(reference: reference, caseType: caseType, note: note, time: time, difficulty: difficulty)
    }

    /// Checks a decision's note by the same rule as a case note: optional, at most
    /// `noteMax` characters, one line, no control characters.
    /// - Parameter text: the note as typed.
    /// - Returns: the note to store.
    /// - Throws: `WorkloadFailure` at `.note`.
    public static func checkNote(_ text: String) throws(WorkloadFailure) -> String {
        switch checkText(text, required: false, max: noteMax) {
        case .success(let note): return note
        case .failure(let error): throw WorkloadFailure(.note, error)
        }
    }

    /// One line of free text by `FreeText`'s rule, as a workload error.
    static func checkText(_ text: String, required: Bool, max: Int) -> Result<String, WorkloadError> {
        FreeText.check(text, required: required, max: max).mapError { problem in
            switch problem {
            case .required: return .required
            case .tooLong(let max): return .tooLong(max: max)
            case .controlCharacters: return .invalidCharacters
            }
        }
    }
}
