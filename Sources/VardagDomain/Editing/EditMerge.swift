/// The three-way merge of an edit form: what the form opened with (base), what the person
/// saved (mine) and what is stored now (theirs).
///
/// A field only the person changed takes her value; a field only someone else changed
/// keeps theirs; a field both changed to different values is a conflict, settled by the
/// person's choice: theirs for the fields in `keepingTheirs`, hers for the rest.
public struct EditMerge<Value: FieldMergeable>: Sendable {
    /// The value to store.
    public let merged: Value
    /// Fields both changed to different values, in form order.
    public let conflicts: [String]
    /// Fields someone else changed since the form opened and the person left as they were.
    public let theirChanges: [String]
    /// Fields where the stored value was kept over the person's (conflicts settled as "theirs").
    public let keptTheirs: [String]

    /// Merges the three versions.
    /// - Parameters:
    ///   - base: the record as the form opened it.
    ///   - mine: the record as the person saves it.
    ///   - theirs: the record as stored now.
    ///   - keepingTheirs: conflicting fields where the stored value wins.
    public init(base: Value, mine: Value, theirs: Value, keepingTheirs: Set<String> = []) {
        var merged = theirs
        var conflicts: [String] = []
        var theirChanges: [String] = []
        var keptTheirs: [String] = []
        for field in Value.mergeFields {
            let mineChanged = !field.isSame(base, mine)
            let theirsChanged = !field.isSame(base, theirs)
            if mineChanged && theirsChanged && !field.isSame(mine, theirs) {
                conflicts.append(field.name)
                if keepingTheirs.contains(field.name) {
                    keptTheirs.append(field.name)
                    continue
                }
            } else if theirsChanged && !mineChanged {
                theirChanges.append(field.name)
            }
            if mineChanged { field.copy(&merged, mine) }
        }
        self.merged = merged
        self.conflicts = conflicts
        self.theirChanges = theirChanges
        self.keptTheirs = keptTheirs
    }
}
