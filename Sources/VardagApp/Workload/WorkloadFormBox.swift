import TerminalKit

/// Draws a Fyrfältaren form in a centred box: title, an intro line, the fields and the key hint.
enum WorkloadFormBox {
    static func render(_ form: FormState, title: String, intro: String?, into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let introRows = intro == nil ? 0 : 2
        let messages = form.fields.filter { $0.message != nil }.count + (form.message == nil ? 0 : 2)
        let height = min(area.height, form.fields.count + messages + introRows + 5)
        let box = area.centered(Size(width: min(area.width - 2, 76), height: height))
        buffer.fill(box)
        buffer.box(box, title: title, style: context.theme.border, titleStyle: context.theme.title)
        var inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        if let intro {
            buffer.put(intro, x: inner.x, y: inner.y, maxWidth: inner.width, style: context.theme.dim)
            inner = inner.inset(top: 2)
        }
        let (fieldsArea, hintRow) = inner.splitBottom(1)
        var widget = Form(labelWidth: 16)
        widget.messageStyle = context.theme.error
        widget.formMessageStyle = context.theme.error
        widget.focusedLabelStyle = context.theme.title
        widget.render(into: &buffer, area: fieldsArea, state: form, focused: true)
        let cursor = buffer.cursor
        buffer.put(s["workload.form.keys"], x: hintRow.x, y: hintRow.y, maxWidth: hintRow.width, style: context.theme.dim)
        buffer.cursor = cursor
    }
}
