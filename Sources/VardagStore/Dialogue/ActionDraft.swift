import VardagDomain

/// An åtgärd as typed into the form.
public struct ActionDraft: Hashable, Sendable {
    public var loopId: Int64
    public var what: String
    public var responsible: String
    public var due: String

    public init(loopId: Int64, what: String, responsible: String, due: String) {
        self.loopId = loopId
        self.what = what
        self.responsible = responsible
        self.due = due
    }
}

extension ActionDraft {
    /// The draft's text, responsible and due date checked by the rules; a refused one
    /// adds its error to `errors` (one place for new actions and corrections).
    /// - Parameter errors: the field errors collected so far.
    /// - Returns: the clean values, or nil when any of them was refused.
    func checked(into errors: inout [DialogueField: DialogueError]) -> (what: String, responsible: String, due: LocalDate)? {
        let what = DialogueRules.checkText(self.what, required: true, max: DialogueRules.maxTextLength)
        if case .failure(let error) = what { errors[.what] = error }
        let who = DialogueRules.checkName(responsible, max: DialogueRules.maxNameLength)
        if case .failure(let error) = who { errors[.responsible] = error }
        let due = DialogueRules.parseDate(self.due)
        if case .failure(let error) = due { errors[.due] = error }
        guard case .success(let whatText) = what, case .success(let whoText) = who, case .success(let dueDate) = due else { return nil }
        return (whatText, whoText, dueDate)
    }
}
