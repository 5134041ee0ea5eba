/// A competence export that cannot be made.
public enum CompetenceExportError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownKommun(String)

    public var description: String {
        switch self {
        case .unknownKommun(let name): return "okänd kommun ”\(name)”"
        }
    }
}
