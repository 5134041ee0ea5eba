import Foundation
import ReportKit
import TerminalKit
import VardagDomain
import VardagStore

/// The form that writes the nämnd report: the format (HTML or PDF) and the file, with a
/// suggested path; asks before it replaces a file that is there.
///
/// The page is `NamndPrintout`'s, made from the store as the form is sent, so the file
/// holds what `vardag report namnd` writes for the same kommun and month.
struct ReportWriteEditor: FormEditor {
    var form: FormState
    /// The kommun's name.
    let kommun: String
    /// The month reported.
    let month: StaffMonth
    /// The question before an existing file is replaced, while open.
    var overwrite: OverwriteQuestion?
    /// The path whose replacement was agreed to.
    private var agreedPath: String?

    /// No field here is free text about a person.
    var personnummerFieldIds: [String]? { [] }
    var failureSummaryKey: String { "" }

    /// The form with HTML chosen and the suggested file in `folder`.
    init(kommun: String, month: StaffMonth, folder: String, strings s: Strings) {
        self.kommun = kommun
        self.month = month
        form = FormState(fields: [
            .choice("format", label: s["rapport.write.format"], options: ReportFile.Format.allCases.map(\.label), selected: 0),
            .text("path", label: s["rapport.write.path"],
                  text: ReportFile.suggestedPath(folder: folder, kommun: kommun, month: month.description, format: .html), maxLength: 1000),
        ], focus: 1)
    }

    /// The format chosen.
    var format: ReportFile.Format {
        ReportFile.Format(rawValue: form.index(of: "format").flatMap { form.fields[$0].selectedOption } ?? 0) ?? .html
    }

    /// Handles a key or paste: the overwrite question while it is open, else the form;
    /// a new format changes the file name's extension with it.
    mutating func handle(_ event: Event, context: AppContext) -> EditorOutcome<String> {
        let s = context.strings
        if overwrite != nil {
            guard let yes = overwrite.answer(event, strings: s) else { return .open }
            guard yes else {
                form.setMessage(s["rapport.write.kept"], for: "path")
                return .open
            }
            agreedPath = ReportFile.resolve(form.value(of: "path"), folder: context.documentFolder)
            return submit(context: context)
        }
        switch form.closeDecision(for: event, strings: s) {
        case .close: return .closed
        case .stay: return .open
        case .pass: break
        }
        if case .key(.enter) = event {
            form.clearMessages()
            if let path = ReportFile.resolve(form.value(of: "path"), folder: context.documentFolder),
               FileManager.default.fileExists(atPath: path), path != agreedPath, Self.isRegularFile(path) {
                overwrite = OverwriteQuestion(path: ReportFile.abbreviated(path))
                return .open
            }
            return submit(context: context)
        }
        let before = format
        _ = form.handle(event)
        if format != before, let index = form.index(of: "path") {
            let path = ReportFile.withExtension(form.value(of: "path"), for: format)
            form.fields[index].kind = .text(TextFieldState(text: path, maxLength: 1000))
        }
        return .open
    }

    /// Makes the page and writes it.
    /// - Returns: the status line's text.
    /// - Throws: `ReportWriteRefusal` at its field, the store's and the file's errors.
    mutating func save(context: AppContext) throws -> String {
        let s = context.strings
        guard let path = ReportFile.resolve(form.value(of: "path"), folder: context.documentFolder) else {
            throw ReportWriteRefusal.noPath
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw ReportWriteRefusal.isFolder(ReportFile.abbreviated(path)) }
            // A FIFO or a device would be written as it is, and a FIFO nobody reads blocks the app.
            if !Self.isRegularFile(path) { throw ReportWriteRefusal.notAFile(ReportFile.abbreviated(path)) }
            if path != agreedPath { throw ReportWriteRefusal.exists(ReportFile.abbreviated(path)) }
        }
        let content = try NamndPrintout.Content(store: context.store, kommun: kommun, month: month, today: context.today)
        let document = NamndPrintout.document(content, strings: s, version: context.version)
        let bytes: Data
        do {
            bytes = try ReportFile.bytes(document, format: format, browserSearchPath: context.browserSearchPath)
        } catch let failure as PDFPrinter.Failure {
            throw ReportWriteRefusal.printing(failure)
        }
        do {
            try ReportFile.write(bytes, to: path)
        } catch {
            throw ReportWriteRefusal.writing(ErrorText.describe(error, s))
        }
        let size = max(1, (bytes.count + 1023) / 1024)
        return s.format("rapport.write.done", ReportFile.abbreviated(path), format.label, size)
    }

    /// Whether a path is a regular file (not a folder, FIFO or device).
    static func isRegularFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        FormBox(title: s["rapport.write.title"], hint: s["rapport.write.keys"],
                intro: s.format("rapport.write.intro", kommun, ReportText.monthName(month, s)), labelWidth: 8, fitsContent: true)
            .render(form, into: &buffer, area: area, context: context)
        if let overwrite {
            overwrite.dialog(s).render(into: &buffer, area: area, state: overwrite.state)
        }
    }
}
