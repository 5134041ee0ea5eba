/// A competence export that cannot be made.
public enum CompetenceExportError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownKommun(String)
    /// More than one kommun for an export other than the comparison (the kind's raw value).
    case severalKommuner(String)

    public var description: String {
        switch self {
        case .unknownKommun(let name): return "okänd kommun ”\(name)”"
        case .severalKommuner(let kind): return "--kind \(kind) tar högst en kommun; flera kommuner går bara med --kind comparison"
        }
    }
}
