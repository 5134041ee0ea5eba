/// One field of a record that an edit form can change, as the three-way merge sees it.
///
/// A field is named by a stable key ("title", "points") so that the store, the screens
/// and the person's choices ("keep theirs for title") all mean the same field.
public struct MergeField<Value> {
    /// The stable key of the field, e.g. "title".
    public let name: String
    /// Whether two values agree on this field.
    public let isSame: (Value, Value) -> Bool
    /// Copies this field from `source` into `target`, leaving the other fields alone.
    public let copy: (inout Value, Value) -> Void

    /// A field read and written through a key path.
    /// - Parameters:
    ///   - name: the stable key.
    ///   - keyPath: where the field lives in the value.
    public init<Field: Equatable>(_ name: String, _ keyPath: WritableKeyPath<Value, Field>) {
        self.name = name
        isSame = { $0[keyPath: keyPath] == $1[keyPath: keyPath] }
        copy = { target, source in target[keyPath: keyPath] = source[keyPath: keyPath] }
    }
}
