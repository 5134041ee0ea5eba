/// What is known about one medarbetare's competence: uniform title, education,
/// certificate, completed ladder steps and wishes for development.
public struct CompetenceMapping: Hashable, Sendable {
    /// The medarbetare.
    public var medarbetareId: Int64
    /// The uniform title, or nil when not yet mapped.
    public var titleId: Int64?
    /// The kind of education.
    public var educationKind: EducationKind
    /// Upper-secondary points, 0–5000.
    public var points: Int
    /// The year the education was finished, if known.
    public var educationYear: Int?
    /// Whether the person holds Socialstyrelsen's certificate (undersköterskebevis).
    public var certificate: Bool
    /// Whether the person was employed as undersköterska on 2023-07-01 (the transition rule).
    public var employedOnProtectionDay: Bool
    /// Completed steps of the ladder of the person's area.
    public var completions: [StepCompletion]
    /// Wishes for development in the person's own words. Never about brukare.
    public var wishes: String

    public init(
        medarbetareId: Int64, titleId: Int64?, educationKind: EducationKind = .ingen, points: Int = 0,
        educationYear: Int? = nil, certificate: Bool = false, employedOnProtectionDay: Bool = false,
        completions: [StepCompletion] = [], wishes: String = ""
    ) {
        self.medarbetareId = medarbetareId
        self.titleId = titleId
        self.educationKind = educationKind
        self.points = points
        self.educationYear = educationYear
        self.certificate = certificate
        self.employedOnProtectionDay = employedOnProtectionDay
        self.completions = completions
        self.wishes = wishes
    }

    /// The completion of a step, if done.
    public func completion(of step: Int) -> StepCompletion? {
        completions.first { $0.step == step }
    }

    /// Checks the field rules: points 0–5000, year 1950–2100, wishes at most 500 characters
    /// of multi-line free text without control characters (`FreeText`), step order.
    /// - Throws: the first `CompetenceError` found.
    public func validate() throws(CompetenceError) {
        guard (0...5000).contains(points) else { throw .pointsOutOfRange(points) }
        if let educationYear, !(1950...2100).contains(educationYear) { throw .yearOutOfRange(educationYear) }
        guard wishes.count <= 500 else { throw .tooLong(.course, max: 500) }
        if FreeText.hasForbiddenCharacters(wishes, lines: .multiple) { throw .invalidCharacters(.wishes) }
        try StepOrder.validate(completions)
    }
}
