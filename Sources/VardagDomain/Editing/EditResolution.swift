/// How a person settled an `EditConflict`: the stored version she was shown, and the
/// conflicting fields where she keeps that version's value (hers wins in the rest).
///
/// A save with a resolution holds only while the record is still as she saw it: if it
/// changed again meanwhile, she is asked again rather than overwriting a change unseen.
public struct EditResolution<Value: FieldMergeable>: Sendable {
    /// The stored version the question showed.
    public let seen: Value
    /// The conflicting fields where the stored value wins.
    public let keepingTheirs: Set<String>

    /// - Parameters:
    ///   - seen: the stored version the question showed.
    ///   - keepingTheirs: the fields where it wins.
    public init(seen: Value, keepingTheirs: Set<String>) {
        self.seen = seen
        self.keepingTheirs = keepingTheirs
    }
}
