/// A stored value that an empty cell in the file clears (points to 0, Ja to Nej, a year or a
/// wish to nothing, a completed step deleted).
public struct CompetenceImportClearing: Hashable, Sendable {
    /// What is cleared.
    public enum Field: Hashable, Sendable {
        case points, educationYear, certificate, transition, wishes
        case step(Int)

        /// The catalogue key of the field's name (`import.field.*`).
        public var key: String {
            switch self {
            case .points: "import.field.points"
            case .educationYear: "import.field.educationYear"
            case .certificate: "import.field.certificate"
            case .transition: "import.field.transition"
            case .wishes: "import.field.wishes"
            case .step: "import.field.step"
            }
        }

        /// The catalogue key of the value it becomes (`import.value.*`), or nil for the number 0.
        public var clearedValueKey: String? {
            switch self {
            case .points: nil
            case .certificate, .transition: "import.value.no"
            case .educationYear, .wishes, .step: "import.value.empty"
            }
        }
    }

    /// The file line of the person's row.
    public var line: Int
    public var medarbetareId: Int64
    /// The person's name as stored.
    public var name: String
    public var field: Field
    /// The stored value before the import, as text (`Ja`, a year, a date, a wish).
    public var old: String
}
