/// One reason an import was refused: the file line (1 is the header) and what is wrong.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// The line in the file; 0 when the problem concerns the whole file.
    public var line: Int
    /// The reason, in Swedish.
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { line > 0 ? "rad \(line): \(reason)" : reason }
}
