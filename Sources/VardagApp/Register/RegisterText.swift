import VardagDomain

/// Turns register values and validation errors into the UI's language.
enum RegisterText {
    static func role(_ role: MedarbetarRoll, _ s: Strings) -> String {
        switch role {
        case .medarbetare: return s["role.medarbetare"]
        case .teamledare: return s["role.teamledare"]
        case .chef: return s["role.chef"]
        case .vagledare: return s["role.vagledare"]
        }
    }

    static func omrade(_ omrade: Verksamhetsomrade, _ s: Strings) -> String {
        switch omrade {
        case .funktionshinder: return s["omrade.funktionshinder"]
        case .socialpsykiatri: return s["omrade.socialpsykiatri"]
        case .vardOchOmsorg: return s["omrade.vardOchOmsorg"]
        case .ifo: return s["omrade.ifo"]
        }
    }

    static func validation(_ error: ValidationError, _ s: Strings) -> String {
        switch error {
        case .required: return s["validation.required"]
        case .tooLong(let max): return s.format("validation.tooLong", max)
        case .duplicate: return s["validation.duplicate"]
        case .invalidDate: return s["validation.date"]
        case .invalidCharacters: return s["input.controlCharacters"]
        case .personnummer: return s["input.personnummer"]
        case .unknownReference: return s["validation.invalid"]
        }
    }
}
