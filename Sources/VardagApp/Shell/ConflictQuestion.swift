import TerminalKit
import VardagDomain

/// "Ändrad av någon annan": what an edit form asks when someone else saved the same
/// fields while it was open. It shows each such field (theirs and hers) and what else
/// they changed, and lets the person keep theirs, use hers, or go field by field.
struct ConflictQuestion {
    /// One field both changed, in words.
    struct Field {
        /// The field's stable key, e.g. "title".
        let name: String
        let label: String
        let theirs: String
        let mine: String
    }

    /// What the person answered.
    enum Outcome {
        /// Esc: back to the form, nothing saved.
        case back
        /// Save, keeping the stored value in these fields and hers in the other conflicts.
        case save(keepingTheirs: Set<String>)
    }

    let fields: [Field]
    /// The other person's changes to fields she left alone ("Namn: Åsa Ö"), kept in any case.
    let otherChanges: [String]
    /// While choosing field by field: the field being asked about.
    private(set) var fieldIndex: Int?
    /// Fields already settled as theirs while going field by field.
    private(set) var keptTheirs: Set<String> = []

    init(fields: [Field], otherChanges: [String]) {
        self.fields = fields
        self.otherChanges = otherChanges
    }

    /// Builds the question for a conflict, with `describe` giving a field's label and a
    /// value's text in the form's words (an option's name rather than its id).
    init<Value>(_ conflict: EditConflict<Value>, describe: (String, Value) -> (label: String, text: String)) {
        fields = conflict.conflicts.map { name in
            let theirs = describe(name, conflict.theirs)
            return Field(name: name, label: theirs.label, theirs: theirs.text, mine: describe(name, conflict.mine).text)
        }
        otherChanges = conflict.theirChanges.map { name in
            let theirs = describe(name, conflict.theirs)
            return "\(theirs.label): \(theirs.text)"
        }
    }

    /// Reads a key: d/t keep theirs, m use mine, f field by field, Esc back.
    mutating func handle(_ key: Key, strings s: Strings) -> Outcome? {
        guard let outcome = dialog(strings: s).handle(key) else { return nil }
        guard case .chosen(let letter) = outcome else {
            if fieldIndex != nil { fieldIndex = nil; keptTheirs = []; return nil }
            return .back
        }
        let theirsKey = s["form.conflict.theirsKey"].first
        let mineKey = s["form.conflict.mineKey"].first
        guard let index = fieldIndex else {
            switch letter {
            case theirsKey: return .save(keepingTheirs: Set(fields.map(\.name)))
            case mineKey: return .save(keepingTheirs: [])
            default: fieldIndex = 0; keptTheirs = []; return nil
            }
        }
        if letter == theirsKey { keptTheirs.insert(fields[index].name) }
        if index + 1 < fields.count { fieldIndex = index + 1; return nil }
        return .save(keepingTheirs: keptTheirs)
    }

    /// The dialog for the current step: the overview, or one field when going field by field.
    func dialog(strings s: Strings) -> ChoiceDialog {
        let theirsKey = s["form.conflict.theirsKey"].first ?? "d"
        let mineKey = s["form.conflict.mineKey"].first ?? "m"
        if let index = fieldIndex {
            let field = fields[index]
            return ChoiceDialog(
                title: s["form.conflict.title"],
                lines: [s.format("form.conflict.fieldOf", index + 1, fields.count, field.label), "",
                        s.format("form.conflict.theirValue", field.theirs), s.format("form.conflict.yourValue", field.mine)],
                choices: [ChoiceDialog.Choice(key: theirsKey, label: s["form.conflict.keepTheirsField"]),
                          ChoiceDialog.Choice(key: mineKey, label: s["form.conflict.useMineField"])],
                escapeLabel: s["form.conflict.backToChoice"])
        }
        var lines = [s["form.conflict.intro"]]
        for field in fields {
            lines.append(s.format("form.conflict.fieldLine", field.label, field.theirs, field.mine))
        }
        if !otherChanges.isEmpty {
            lines.append(s.format("form.conflict.alsoChanged", otherChanges.joined(separator: "; ")))
        }
        var choices = [ChoiceDialog.Choice(key: theirsKey, label: s["form.conflict.keepTheirs"]),
                       ChoiceDialog.Choice(key: mineKey, label: s["form.conflict.useMine"])]
        if fields.count > 1 {
            choices.append(ChoiceDialog.Choice(key: s["form.conflict.fieldKey"].first ?? "f", label: s["form.conflict.fieldByField"]))
        }
        return ChoiceDialog(title: s["form.conflict.title"], lines: lines, choices: choices, escapeLabel: s["form.conflict.back"])
    }

    /// Draws the question over the form.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        var dialog = dialog(strings: context.strings)
        dialog.style = context.theme.normal
        dialog.render(into: &buffer, area: area)
    }
}
