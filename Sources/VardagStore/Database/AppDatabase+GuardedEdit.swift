import VardagDomain

/// The one rule every edit form's save follows, inside the save's transaction: merge
/// what the form opened with, what the person saves and what is stored now; refuse with
/// `EditConflict` when both changed a field differently and she has not yet chosen.
extension AppDatabase {
    /// Merges and, unless there is an unsettled conflict, writes the merged value.
    /// - Parameters:
    ///   - base: the record as the form opened it.
    ///   - mine: the record as the person saves it.
    ///   - theirs: the record as stored now, read in the same transaction.
    ///   - resolution: nil to ask on a conflict; else her answer to the question, which
    ///     holds only while the stored record is still the one she was shown.
    ///   - write: stores the merged value; not called when it equals what is stored.
    /// - Returns: the stored value and the other person's fields that were kept.
    /// - Throws: `EditConflict`, or what `write` throws.
    static func guardedEdit<Value: FieldMergeable>(
        base: Value, mine: Value, theirs: Value, resolution: EditResolution<Value>?, write: (Value) throws -> Void
    ) throws -> EditSaved<Value> {
        // An answer given about another version of the record does not settle this one.
        let answer = resolution.flatMap { $0.seen == theirs ? $0.keepingTheirs : nil }
        let merge = EditMerge(base: base, mine: mine, theirs: theirs, keepingTheirs: answer ?? [])
        if answer == nil, !merge.conflicts.isEmpty {
            throw EditConflict(base: base, mine: mine, theirs: theirs, merge: merge)
        }
        if merge.merged != theirs { try write(merge.merged) }
        return EditSaved(value: merge.merged, keptFromOthers: merge.theirChanges + merge.keptTheirs)
    }
}
