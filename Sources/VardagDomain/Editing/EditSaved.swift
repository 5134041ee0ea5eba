/// What a guarded save stored, and which of someone else's changes it kept.
public struct EditSaved<Value: FieldMergeable>: Sendable {
    /// The value as stored.
    public let value: Value
    /// Fields someone else had changed since the form opened, kept as they were stored
    /// (their changes to fields the person left alone, and conflicts she settled as theirs).
    public let keptFromOthers: [String]

    /// - Parameters:
    ///   - value: the stored value.
    ///   - keptFromOthers: the other person's fields that were kept.
    public init(value: Value, keptFromOthers: [String]) {
        self.value = value
        self.keptFromOthers = keptFromOthers
    }

    /// Whether someone else had changed the record since the form opened.
    public var hadOthersChanges: Bool { !keptFromOthers.isEmpty }
}
