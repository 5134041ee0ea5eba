/// An import refused as a whole: nothing of it was stored. Lists every problem found.
public struct CompetenceImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public init(problems: [ImportProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
