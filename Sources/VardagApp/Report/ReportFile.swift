import Foundation
import ReportKit
import VardagStore

/// Where the Rapport screen writes the nämnd report, and how: the suggested path, what a
/// typed path means, and the bytes of the page as HTML or as PDF.
enum ReportFile {
    /// What the report is written as.
    enum Format: Int, CaseIterable, Sendable {
        /// One self-contained HTML page.
        case html
        /// The same page printed by a headless Chromium.
        case pdf

        /// The file name's extension.
        var fileExtension: String { self == .html ? "html" : "pdf" }
        /// The name shown in the form and the status line.
        var label: String { self == .html ? "HTML" : "PDF" }
    }

    /// Seconds a browser may take to print before it is stopped, so a write never hangs the app.
    static let printTimeout: TimeInterval = 60

    /// The suggested file: `FOLDER/nämndrapport-KOMMUN-YYYY-MM.html`, the folder shown as `~`
    /// when it is the home folder.
    /// - Parameters:
    ///   - folder: the folder (the home folder in the app).
    ///   - kommun: the kommun's name.
    ///   - month: the month, `YYYY-MM`.
    ///   - format: HTML or PDF.
    static func suggestedPath(folder: String, kommun: String, month: String, format: Format) -> String {
        let name = "nämndrapport-\(fileNamePart(kommun))-\(month).\(format.fileExtension)"
        return abbreviated((folder.hasSuffix("/") ? folder : folder + "/") + name)
    }

    /// A name as part of a file name: slashes, control characters and leading dots become `-`.
    static func fileNamePart(_ name: String) -> String {
        let cleaned = String(name.unicodeScalars.map { scalar -> Character in
            scalar == "/" || scalar.properties.generalCategory == .control ? "-" : Character(scalar)
        })
        let trimmed = cleaned.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix(".") ? "-" + trimmed.dropFirst() : trimmed
    }

    /// A path with the home folder written `~`.
    static func abbreviated(_ path: String) -> String {
        guard let home = home, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// The absolute path a typed path means: `~` is the home folder, and a relative path
    /// is taken from `folder` (never from wherever the app was started).
    /// - Returns: nil for an empty path or `-` (standard output is the terminal the app draws on).
    static func resolve(_ typed: String, folder: String) -> String? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text != "-" else { return nil }
        if text == "~" { return home }
        if text.hasPrefix("~/"), let home { return home + text.dropFirst(1) }
        if text.hasPrefix("/") { return text }
        return (folder.hasSuffix("/") ? folder : folder + "/") + text
    }

    /// The path with its extension changed to the format's, when it ends in the other
    /// format's extension (so switching the format in the form follows in the file name).
    static func withExtension(_ path: String, for format: Format) -> String {
        for other in Format.allCases where other != format {
            let suffix = "." + other.fileExtension
            if path.lowercased().hasSuffix(suffix) { return String(path.dropLast(suffix.count)) + "." + format.fileExtension }
        }
        return path
    }

    /// The page's bytes in a format.
    /// - Parameters:
    ///   - document: the report.
    ///   - format: HTML or PDF.
    ///   - browserSearchPath: the folders searched for Chromium (the PATH).
    /// - Throws: `PDFPrinter.Failure` (`.noBrowser` when none is installed), file errors.
    static func bytes(_ document: ReportDocument, format: Format, browserSearchPath: String) throws -> Data {
        let html = document.html()
        switch format {
        case .html: return Data(html.utf8)
        case .pdf: return try PDFPrinter.find(environment: ["PATH": browserSearchPath]).pdf(from: html, timeout: printTimeout)
        }
    }

    /// Writes the bytes to a regular file (a new 0600 file put in place when complete).
    /// - Throws: `StoreError.cannotWriteFile` and the like.
    static func write(_ bytes: Data, to path: String) throws {
        try ExportWriter.write(bytes, to: path)
    }

    /// The home folder, from `HOME`.
    private static var home: String? {
        let value = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        let trimmed = value.hasSuffix("/") && value.count > 1 ? String(value.dropLast()) : value
        return trimmed.isEmpty || trimmed == "/" ? nil : trimmed
    }
}
