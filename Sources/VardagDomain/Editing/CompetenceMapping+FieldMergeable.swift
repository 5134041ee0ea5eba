extension CompetenceMapping: FieldMergeable {
    /// The mapping form's fields, and the completed steps that other screens change.
    public static var mergeFields: [MergeField<CompetenceMapping>] {
        [
            MergeField("title", \.titleId), MergeField("education", \.educationKind), MergeField("points", \.points),
            MergeField("year", \.educationYear), MergeField("certificate", \.certificate),
            MergeField("transition", \.employedOnProtectionDay), MergeField("wishes", \.wishes),
            MergeField("steps", \.completions),
        ]
    }
}
