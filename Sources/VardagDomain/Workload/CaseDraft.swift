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
        let reference = Self.clean(self.reference)
        if reference.isEmpty { errors[.reference] = .required }
        else if reference.count > Self.referenceMax { errors[.reference] = .tooLong(max: Self.referenceMax) }
        else if Self.hasControl(reference) { errors[.reference] = .invalidCharacters }
        let note = Self.clean(self.note)
        if note.count > Self.noteMax { errors[.note] = .tooLong(max: Self.noteMax) }
        else if Self.hasControl(note) { errors[.note] = .invalidCharacters }
        var time = 0, difficulty = 0
        do { time = try Rating.parse(self.time).value } catch { errors[.time] = error }
        do { difficulty = try Rating.parse(self.difficulty).value } catch { errors[.difficulty] = error }
        guard errors.isEmpty else { throw WorkloadFailure(errors) }
        return Valid(reference: reference, caseType: caseType, note: note, time: time, difficulty: difficulty)
    }

    /// Trimmed and NFC-normalised.
    public static func clean(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
    }

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
