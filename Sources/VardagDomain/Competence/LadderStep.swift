/// One step of a kompetenstrappa: a named course package.
public struct LadderStep: Hashable, Sendable, Codable {
    /// 1 to 5.
    public var number: Int
    /// The short name, e.g. "Bemötande och värdegrund".
    public var name: String
    /// What the step covers.
    public var content: String
    /// The courses of the step.
    public var courses: [String]

    /// Makes a step.
    public init(number: Int, name: String, content: String, courses: [String]) {
        self.number = number
        self.name = name
        self.content = content
        self.courses = courses
    }

    /// The longest step name and course name, in characters.
    public static let maxNameLength = 100
    /// The longest description of what the step covers, in characters.
    public static let maxContentLength = 1000

    /// The step as it is stored, checked by `FreeText`'s rule: the name required and one
    /// line, the content multi-line, each course one line (empty courses dropped).
    /// - Returns: the step with its texts normalised.
    /// - Throws: `CompetenceError` (`.stepName`, `.content`, `.course`).
    public func validated() throws(CompetenceError) -> LadderStep {
        let name = try Self.check(name, field: .stepName, required: true, max: Self.maxNameLength, lines: .single)
        let content = try Self.check(content, field: .content, required: false, max: Self.maxContentLength, lines: .multiple)
        var cleanCourses: [String] = []
        for course in courses {
            let clean = try Self.check(course, field: .course, required: false, max: Self.maxNameLength, lines: .single)
            if !clean.isEmpty { cleanCourses.append(clean) }
        }
        return LadderStep(number: number, name: name, content: content, courses: cleanCourses)
    }

    private static func check(
        _ text: String, field: CompetenceError.Field, required: Bool, max: Int, lines: FreeText.Lines
    ) throws(CompetenceError) -> String {
        switch FreeText.check(text, required: required, max: max, lines: lines) {
        case .success(let clean): return clean
        case .failure(.required): throw .required(field)
        case .failure(.tooLong(let max)): throw .tooLong(field, max: max)
        case .failure(.controlCharacters): throw .invalidCharacters(field)
        }
    }
}
