import Foundation
import VardagDomain

/// Exports the register, one row per medarbetare (active and inactive), ordered by
/// kommun, enhet, team and name.
///
/// CSV is for Swedish Excel: `;` separated, UTF-8 with a byte-order mark, CRLF line ends,
/// fields quoted where needed. Fields that Excel would read as a formula (starting with
/// `=`, `+`, `-`, `@`, tab or CR) get a leading `'`, so a name typed into Vardag can never
/// run as a formula on an administrator's machine. JSON is a pretty-printed array with
/// sorted keys. The export holds personal data: files are created owner-only (0600).
public enum RegisterExport {
    /// The output format.
    public enum Format: String, CaseIterable, Sendable {
        case csv
        case json
    }

    /// The CSV column headings.
    public static let csvHeader = [
        "Kommun", "Enhet", "Verksamhetsområde", "Team", "Namn", "Titel", "Roll", "Startdatum", "Aktiv",
    ]

    /// The rows of the export.
    /// - Parameter db: the database.
    /// - Returns: every medarbetare with the organisation around them.
    /// - Throws: GRDB errors.
    public static func rows(from db: AppDatabase) throws -> [RegisterExportRow] {
        var rows: [RegisterExportRow] = []
        try db.forEachStaff(filter: .all, sort: .team) { rows.append(RegisterExportRow($0)) }
        return rows
    }

    /// A row's CSV fields: display names for område and roll.
    static func csvFields(_ row: RegisterExportRow) -> [String] {
        let omrade = Verksamhetsomrade(rawValue: row.omrade)?.displayName ?? row.omrade
        let roll = MedarbetarRoll(rawValue: row.roll)?.displayName ?? row.roll
        return [
            row.kommun, row.enhet, omrade, row.team, row.namn, row.titel, roll, row.startdatum,
            row.aktiv ? "Ja" : "Nej",
        ]
    }

    /// Streams the export into a sink, each medarbetare written as the cursor gives it, in one read.
    /// - Throws: GRDB, encoding and write errors.
    public static func write(from db: AppDatabase, format: Format, into sink: ExportSink) throws {
        switch format {
        case .csv:
            var writer = try CSVRowWriter(into: sink)
            try writer.header(csvHeader)
            try db.forEachStaff(filter: .all, sort: .team) { try writer.row(csvFields(RegisterExportRow($0))) }
            try writer.finish()
        case .json:
            var writer = JSONArrayWriter(into: sink)
            try db.forEachStaff(filter: .all, sort: .team) { try writer.append(RegisterExportRow($0)) }
            try writer.finish()
        }
    }

    /// Rows as Swedish-Excel CSV.
    /// - Parameter rows: the rows.
    /// - Returns: the file contents: BOM, header, rows, each line ending in CRLF.
    /// - Throws: `CSVError` when writing fails.
    public static func csv(_ rows: [RegisterExportRow]) throws -> Data {
        try ExportEncoding.csv(header: csvHeader, rows: rows.map(csvFields))
    }

    /// Rows as JSON.
    /// - Parameter rows: the rows.
    /// - Returns: a pretty-printed UTF-8 JSON array with sorted keys, ending in a newline.
    /// - Throws: `EncodingError`.
    public static func json(_ rows: [RegisterExportRow]) throws -> Data {
        try ExportEncoding.json(rows)
    }

    /// The whole export in a format.
    /// - Parameters:
    ///   - db: the database.
    ///   - format: CSV or JSON.
    /// - Returns: the file contents.
    /// - Throws: GRDB, CSV or encoding errors.
    public static func data(from db: AppDatabase, format: Format) throws -> Data {
        try ExportWriter.collect { try write(from: db, format: format, into: $0) }
    }

    /// Writes the export to a file (created or truncated, mode 0600) or to standard output.
    /// - Parameters:
    ///   - db: the database.
    ///   - format: CSV or JSON.
    ///   - path: the file, or nil or `-` for standard output.
    /// - Throws: `StoreError.cannotWriteFile`, GRDB, CSV or encoding errors.
    public static func write(from db: AppDatabase, format: Format, to path: String?) throws {
        try ExportWriter.stream(to: path) { try write(from: db, format: format, into: $0) }
    }

    /// Prefixes `'` to a field Excel would evaluate as a formula.
    /// - Parameter field: the field.
    /// - Returns: the safe field.
    static func neutralizeFormula(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        return "'" + field
    }
}
