import Foundation
import VardagDomain

/// Exports Kompetenstrappa data: mapping (the import layout), gaps (managers first),
/// plans (with provider and cost) and their cost per unit and quarter, undersköterskor without the certificate (with the transition's days left), spreading activities (kunskapsspridning), and the cross-kommun comparison (suppressed groups left out entirely, small
/// counts as "för få", a total per criterion that gives no hidden figure away).
///
/// CSV and JSON follow the register export's conventions: `;`, UTF-8 with BOM, CRLF,
/// formula guard; JSON pretty with sorted keys; files 0600.
public enum CompetenceExport {
    /// What to export.
    public enum Kind: String, CaseIterable, Sendable {
        case mapping, gaps, plan, comparison, certificate, spreading
        case planCost = "plan-cost"
    }

    /// A table ready for CSV or JSON: header and rows of text.
    public struct Table: Hashable, Sendable {
        public var header: [String]
        public var rows: [[String]]
    }

    /// Builds the table of one kind.
    /// - Parameters:
    ///   - db: the database.
    ///   - kind: what to export.
    ///   - kommuner: only these kommuner (by name, ignoring case); empty for all. Only the
    ///     comparison takes more than one, since it sets them side by side.
    ///   - today: the day gaps and overdue are judged on.
    /// - Returns: the table.
    /// - Throws: `CompetenceExportError` for an unknown kommun or several for another kind; GRDB errors.
    public static func table(from db: AppDatabase, kind: Kind, kommuner names: [String], today: LocalDate) throws -> Table {
        let (scope, kommunIds) = try resolve(db, kind: kind, kommuner: names)
        switch kind {
        case .mapping:
            var rows: [[String]] = []
            try forEachMappingRow(from: db, scope: scope) { rows.append($0) }
            return Table(header: CompetenceCSV.header, rows: rows)
        case .gaps:
            let titles = Dictionary(uniqueKeysWithValues: try db.competenceTitles().map { ($0.id, $0) })
            let ladders = try db.competenceLadders()
            // Managers lead the change, so their gaps come first; the read already orders by kommun, unit and name.
            let all = try db.competencePeople(scope)
            let people = all.filter(\.isManager) + all.filter { !$0.isManager }
            let rows = people.map { person -> [String] in
                let title = person.mapping.titleId.flatMap { titles[$0] }
                let assessment = CompetenceAssessment.assess(
                    mapping: person.mapping, title: title, hasLadder: ladders[person.omrade] != nil,
                    plannedSteps: person.plannedSteps, today: today)
                let gaps = assessment.gaps.map { requirement -> String in
                    switch requirement {
                    case .education: return "Utbildning"
                    case .certificate: return "Bevis"
                    case .step(let n): return "Steg \(n)" + (assessment.cells[requirement] == .planned ? " (planerat)" : "")
                    }
                }
                var transition = ""
                if case .transition(let days)? = assessment.standing { transition = "Övergång, \(days) dagar kvar" }
                return [person.kommunName, person.enhetName, person.name, person.role.displayName,
                        title?.name ?? person.registerTitle, gaps.joined(separator: ", "), transition]
            }
            return Table(header: ["Kommun", "Enhet", "Namn", "Roll", "Titel", "Saknas", "Undersköterskebevis"], rows: rows)
        case .plan:
            let people = Dictionary(uniqueKeysWithValues: try db.competencePeople(scope).map { ($0.id, $0) })
            let rows = try db.competencePlanItems(scope).compactMap { item -> [String]? in
                guard let person = people[item.medarbetareId] else { return nil }
                return [person.kommunName, person.enhetName, person.name, item.step.map(String.init) ?? "", item.course,
                        item.targetDate.iso, Quarter(item.targetDate).description, item.status.displayName,
                        item.isOverdue(today: today) ? "Ja" : "Nej", item.provider, item.cost.map(String.init) ?? ""]
            }
            return Table(header: ["Kommun", "Enhet", "Namn", "Steg", "Kurs", "Måldatum", "Kvartal", "Status", "Försenad",
                                  "Anordnare", "Kostnad"], rows: rows)
        case .planCost:
            return try planCostTable(from: db, scope: scope)
        case .certificate:
            return try certificateTable(from: db, scope: scope, today: today)
        case .spreading:
            return try spreadingTable(from: db, scope: scope, today: today)
        case .comparison:
            let comparison = try db.competenceComparison(kommunIds: kommunIds)
            var rows: [[String]] = []
            // A hidden group is left out; a shown group whose count is hidden keeps its size
            // and says why ("för få", or "dold" where a total would give it away).
            func line(_ label: String, _ kommun: String, _ cell: ComparisonCell) -> [String] {
                [label, kommun, String(cell.groupSize), cell.isSuppressed ? "" : String(cell.met), cell.text]
            }
            for row in comparison.rows {
                for (index, cell) in row.cells.enumerated() where !cell.hidesGroup {
                    rows.append(line(row.label, comparison.kommuner[index].name, cell))
                }
                if comparison.kommuner.count > 1, !row.total.hidesGroup { rows.append(line(row.label, totalName, row.total)) }
            }
            return Table(header: ["Kriterium", "Kommun", "Antal", "Uppfyller", "Andel"], rows: rows)
        }
    }

