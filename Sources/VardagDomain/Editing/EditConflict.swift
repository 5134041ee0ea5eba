/// Thrown by a guarded save when someone else changed the same fields since the form
/// opened: nothing was written, and the person is to choose per field.
public struct EditConflict<Value: FieldMergeable>: Error, Sendable {
    /// The record as the form opened it.
    public let base: Value
    /// The record as the person tried to save it.
    public let mine: Value
    /// The record as stored now.
    public let theirs: Value
    /// Fields both changed to different values, in form order.
    public let conflicts: [String]
    /// Fields only the other person changed (they are kept whatever she chooses).
    public let theirChanges: [String]

    /// Makes the conflict of a merge that found one.
    public init(base: Value, mine: Value, theirs: Value, merge: EditMerge<Value>) {
        self.base = base
        self.mine = mine
        self.theirs = theirs
        conflicts = merge.conflicts
        theirChanges = merge.theirChanges
    }
}

extension EditConflict {
    /// The person's answer: keep the stored value in `fields`, hers elsewhere.
    public func resolution(keepingTheirs fields: Set<String>) -> EditResolution<Value> {
        EditResolution(seen: theirs, keepingTheirs: fields)
    }
}
