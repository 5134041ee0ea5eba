import VardagApp
import VardagStore

/// The per-table figures of a merge as aligned columns, in the catalogue's language.
enum MergeReportText {
    /// One header line and one line per table; a table whose rows did not all arrive unchanged is marked.
    static func table(_ report: MergeReport, _ s: Strings) -> String {
        let header = [s["cli.copy.table"], s["cli.copy.kind"], s["cli.copy.sourceRows"], s["cli.copy.addedRows"],
                      s["cli.copy.matchedRows"], s["cli.copy.sourceChecksum"], s["cli.copy.mergedChecksum"], ""]
        let rows = report.tables.map { table in
            [table.name, s["cli.copy.kind.\(table.kind.rawValue)"], String(table.sourceRows), String(table.addedRows),
             String(table.matchedRows), table.sourceChecksum, table.mergedChecksum, table.agrees ? "ok" : s["cli.copy.differs"]]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return (2...4).contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