    /// The table as Swedish-Excel CSV (BOM, `;`, CRLF, formula guard).
    public static func csv(_ table: Table) throws -> Data {
        try ExportWriter.collect { try write(table, format: .csv, into: $0) }
    }

    /// Writes a table into a sink, a row at a time: CSV (BOM, `;`, CRLF, formula guard) or JSON as `json(_:)`.
    /// - Throws: encoding and write errors.
    public static func write(_ table: Table, format: RegisterExport.Format, into sink: ExportSink) throws {
        switch format {
        case .csv:
            var writer = try CSVRowWriter(into: sink)
            try writer.header(table.header)
            for row in table.rows { try writer.row(row) }
            try writer.finish()
        case .json:
            var writer = JSONArrayWriter(into: sink)
            for row in table.rows { try writer.append(jsonObject(row, header: table.header)) }
            try writer.finish()
        }
    }

    /// One row as a JSON object keyed by the header.
    static func jsonObject(_ row: [String], header: [String]) -> [String: ExportNumber] {
        Dictionary(uniqueKeysWithValues: zip(header, row).map { header, cell in
            (header, numericColumns.contains(header) ? ExportNumber(cell) : .text(cell))
        })
    }

    /// The table as a JSON array of objects keyed by the header; counts and shares are
    /// numbers ("Andel": 0.6 for "60 %"), other cells text.
    public static func json(_ table: Table) throws -> Data {
        try ExportWriter.collect { try write(table, format: .json, into: $0) }
    }

    /// The Kommun cell of a comparison row's total over the compared kommuner.
    public static let totalName = "Totalt"

    /// The columns whose cells are numbers.
    static let numericColumns: Set<String> = ["Antal", "Uppfyller", "Andel", "Poäng", "Utbildningsår", "Id", "Steg", "Dagar kvar", "Kostnad", "Poster", "Utan kostnad", "Deltagare"]

    /// Writes an export to a file (0600), a device or standard output (cleaned on a terminal) with `ExportWriter`.
    /// - Throws: `StoreError.cannotWriteFile`, `CompetenceExportError`, GRDB errors.
    public static func write(from db: AppDatabase, kind: Kind, kommuner: [String], format: RegisterExport.Format,
                             today: LocalDate, to path: String?) throws {
        guard kind == .mapping else {
            let table = try table(from: db, kind: kind, kommuner: kommuner, today: today)
            return try ExportWriter.stream(to: path) { try write(table, format: format, into: $0) }
        }
        // The mapping (a row per person) streams from the statement to the output, in the
        // bytes the table gives: the kommun is resolved first, so an unknown one leaves the output untouched.
        let (scope, _) = try resolve(db, kind: kind, kommuner: kommuner)
        try ExportWriter.stream(to: path) { sink in
            switch format {
            case .csv:
                var writer = try CSVRowWriter(into: sink)
                try writer.header(CompetenceCSV.header)
                try forEachMappingRow(from: db, scope: scope) { try writer.row($0) }
                try writer.finish()
            case .json:
                var writer = JSONArrayWriter(into: sink)
                try forEachMappingRow(from: db, scope: scope) { try writer.append(jsonObject($0, header: CompetenceCSV.header)) }
                try writer.finish()
            }
        }
    }

    /// The scope of an export and the kommuner it names.
    /// - Throws: `CompetenceExportError` for an unknown kommun, or several for a kind other than the comparison.
    private static func resolve(_ db: AppDatabase, kind: Kind, kommuner names: [String]) throws -> (CompetenceScope, [Int64]) {
        var scope = CompetenceScope.all
        let known = try db.kommuner()
        let kommunIds = try names.map { name -> Int64 in
            guard let found = known.first(where: {
                RegisterName.uniquenessKey($0.name) == RegisterName.uniquenessKey(name)
            }) else { throw CompetenceExportError.unknownKommun(name) }
            return found.id
        }
        if kind != .comparison {
            guard Set(kommunIds).count <= 1 else { throw CompetenceExportError.severalKommuner(kind.rawValue) }
            if let first = kommunIds.first { scope = .kommun(first) }
        }
        return (scope, kommunIds)
    }

