import VardagApp
import VardagStore

/// The per-table figures of a copy as aligned columns, in the catalogue's language.
enum CopyReportText {
    /// One header line and one line per table; a table whose sides differ is marked.
    static func table(_ report: CopyReport, _ s: Strings) -> String {
        let header = [s["cli.copy.table"], s["cli.copy.sourceRows"], s["cli.copy.destinationRows"],
                      s["cli.copy.sourceChecksum"], s["cli.copy.destinationChecksum"], ""]
        let rows = report.tables.map { table in
            [table.name, String(table.sourceRows), String(table.destinationRows), table.sourceChecksum,
             table.destinationChecksum, table.agrees ? "ok" : s["cli.copy.differs"]]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return (1...2).contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
