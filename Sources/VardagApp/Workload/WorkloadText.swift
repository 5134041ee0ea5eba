import VardagDomain
import VardagStore

/// Catalogue lookups for Fyrfältaren's domain values and errors.
enum WorkloadText {
    static func field(_ field: WorkloadField, _ s: Strings) -> String { s["workload.field.\(field.rawValue)"] }

    static func decision(_ kind: DecisionKind, _ s: Strings) -> String { s["workload.decision.\(kind.rawValue)"] }

    static func decisionMark(_ kind: DecisionKind, _ s: Strings) -> String { s["workload.mark.\(kind.rawValue)"] }

    static func caseType(_ type: CaseType?, _ s: Strings) -> String {
        type.map { s["workload.type.\($0.rawValue)"] } ?? s["workload.type.none"]
    }

    static func category(_ category: TimeCategory, _ s: Strings) -> String { s["workload.diary.\(category.rawValue)"] }

    /// "vecka 2026-W48" or "månad 2026-11".
    static func period(_ period: WorkloadPeriod, _ s: Strings) -> String {
        s.format(period.kind == .week ? "workload.period.week" : "workload.period.month", period.description)
    }

    /// The message for a field error.
    static func error(_ error: WorkloadError, _ s: Strings) -> String {
        switch error {
        case .required: return s["workload.error.required"]
        case .tooLong(let max): return s.format("workload.error.tooLong", max)
        case .invalidCharacters: return s["input.controlCharacters"]
        case .ratingOutOfRange: return s["workload.error.rating"]
        case .invalidDate(let text): return s.format("workload.error.date", text)
        case .invalidPeriod(let text): return s.format("workload.error.period", text)
        case .periodTooFarAhead(let latest): return s.format("workload.error.future", latest)
        case .notInTeam: return s["workload.error.notInTeam"]
        case .unknownReference: return s["workload.error.unknown"]
        case .minutesOutOfRange: return s["workload.error.minutes"]
        case .dayTooLong(let minutes): return s.format("workload.error.dayTooLong", minutes)
        case .reviewDateRequired: return s["workload.error.reviewDate"]
        case .duplicate: return s["workload.error.duplicate"]
        case .afterToday(let today): return s.format("workload.error.afterToday", today)
        case .beforeToday(let today): return s.format("workload.error.beforeToday", today)
        case .rangeReversed(let from): return s.format("workload.error.rangeReversed", from)
        case .personnummerInReference: return s["workload.error.personnummerInReference"]
        case .personNameInReference: return s["workload.error.personNameInReference"]
        }
    }

    /// A one-line message for a failure (the status line, when no field shows it).
    static func failure(_ failure: WorkloadFailure, _ s: Strings) -> String {
        failure.errors.sorted { $0.key.rawValue < $1.key.rawValue }.map { error($0.value, s) }.joined(separator: " ")
    }

    /// The decision as a short text: "kan vänta till 2026-12-01", "omfördela till Bo Ek".
    static func decisionText(_ decision: CaseDecision, names: [Int64: String], _ s: Strings) -> String {
        switch decision.kind {
        case .kanVanta: return s.format("workload.decision.until", decision.reviewDate?.iso ?? "")
        case .omfordela: return s.format("workload.decision.to", decision.toMedarbetareId.flatMap { names[$0] } ?? "?")
        default: return WorkloadText.decision(decision.kind, s)
        }
    }

    /// Minutes as "2 h 30 min".
    static func minutes(_ minutes: Int, _ s: Strings) -> String {
        let hours = minutes / 60, rest = minutes % 60
        if hours == 0 { return s.format("workload.diary.min", rest) }
        if rest == 0 { return s.format("workload.diary.h", hours) }
        return s.format("workload.diary.hmin", hours, rest)
    }
}
