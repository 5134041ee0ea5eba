extension Kommun: FieldMergeable {
    /// The kommun form's one field: the name.
    public static var mergeFields: [MergeField<Kommun>] { [MergeField("name", \.name)] }
}
