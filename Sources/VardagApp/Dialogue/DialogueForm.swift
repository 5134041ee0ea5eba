import TerminalKit
import VardagDomain

/// A form of the dialogue tool in a box: its kind, fields, the ids behind choice options,
/// and lines of context shown under the fields (e.g. the open relay questions at a meeting).
struct DialogueForm {
    let kind: DialogueFormKind
    let title: String
    var form: FormState
    /// For each choice field id, the ids behind its options.
    var choiceIds: [String: [Int64]]
    /// Context lines shown under the fields.
    var notes: [String] = []
    /// Cells for the labels (wider for the staff list, whose labels are names).
    var labelWidth = 20

    /// The id chosen in a choice field.
    func chosenId(_ field: DialogueField) -> Int64? {
        guard let i = form.index(of: field.rawValue), let option = form.fields[i].selectedOption,
              let ids = choiceIds[field.rawValue], ids.indices.contains(option) else { return nil }
        return ids[option]
    }

    /// The index chosen in a choice field (0 when there is none).
    func chosenIndex(_ field: DialogueField) -> Int {
        form.index(of: field.rawValue).flatMap { form.fields[$0].selectedOption } ?? 0
    }

    /// The text of a field.
    func value(_ field: DialogueField) -> String { form.value(of: field.rawValue) }

    /// Draws the form in a box in the middle of the area.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let messages = form.fields.filter { $0.message != nil }.count + (form.message == nil ? 0 : 2)
        let width = min(area.width - 2, 96)
        // Notes wrap to the box (the reminders are longer than a line at 80 columns).
        let notes = notes.flatMap { TextLayout.wrap($0, width: max(10, width - 4)) }
        let wanted = form.fields.count + messages + notes.count + (notes.isEmpty ? 0 : 1) + 4
        let box = area.centered(Size(width: width, height: min(area.height, wanted)))
        // A blank margin around the box so the screen behind does not touch its border.
        buffer.fill(Rect(x: max(area.x, box.x - 1), y: box.y, width: min(area.width, box.width + 2), height: box.height))
        buffer.box(box, title: title, style: context.theme.border, titleStyle: context.theme.title)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let (body, hintRow) = inner.splitBottom(1)
        let notesHeight = notes.isEmpty ? 0 : min(notes.count + 1, max(0, body.height - form.fields.count - messages))
        let (fieldsArea, notesArea) = body.splitBottom(notesHeight)
        var widget = Form(labelWidth: min(labelWidth, max(10, (width - 4) / 2)))
        widget.messageStyle = context.theme.error
        widget.formMessageStyle = context.theme.error
        widget.focusedLabelStyle = context.theme.title
        widget.focusedChoiceStyle = context.theme.focusedField
        widget.render(into: &buffer, area: fieldsArea, state: form, focused: true)
        let cursor = buffer.cursor
        for (i, line) in notes.prefix(max(0, notesArea.height - 1)).enumerated() {
            buffer.put(line, x: notesArea.x, y: notesArea.y + 1 + i, maxWidth: notesArea.width,
                       style: i == 0 ? context.theme.header : context.theme.normal)
        }
        buffer.put(s["dialogue.form.hint"], x: hintRow.x, y: hintRow.y, maxWidth: hintRow.width, style: context.theme.dim)
        buffer.cursor = cursor
        DiscardQuestion.render(form.discardGuard, into: &buffer, area: area, context: context)
    }
}
