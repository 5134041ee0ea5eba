/// Staff figures refused: every problem found.
public struct StaffFigureFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [StaffFigureProblem]

    public init(problems: [StaffFigureProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "; ") }
}
