/// The validation rules of the register, as pure functions returning errors keyed by field.
///
/// The store runs the same rules inside its write transactions; the UI may run them
/// while the user types. An empty result means valid.
public enum RegisterValidation {
    /// Checks a name: required after trimming, at most `maxLength` characters, no control
    /// characters, and unique among its siblings ignoring case.
    /// - Parameters:
    ///   - name: the name as typed.
    ///   - siblingNames: names of the other items under the same parent (exclude the item itself when renaming).
    ///   - maxLength: the length limit.
    /// - Returns: the error, or nil when the name is valid.
    public static func checkName(
        _ name: String, siblingNames: [String] = [], maxLength: Int = RegisterName.maxLength
    ) -> ValidationError? {
        if let error = checkText(name, maxLength: maxLength) { return error }
        let key = RegisterName.uniquenessKey(name)
        if siblingNames.contains(where: { RegisterName.uniquenessKey($0) == key }) {
            return .duplicate
        }
        return nil
    }

    /// Checks required free text (a name or title): not empty after trimming, not too long, no
    /// control characters, escape sequences, bidi controls or line breaks (`FreeText`'s
    /// single-line rule), and no personnummer (a name is shown and exported everywhere).
    /// - Parameters:
    ///   - text: the text as typed.
    ///   - maxLength: the length limit.
    /// - Returns: the error, or nil when valid.
    public static func checkText(_ text: String, maxLength: Int = RegisterName.maxLength) -> ValidationError? {
        switch FreeText.check(text, required: true, max: maxLength) {
        case .success(let clean): return PersonnummerDetector.containsPersonnummer(clean) ? .personnummer : nil
        case .failure(.required): return .required
        case .failure(.tooLong(let max)): return .tooLong(max: max)
        case .failure(.controlCharacters): return .invalidCharacters
        }
    }

    /// Checks and parses a date typed as `YYYY-MM-DD` (surrounding whitespace is ignored).
    /// - Parameter text: the text as typed.
    /// - Returns: the date, or the field error.
    public static func checkDate(_ text: String) -> Result<LocalDate, ValidationError> {
        let trimmed = RegisterName.normalize(text)
        if trimmed.isEmpty { return .failure(.required) }
        do {
            return .success(try LocalDate.parse(trimmed))
        } catch {
            return .failure(.invalidDate(error))
        }
    }

    /// Validates a kommun name.
    /// - Parameters:
    ///   - name: the name as typed.
    ///   - otherKommunNames: names of all other kommuner.
    /// - Returns: field errors; empty when valid.
    public static func validateKommun(name: String, otherKommunNames: [String]) -> [RegisterField: ValidationError] {
        fields([.name: checkName(name, siblingNames: otherKommunNames)])
    }

    /// Validates an enhet name.
    /// - Parameters:
    ///   - name: the name as typed.
    ///   - siblingNames: names of the other enheter in the same kommun.
    /// - Returns: field errors; empty when valid.
    public static func validateEnhet(name: String, siblingNames: [String]) -> [RegisterField: ValidationError] {
        fields([.name: checkName(name, siblingNames: siblingNames)])
    }

    /// Validates a team name.
    /// - Parameters:
    ///   - name: the name as typed.
    ///   - siblingNames: names of the other teams in the same enhet.
    /// - Returns: field errors; empty when valid.
    public static func validateTeam(name: String, siblingNames: [String]) -> [RegisterField: ValidationError] {
        fields([.name: checkName(name, siblingNames: siblingNames)])
    }

    /// Validates a staff member's form. Names need not be unique (people share names).
    /// - Parameter draft: the form values.
    /// - Returns: field errors; empty when valid.
    public static func validateMedarbetare(_ draft: MedarbetareDraft) -> [RegisterField: ValidationError] {
        var errors = fields([.name: checkName(draft.name), .title: checkText(draft.title)])
        if case .failure(let error) = checkDate(draft.startDate) {
            errors[.startDate] = error
        }
        return errors
    }

    private static func fields(_ candidates: [RegisterField: ValidationError?]) -> [RegisterField: ValidationError] {
        candidates.compactMapValues { $0 }
    }
}
