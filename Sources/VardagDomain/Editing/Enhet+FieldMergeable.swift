extension Enhet: FieldMergeable {
    /// The unit form's fields: kommun, name and verksamhetsområde.
    public static var mergeFields: [MergeField<Enhet>] {
        [MergeField("kommun", \.kommunId), MergeField("name", \.name), MergeField("omrade", \.omrade)]
    }
}
