import Foundation

/// The rules of planning the next träff and of the feedback to the brukare.
extension DialogueRules {
    /// Checks the planned date of a slinga's next träff.
    /// - Parameters:
    ///   - text: the date as typed; empty clears the plan.
    ///   - today: today's date; a plan is for today or later.
    /// - Returns: the date, nil for no plan, or the error.
    public static func parsePlannedDate(_ text: String, today: LocalDate) -> Result<LocalDate?, DialogueError> {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .success(nil) }
        switch parseDate(text) {
        case .failure(let error): return .failure(error)
        case .success(let day): return day < today ? .failure(.beforeToday(today)) : .success(day)
        }
    }

    /// Checks the day an åtgärd's result was fed back to the brukare.
    /// - Parameters:
    ///   - text: the date as typed; empty means not fed back.
    ///   - today: today's date; feedback is recorded once given.
    /// - Returns: the date, nil for not fed back, or the error.
    public static func parseFeedbackDate(_ text: String, today: LocalDate) -> Result<LocalDate?, DialogueError> {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return .success(nil) }
        switch parseDate(text) {
        case .failure(let error): return .failure(error)
        case .success(let day): return day > today ? .failure(.afterToday(today)) : .success(day)
        }
    }
}
