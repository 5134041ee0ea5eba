import TerminalKit
import VardagDomain

/// What the Kompetenstrappa's forms share: their box and reading a choice.
enum CompetenceForm {
    /// The box every competence form is drawn in.
    static func box(_ title: String, _ context: AppContext) -> FormBox {
        FormBox(title: title, hint: context.strings["competence.form.hint"], labelWidth: 18)
    }

    /// The selected option of a choice field. Kept out of line: Swift 6.3's optimiser
    /// crashed (CopyPropagation) on `form.fields[i].selectedOption` inlined into a save.
    @inline(never)
    static func option(_ form: FormState, _ index: Int) -> Int? {
        guard form.fields.indices.contains(index) else { return nil }
        let field = form.fields[index]
        return field.selectedOption
    }

    /// The step choices of a plan form: none (a course), then steps 1–5.
    static func stepOptions(_ s: Strings) -> [String] {
        [s["competence.form.noStep"]] + (1...Ladder.stepCount).map { s.format("competence.col.step", $0) }
    }
}
