/// A Skuggning write refused by the rules, one problem per field; nothing was stored.
public struct ShadowingValidationFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, by field. Never empty when thrown.
    public let problems: [ShadowingField: ShadowingProblem]

    public init(_ problems: [ShadowingField: ShadowingProblem]) {
        self.problems = problems
    }

    public var description: String {
        "validation failed (" + problems.map { "\($0.key): \($0.value)" }.sorted().joined(separator: "; ") + ")"
    }
}
