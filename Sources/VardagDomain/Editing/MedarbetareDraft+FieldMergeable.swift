extension MedarbetareDraft: FieldMergeable {
    /// The staff form's fields: name, title, role, team and start date.
    public static var mergeFields: [MergeField<MedarbetareDraft>] {
        [
            MergeField("name", \.name), MergeField("title", \.title), MergeField("role", \.role),
            MergeField("team", \.teamId), MergeField("startDate", \.startDate),
        ]
    }
}
