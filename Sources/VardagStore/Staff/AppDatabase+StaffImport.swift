import Foundation
import VardagDomain

/// The HR import of monthly staff figures (`vardag import staff FILE`), all or nothing.
///
/// The file is Swedish-Excel CSV (`;`, UTF-8 with or without a byte-order mark, or
/// Windows-1252, `StaffImportText`) or plain comma CSV; the header's first line tells which
/// separator. Columns: `StaffCSV`. Every row is checked first and every bad row is named by
/// its line; then nothing is stored. A good file replaces each unit-month it holds (an
/// HR system's corrected month is sent again whole); a unit-month already stored with the
/// same figures is left alone, so importing the same file twice writes nothing the second
/// time: no row, no audit. What changes is written in one transaction, one audit row per
/// unit-month changed and one for the import (its file name and counts).
extension AppDatabase {
    /// Imports (or with `dryRun` only checks) a file of staff figures.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - source: the file name for the audit trail.
    ///   - dryRun: check and count only; store nothing.
    ///   - today: the day the import runs: a month after this day's month is refused.
    /// - Returns: how many unit-months are added, replaced and unchanged.
    /// - Throws: `StaffImportFailure` listing every problem; the store's errors.
    @discardableResult
    public func importStaffFigures(_ data: Data, source: String, dryRun: Bool = false,
                                   today: LocalDate = .today()) throws -> StaffImportSummary {
        let (units, visible) = try writer.read { db in
            (try Self.staffImportUnits(db), try Self.staffUnitsVisible(db, login: user))
        }
        let parsed = try Self.parseStaffImport(data, units: units, writable: visible, latest: StaffMonth(containing: today))
        var summary = try writer.read { db in
            try Self.staffImportSummary(db, parsed, dryRun: dryRun)
        }
        guard !dryRun, summary.changesSomething else { return summary }
        try writer.write { db in
            try Self.requireStaffWriter(db, login: user, units: Set(parsed.map(\.enhetId)))
            summary = try Self.staffImportSummary(db, parsed, dryRun: false)
            guard summary.changesSomething else { return }
            try self.writeStaffMonths(db, parsed.map { ($0.enhetId, $0.month, $0.figures) })
            try self.recordAudit(db, .update, entity: "staff_import", entityId: Int64(parsed.count), before: nil, after: [
                "source": .text(source), "rows": .integer(Int64(parsed.count)), "added": .integer(Int64(summary.added)),
                "replaced": .integer(Int64(summary.replaced)),
            ])
        }
        return summary
    }

    /// One good row of the file.
    struct StaffImportRow {
        var line: Int
        var enhetId: Int64
        var month: StaffMonth
        var figures: StaffFigures
    }

    /// An active unit of an active kommun, as the file may name it.
    struct StaffImportUnit {
        var id: Int64
        var name: String
        var key: String
        var kommun: String
        var kommunKey: String
    }

    /// Every active unit of an active kommun, by the key of its name.
    static func staffImportUnits(_ db: any StoreConnection) throws -> [String: [StaffImportUnit]] {
        var units: [String: [StaffImportUnit]] = [:]
        for row in try StoreRow.fetchAll(db, sql: """
            SELECT e.id, e.name, e.name_key, k.name, k.name_key FROM enhet e JOIN kommun k ON k.id = e.kommun_id
            WHERE e.active = 1 AND k.active = 1 ORDER BY k.sort_key, e.sort_key
            """) {
            let unit = StaffImportUnit(id: row[0], name: row[1], key: row[2], kommun: row[3], kommunKey: row[4])
            units[unit.key, default: []].append(unit)
        }
        return units
    }

    /// How the file's rows compare with what is stored.
    static func staffImportSummary(_ db: any StoreConnection, _ rows: [StaffImportRow], dryRun: Bool) throws -> StaffImportSummary {
        let stored = try storedStaffFigures(db, rows.map { ($0.enhetId, $0.month) })
        var summary = StaffImportSummary(rows: rows.count, added: 0, replaced: 0, unchanged: 0, dryRun: dryRun)
        for row in rows {
            switch stored[StaffKey(enhetId: row.enhetId, month: row.month)] {
            case nil: summary.added += 1
            case row.figures?: summary.unchanged += 1
            default: summary.replaced += 1
            }
        }
        return summary
    }

