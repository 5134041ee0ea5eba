import TerminalKit

/// A form in a centred box: the title in the border, an optional intro line, the fields
/// with their messages, and the form's keys on the last row. Every tool's editors draw
/// through it, so forms look and behave alike.
struct FormBox {
    var title: String
    /// The keys line at the bottom of the box.
    var hint: String
    /// A dim line above the fields (what a reference may hold, say).
    var intro: String?
    var maxWidth = 76
    var labelWidth = 18
    /// Fit the box to the fields and their messages; otherwise it keeps two rows a field.
    var fitsContent = false
    /// Draw the focused text field with the theme's focus style.
    var marksFocusedField = false

    /// Draws the box and the form in the middle of `area`; the cursor stays in the focused field.
    func render(_ form: FormState, into buffer: inout Buffer, area: Rect, context: AppContext) {
        let height: Int
        if fitsContent {
            let messages = form.fields.filter { $0.message != nil }.count + (form.message == nil ? 0 : 2)
            height = min(area.height, form.fields.count + messages + (intro == nil ? 0 : 2) + 5)
        } else {
            height = min(area.height, form.fields.count * 2 + 5)
        }
        let box = area.centered(Size(width: min(area.width - 2, maxWidth), height: height))
        // A blank column each side, so the screen behind never touches the border.
        buffer.fill(Rect(x: max(area.x, box.x - 1), y: box.y, width: min(area.width, box.width + 2), height: box.height))
        buffer.box(box, title: title, style: context.theme.border, titleStyle: context.theme.title)
        var inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        if let intro {
            buffer.put(intro, x: inner.x, y: inner.y, maxWidth: inner.width, style: context.theme.dim)
            inner = inner.inset(top: 2)
        }
        let (fieldsArea, hintRow) = inner.splitBottom(1)
        var widget = Form(labelWidth: labelWidth)
        widget.messageStyle = context.theme.error
        widget.formMessageStyle = context.theme.error
        widget.focusedLabelStyle = context.theme.title
        if marksFocusedField { widget.textField.focusedStyle = context.theme.focusedField }
        widget.render(into: &buffer, area: fieldsArea, state: form, focused: true)
        let cursor = buffer.cursor
        buffer.put(hint, x: hintRow.x, y: hintRow.y, maxWidth: hintRow.width, style: context.theme.dim)
        buffer.cursor = cursor
        DiscardQuestion.render(form.discardGuard, into: &buffer, area: area, context: context)
    }
}
