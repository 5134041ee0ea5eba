/// A staff import refused as a whole: nothing of it was stored. Lists every problem found,
/// each with its line (1 is the header; 0 for the whole file).
public struct StaffImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public init(problems: [ImportProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
