/// A uniform job title (titulatur) with its education requirements.
///
/// Titles are the same in every unit and kommun, so a title says what education the
/// holder has: the point of Fyrbodal's model is that recruiting and placing staff gets easier.
public struct CompetenceTitle: Hashable, Sendable, Identifiable, Codable {
    /// The database id.
    public var id: Int64
    /// The title, e.g. "Undersköterska".
    public var name: String
    /// The least education the title requires.
    public var educationKind: EducationKind
    /// Upper-secondary points required when `educationKind` is gymnasial (e.g. 1500), 0 otherwise.
    public var points: Int
    /// Whether a certificate (Socialstyrelsen's bevis) is required.
    public var certificateRequired: Bool
    /// Whether the title is protected by law (undersköterska since 2023-07-01), so the
    /// certificate is needed to use the title at all, with the transition rule.
    public var protected: Bool
    /// False for a retired title: kept, with its requirements, for the people who hold it
    /// and for history, but no longer offered for a mapping.
    public var active: Bool

    /// Makes a title.
    /// - Parameters:
    ///   - id: the database id.
    ///   - name: the title.
    ///   - educationKind: the education kind required.
    ///   - points: points required (0–5000).
    ///   - certificateRequired: whether a certificate is needed.
    ///   - protected: whether the title is protected.
    ///   - active: false for a retired title.
    public init(id: Int64, name: String, educationKind: EducationKind, points: Int, certificateRequired: Bool, protected: Bool,
                active: Bool = true) {
        self.active = active
        self.id = id
        self.name = name
        self.educationKind = educationKind
        self.points = points
        self.certificateRequired = certificateRequired
        self.protected = protected
    }

    /// Checks a title's name as typed (already normalised): 1–100 characters, one line
    /// without control characters, and not another title's name ignoring case.
    /// - Parameters:
    ///   - name: the name, trimmed and NFC-normalised.
    ///   - otherNames: the other titles' names (retired ones too: a name stays taken).
    /// - Throws: `CompetenceError`.
    public static func validateName(_ name: String, otherNames: [String]) throws(CompetenceError) {
        if name.isEmpty { throw .required(.title) }
        if name.count > 100 { throw .tooLong(.title, max: 100) }
        if FreeText.hasForbiddenCharacters(name) || name.contains(where: \.isNewline) { throw .invalidCharacters(.title) }
        let key = RegisterName.uniquenessKey(name)
        if otherNames.contains(where: { RegisterName.uniquenessKey($0) == key }) { throw .titleExists(name) }
    }
}
