extension Team: FieldMergeable {
    /// The team form's fields: unit and name.
    public static var mergeFields: [MergeField<Team>] { [MergeField("enhet", \.enhetId), MergeField("name", \.name)] }
}