    /// Calls `body` with each mapping row's cells (`CompetenceCSV.header`), active people of
    /// the scope in `competencePeople`'s order, as the statement's cursor gives them, in one
    /// read: the same cells as the people read would give, without holding the people.
    ///
    /// An unmapped person shows the competence title her register title names (the match
    /// ignores case, as `competencePeople` does), else her register title; a mapped one her
    /// mapped title, else her register title. Each step cell is `YYYY-MM-DD`, with ` V` for validering.
    /// - Throws: the store's errors, what `body` throws.
    static func forEachMappingRow(from store: AppDatabase, scope: CompetenceScope, _ body: ([String]) throws -> Void) throws {
        var filter = ""
        var arguments: StoreArguments = []
        switch scope {
        case .all: break
        case .kommun(let id): filter = "AND k.id = ?"; arguments = [id]
        case .enhet(let id): filter = "AND e.id = ?"; arguments = [id]
        }
        let steps = (1...Ladder.stepCount).map { step in
            """
            (SELECT s.completed_on || CASE WHEN s.validering = 1 THEN ' V' ELSE '' END
             FROM competence_step_done s WHERE s.medarbetare_id = m.id AND s.step_no = \(step)) AS step\(step)
            """
        }.joined(separator: ", ")
        try store.writer.read { db in
            let titles = try AppDatabase.fetchTitles(db)
            let nameById = Dictionary(uniqueKeysWithValues: titles.map { ($0.id, $0.name) })
            let titleByKey = Dictionary(titles.map { (RegisterName.uniquenessKey($0.name), $0.name) }) { a, _ in a }
            // Register titles repeat in every unit: each is matched once.
            var unmappedTitle: [String: String] = [:]
            let kinds = Dictionary(uniqueKeysWithValues: EducationKind.allCases.map { ($0.rawValue, $0.displayName) })
            var cells: [String] = []
            cells.reserveCapacity(CompetenceCSV.header.count)
            try StoreRow.stream(db, sql: """
                SELECT m.id, k.name, e.name, t.name, m.name, m.title,
                       c.medarbetare_id, c.title_id, c.education_kind, c.points, c.education_year,
                       c.certificate, c.employed_on_protection_day, c.wishes, \(steps)
                FROM medarbetare m JOIN team t ON t.id = m.team_id
                JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
                LEFT JOIN competence_mapping c ON c.medarbetare_id = m.id
                WHERE m.active = 1 \(filter)
                ORDER BY k.sort_key, e.sort_key, CASE m.role WHEN 'chef' THEN 0 ELSE 1 END, m.sort_key, m.id
                """, arguments: arguments) { row in
                cells.removeAll(keepingCapacity: true)
                let id: Int64 = row[0]
                let registerTitle: String = row[5]
                cells.append(String(id))
                cells.append(row[1])
                cells.append(row[2])
                cells.append(row[3])
                cells.append(row[4])
                if (row[6] as Int64?) != nil {
                    cells.append((row[7] as Int64?).flatMap { nameById[$0] } ?? registerTitle)
                    let kind: String = row[8]
                    cells.append(kinds[kind] ?? EducationKind.ingen.displayName)
                    cells.append(String(row[9] as Int))
                    cells.append((row[10] as Int?).map(String.init) ?? "")
                    cells.append((row[11] as Bool) ? "Ja" : "Nej")
                    cells.append((row[12] as Bool) ? "Ja" : "Nej")
                    for step in 0..<Ladder.stepCount { cells.append((row[14 + step] as String?) ?? "") }
                    cells.append(row[13])
                } else {
                    if let known = unmappedTitle[registerTitle] {
                        cells.append(known)
                    } else {
                        let name = titleByKey[RegisterName.uniquenessKey(registerTitle)] ?? registerTitle
                        unmappedTitle[registerTitle] = name
                        cells.append(name)
                    }
                    cells.append(EducationKind.ingen.displayName)
                    cells.append("0")
                    cells.append("")
                    cells.append("Nej")
                    cells.append("Nej")
                    for _ in 0..<Ladder.stepCount { cells.append("") }
                    cells.append("")
                }
                try body(cells)
            }
        }
    }
}
