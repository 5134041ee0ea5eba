/// A register write refused by the validation rules, with one error per offending field.
///
/// Thrown by the store's register writes; nothing has been stored when it is thrown.
public struct ValidationFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The errors, keyed by the field they belong to. Never empty.
    public let errors: [RegisterField: ValidationError]

    /// Makes a failure from field errors.
    /// - Parameter errors: the errors; should not be empty.
    public init(_ errors: [RegisterField: ValidationError]) {
        self.errors = errors
    }

    public var description: String {
        let parts = errors
            .sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.key.rawValue): \($0.value)" }
        return "validation failed (" + parts.joined(separator: "; ") + ")"
    }
}
