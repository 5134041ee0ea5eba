/// A dialogue write refused by the rules, with one error per offending field.
///
/// Thrown by the store's dialogue writes; nothing has been stored when it is thrown.
public struct DialogueFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The errors, keyed by the field they belong to. Never empty.
    public let errors: [DialogueField: DialogueError]

    /// Makes a failure from field errors.
    /// - Parameter errors: the errors; should not be empty.
    public init(_ errors: [DialogueField: DialogueError]) {
        self.errors = errors
    }

    /// Throws a failure when there are errors.
    /// - Parameter errors: the collected field errors.
    /// - Throws: `DialogueFailure` when `errors` is not empty.
    public static func require(_ errors: [DialogueField: DialogueError]) throws(DialogueFailure) {
        if !errors.isEmpty { throw DialogueFailure(errors) }
    }

    public var description: String {
        let parts = errors
            .sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.key.rawValue): \($0.value)" }
        return "refused (" + parts.joined(separator: "; ") + ")"
    }
}
