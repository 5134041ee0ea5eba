/// A kompetenstrappa: the course package of exactly five steps that everyone in one
/// verksamhetsområde follows.
public struct Ladder: Hashable, Sendable {
    /// The number of steps every ladder has.
    public static let stepCount = 5

    /// The area the ladder belongs to.
    public var omrade: Verksamhetsomrade
    /// Steps 1 to 5 in order.
    public private(set) var steps: [LadderStep]

    /// Makes a ladder, checking that it has exactly steps 1 to 5, each named.
    /// - Parameters:
    ///   - omrade: the area.
    ///   - steps: the steps in any order.
    /// - Throws: `CompetenceError.ladderNeedsFiveSteps` or `.required(.stepName)`.
    public init(omrade: Verksamhetsomrade, steps: [LadderStep]) throws(CompetenceError) {
        let sorted = steps.sorted { $0.number < $1.number }
        guard sorted.map(\.number) == Array(1...Ladder.stepCount) else { throw .ladderNeedsFiveSteps }
        for step in sorted where step.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .required(.stepName)
        }
        self.omrade = omrade
        self.steps = sorted
    }

    /// The step with a number, or nil outside 1–5.
    public func step(_ number: Int) -> LadderStep? {
        (1...Ladder.stepCount).contains(number) ? steps[number - 1] : nil
    }
}
