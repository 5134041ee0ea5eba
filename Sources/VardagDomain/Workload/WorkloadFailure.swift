/// A Fyrfältaren write refused by the rules, with one error per offending field; nothing was stored.
public struct WorkloadFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The errors by field. Never empty.
    public let errors: [WorkloadInput: WorkloadError]

    public init(_ errors: [WorkloadInput: WorkloadError]) {
        self.errors = errors
    }

    /// A failure with one field error.
    public init(_ field: WorkloadInput, _ error: WorkloadError) {
        self.errors = [field: error]
    }

    public var description: String {
        "workload input refused (" + errors.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.key.rawValue): \($0.value)" }.joined(separator: "; ") + ")"
    }
}
