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
}
