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

    /// Makes a title.
    /// - Parameters:
    ///   - id: the database id.
    ///   - name: the title.
    ///   - educationKind: the education kind required.
    ///   - points: points required (0–5000).
    ///   - certificateRequired: whether a certificate is needed.
    ///   - protected: whether the title is protected.
    public init(id: Int64, name: String, educationKind: EducationKind, points: Int, certificateRequired: Bool, protected: Bool) {
        self.id = id
        self.name = name
        self.educationKind = educationKind
        self.points = points
        self.certificateRequired = certificateRequired
        self.protected = protected
    }
}
