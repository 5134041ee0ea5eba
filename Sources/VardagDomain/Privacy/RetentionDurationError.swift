/// Why a retention duration was refused.
public enum RetentionDurationError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case missingUnit(String)
    case unknownUnit(String)
    case notANumber(String)
    case leadingZero(String)
    case outOfRange(Int)

    public var description: String {
        switch self {
        case .empty: return "tom tidslängd; skriv t.ex. 2y, 18m eller 90d"
        case .missingUnit(let text): return "\"\(text)\" saknar enhet; skriv t.ex. \(text)d (dagar), \(text)m (månader) eller \(text)y (år)"
        case .unknownUnit(let text): return "\"\(text)\": okänd enhet; använd y (år), m (månader) eller d (dagar), t.ex. 2y"
        case .notANumber(let text): return "\"\(text)\": ange ett heltal följt av y, m eller d, t.ex. 18m"
        case .leadingZero(let text): return "\"\(text)\": talet får inte börja med 0"
        case .outOfRange(let amount): return "\(amount) är utanför 1–9999"
        }
    }
}
