/// The kind of education a person has, or a title requires, ordered from least to most.
///
/// The raw values are stable codes stored in the database, imports and exports; never change them.
public enum EducationKind: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    /// No recorded education for the work.
    case ingen = "ingen"
    /// Upper-secondary vocational education (vård- och omsorgsprogrammet or equivalent), measured in points.
    case gymnasial = "gymnasial"
    /// Higher vocational education (yrkeshögskola), e.g. stödpedagog.
    case yrkeshogskola = "yrkeshogskola"
    /// University or college degree.
    case hogskola = "hogskola"

    /// The level used to compare kinds: a higher level meets a lower requirement.
    public var level: Int {
        switch self {
        case .ingen: return 0
        case .gymnasial: return 1
        case .yrkeshogskola: return 2
        case .hogskola: return 3
        }
    }

    public static func < (lhs: EducationKind, rhs: EducationKind) -> Bool { lhs.level < rhs.level }

    /// The Swedish name used in CSV files and the UI.
    public var displayName: String {
        switch self {
        case .ingen: return "Ingen"
        case .gymnasial: return "Gymnasial"
        case .yrkeshogskola: return "Yrkeshögskola"
        case .hogskola: return "Högskola"
        }
    }

    /// Reads a kind from a code or its Swedish name, ignoring case ("gymnasial", "Yrkeshögskola", "YH").
    /// - Parameter text: the text from a CSV cell or form.
    /// - Returns: the kind, or nil when unknown.
    public static func parse(_ text: String) -> EducationKind? {
        // Fast path: the exact name or code, as exports and most HR files write it.
        if let exact = allCases.first(where: { $0.displayName == text || $0.rawValue == text }) { return exact }
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if key.isEmpty { return .ingen }
        if key == "yh" { return .yrkeshogskola }
        return allCases.first { $0.rawValue == key || $0.displayName.lowercased() == key }
    }
}
