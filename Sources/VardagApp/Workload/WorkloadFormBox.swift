import TerminalKit

/// Draws a Fyrfältaren form in a centred box fitted to its fields: title, an intro
/// line, the fields and the workload form keys.
enum WorkloadFormBox {
    static func render(_ form: FormState, title: String, intro: String?, into buffer: inout Buffer, area: Rect, context: AppContext) {
        FormBox(title: title, hint: context.strings["workload.form.keys"], intro: intro, labelWidth: 21, fitsContent: true)
            .render(form, into: &buffer, area: area, context: context)
    }
}