    /// Checks a whole file.
    /// - Parameters:
    ///   - units: the units a row may name, by name key.
    ///   - writable: the units the login may change, or nil for all.
    ///   - latest: the latest month a row may give.
    /// - Returns: the rows.
    /// - Throws: `StaffImportFailure` with every problem.
    static func parseStaffImport(_ data: Data, units: [String: [StaffImportUnit]], writable: Set<Int64>?,
                                 latest: StaffMonth) throws -> [StaffImportRow] {
        func refuse(line: Int, _ key: String, _ arguments: String...) -> StaffImportFailure {
            StaffImportFailure(problems: [ImportProblem(line: line, key: key, arguments: arguments)])
        }
        let bytes = StaffImportText.utf8([UInt8](data)).bytes
        let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        guard firstLine.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { throw refuse(line: 1, "import.emptyFile") }
        let separator: UInt8
        if firstLine.contains(UInt8(ascii: ";")) {
            separator = UInt8(ascii: ";")
        } else if firstLine.contains(UInt8(ascii: ",")) {
            separator = UInt8(ascii: ",")
        } else {
            throw refuse(line: 1, firstLine.contains(0x09) ? "import.staff.wrongSeparator" : "import.staff.oneColumn")
        }
        var reader = CompetenceCSVReader(bytes: bytes, separator: separator)
        guard let headerRecord = reader.next() else { throw refuse(line: 1, "import.emptyFile") }
        var problems: [ImportProblem] = []
        var columns: [StaffCSV.Column?] = []
        var headerNames: [String] = []
        var position: [StaffCSV.Column: Int] = [:]
        for (index, raw) in headerRecord.fields.enumerated() {
            if let scalar = controlCharacter(in: raw) {
                problems.append(ImportProblem(line: 1, "import.controlCharacterInHeader", String(index + 1), codePoint(scalar)))
                columns.append(nil)
                headerNames.append("")
                continue
            }
            let name = raw.trimmingCharacters(in: .whitespaces)
            headerNames.append(name)
            guard let column = StaffCSV.names[name.precomposedStringWithCanonicalMapping.lowercased()] else {
                problems.append(ImportProblem(line: 1, "import.unknownColumn", name))
                columns.append(nil)
                continue
            }
            if position[column] != nil { problems.append(ImportProblem(line: 1, "import.duplicateColumn", name)) }
            position[column] = index
            columns.append(column)
        }
        let missing = StaffCSV.required.filter { position[$0] == nil }.map(StaffCSV.swedishName)
        if !missing.isEmpty { problems.append(ImportProblem(line: 1, "import.missingColumns", list: missing.joined(separator: ", "))) }
        if headerRecord.unclosedQuote { problems.append(ImportProblem(line: 1, "import.unclosedQuote")) }
        if !problems.isEmpty { throw StaffImportFailure(problems: problems) }

        var rows: [StaffImportRow] = []
        var seen: [AppDatabase.StaffKey: Int] = [:]
        while let record = reader.next() {
            let line = record.line
            let fields = record.fields
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if record.unclosedQuote {
                problems.append(ImportProblem(line: line, "import.unclosedQuote"))
                continue
            }
            guard fields.count == columns.count else {
                problems.append(ImportProblem(line: line, "import.fieldCount", String(fields.count), String(columns.count)))
                continue
            }
            var bad = false
            for (index, field) in fields.enumerated() {
                if let scalar = controlCharacter(in: field) {
                    problems.append(ImportProblem(line: line, "import.controlCharacter", headerNames[index], codePoint(scalar)))
                    bad = true
                }
            }
            if bad { continue }
            func cell(_ column: StaffCSV.Column) -> String {
                position[column].map { fields[$0].trimmingCharacters(in: .whitespaces) } ?? ""
            }
            var rowProblems: [ImportProblem] = []
            // The unit.
            let enhetName = cell(.enhet), kommunName = cell(.kommun)
            var unit: StaffImportUnit?
            if enhetName.isEmpty {
                rowProblems.append(ImportProblem(line: line, key: "import.staff.enhetRequired", arguments: []))
            } else {
                var candidates = units[RegisterName.uniquenessKey(enhetName)] ?? []
                if !kommunName.isEmpty {
                    let kommunKey = RegisterName.uniquenessKey(kommunName)
                    if !units.values.contains(where: { $0.contains { $0.kommunKey == kommunKey } }) {
                        rowProblems.append(ImportProblem(line: line, "import.unknownKommun", kommunName))
                        candidates = []
                    } else {
                        candidates = candidates.filter { $0.kommunKey == kommunKey }
                        if candidates.isEmpty { rowProblems.append(ImportProblem(line: line, "import.unknownEnhet", enhetName, kommunName)) }
                    }
                } else if candidates.isEmpty {
                    rowProblems.append(ImportProblem(line: line, "import.staff.unknownEnhet", enhetName))
                }
                if candidates.count > 1 {
                    rowProblems.append(ImportProblem(line: line, "import.ambiguousEnhet", enhetName,
                                                     list: candidates.map(\.kommun).joined(separator: ", ")))
                } else if let only = candidates.first {
                    unit = only
                    if let writable, !writable.contains(only.id) {
                        rowProblems.append(ImportProblem(line: line, "import.staff.notYourUnit", only.name, only.kommun))
                    }
                }
            }
            // The month.
            var month: StaffMonth?
            var monthProblem: StaffFigureProblem?
            do {
                month = try StaffMonth.parse(cell(.month))
            } catch {
                monthProblem = error
            }
            if let parsed = month, parsed > latest {
                monthProblem = .monthInFuture(parsed.description, latest: latest.description)
                month = nil
            }
            if let monthProblem {
                rowProblems.append(ImportProblem(line: line, key: monthProblem.key, arguments: monthProblem.arguments { $0.swedishHeader }))
            }
            // The figures, each named as the file's header names it.
            var cells: [StaffField: String] = [:]
            for field in StaffField.allCases { cells[field] = cell(.figure(field)) }
            var figures: StaffFigures?
            switch StaffFigures.parse(cells) {
            case .success(let value): figures = value
            case .failure(let failure):
                for problem in failure.problems {
                    rowProblems.append(ImportProblem(line: line, key: problem.key, arguments: problem.arguments { field in
                        position[.figure(field)].map { headerNames[$0] } ?? field.swedishHeader
                    }))
                }
            }
            if let unit, let month {
                let key = AppDatabase.StaffKey(enhetId: unit.id, month: month)
                if let earlier = seen[key] {
                    rowProblems.append(ImportProblem(line: line, "import.staff.duplicate", unit.name, month.description, String(earlier)))
                } else {
                    seen[key] = line
                }
            }
            if !rowProblems.isEmpty {
                problems += rowProblems
            } else if let unit, let month, let figures {
                rows.append(StaffImportRow(line: line, enhetId: unit.id, month: month, figures: figures))
            }
        }
        if !problems.isEmpty { throw StaffImportFailure(problems: problems) }
        if rows.isEmpty { throw refuse(line: 0, "import.noRows") }
        return rows
    }
}
