import VardagDomain

/// Staff figures in the user's language: the form's labels, the decimal sign, the rules'
/// problems and the refusal of a unit the login may not change.
enum StaffText {
    /// A unit the login may not enter figures for (only its enhetschef and the systemförvaltare may).
    struct WriteRefusal: WordedError {
        /// The unit's name.
        var unit: String

        func text(_ s: Strings) -> String { s.format("rapport.entry.notAllowed", unit) }
    }

    /// A figure's label in the form ("Årsarbetare").
    static func label(_ field: StaffField, _ s: Strings) -> String { s["rapport.field.\(field.rawValue)"] }

    /// The decimal sign of årsarbetare and hours: a comma in Swedish, a point in English.
    static func decimalSign(_ s: Strings) -> String { s.language == .en ? "." : "," }

    /// One problem as the form shows it at its field: the field is named by the place, so
    /// the words say only what is wrong ("”x” är inget tal", "fyll i ett tal").
    static func problem(_ problem: StaffFigureProblem, _ s: Strings) -> String {
        let sign = decimalSign(s)
        switch problem {
        case .notANumber(_, let text) where text.allSatisfy(\.isWhitespace): return s["rapport.entry.problem.required"]
        case .notANumber(_, let text): return s.format("rapport.entry.problem.notANumber", text)
        case .notWhole(_, let text): return s.format("rapport.entry.problem.notWhole", text)
        case .tooManyDecimals(_, let text): return s.format("rapport.entry.problem.tooManyDecimals", text)
        case .negative(_, let text): return s.format("rapport.entry.problem.negative", text)
        case .tooLarge(_, let text): return s.format("rapport.entry.problem.tooLarge", text)
        case .fteAboveHeadcount(let fte, let headcount):
            // Two-decimal figures the rules wrote with a point: in the language's decimal sign.
            return s.format("rapport.entry.problem.fteAboveHeadcount", fte.replacingOccurrences(of: ".", with: sign), headcount)
        case .sickAboveScheduled(let sick, let scheduled):
            return s.format("rapport.entry.problem.sickAboveScheduled", sick.replacingOccurrences(of: ".", with: sign),
                            scheduled.replacingOccurrences(of: ".", with: sign))
        case .invalidMonth, .monthInFuture:
            return s.format(problem.key, arguments: problem.arguments { label($0, s) })
        }
    }

    /// Every problem of a refusal, each field named by its label, for a line outside the form.
    static func failure(_ failure: StaffFigureFailure, _ s: Strings) -> String {
        failure.problems.map { problem in
            guard let field = problem.field, problem.key != "staff.problem.sickAboveScheduled" else { return Self.problem(problem, s) }
            return label(field, s) + ": " + Self.problem(problem, s)
        }.joined(separator: " ")
    }
}
