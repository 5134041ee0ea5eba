import Foundation
import GRDB
import VardagDomain

/// Imports competence mapping from an HR system's CSV file, all or nothing.
///
/// Every row is checked before anything is written; if any row is bad, every bad row is
/// reported by line number and reason and nothing is stored. A good file replaces the
/// mapping (education, certificate, title, wishes, completed steps) of each person in it,
/// in one transaction with one audit row for the import. Plans are not touched.
extension AppDatabase {
    /// One checked row ready to store.
    struct ImportRow {
        var mapping: CompetenceMapping
    }

    /// A person the import can refer to.
    private struct KnownPerson {
        var id: Int64
        /// The stored (normalised) name; compared as typed first, by key only when that differs.
        var name: String
        var kommunKey: String
        var enhetKey: String
        var hasLadder: Bool
    }

    /// Imports a file.
    /// - Parameters:
    ///   - data: the file's bytes (UTF-8, BOM allowed, `;` separated).
    ///   - source: the file name for the audit trail.
    ///   - dryRun: check only; store nothing.
    /// - Returns: what was (or would be) stored.
    /// - Throws: `CompetenceImportFailure` listing every problem; GRDB errors.
    @discardableResult
    public func importCompetence(_ data: Data, source: String, dryRun: Bool = false) throws -> CompetenceImportSummary {
        let (titles, people) = try writer.read { db in (try Self.fetchTitles(db), try Self.importPeople(db)) }
        let rows = try Self.parseImport(data, titles: titles, people: people)
        let steps = rows.reduce(0) { $0 + $1.mapping.completions.count }
        if dryRun { return CompetenceImportSummary(people: rows.count, steps: steps, dryRun: true) }
        try writer.write { db in
            try Self.writeImport(db, rows)
            // One audit row for the whole import: who imported which file with how many people and steps.
            try self.recordAudit(db, .update, entity: "competence_import", entityId: Int64(rows.count), before: nil, after: [
                "source": .text(source), "people": .integer(Int64(rows.count)), "steps": .integer(Int64(steps)),
            ])
        }
        return CompetenceImportSummary(people: rows.count, steps: steps, dryRun: false)
    }

    /// Writes checked rows: each person's mapping row replaced, her steps deleted and the
    /// file's steps inserted, with multi-row statements prepared once and rebound, so a
    /// 30,000-row file takes a few hundred statement runs instead of one per row and step.
    private static func writeImport(_ db: Database, _ rows: [ImportRow]) throws {
        try runBatched(db, count: rows.count, batch: 64, sql: { count in
            """
            INSERT INTO competence_mapping (medarbetare_id, title_id, education_kind, points, education_year, certificate,
                                            employed_on_protection_day, wishes)
            VALUES \(placeholders(columns: 8, rows: count))
            ON CONFLICT (medarbetare_id) DO UPDATE SET title_id = excluded.title_id, education_kind = excluded.education_kind,
                points = excluded.points, education_year = excluded.education_year, certificate = excluded.certificate,
                employed_on_protection_day = excluded.employed_on_protection_day, wishes = excluded.wishes
            """
        }, bind: { index, values in
            let mapping = rows[index].mapping
            values.append(mapping.medarbetareId)
            values.append(mapping.titleId)
            values.append(mapping.educationKind.rawValue)
            values.append(mapping.points)
            values.append(mapping.educationYear)
            values.append(mapping.certificate)
            values.append(mapping.employedOnProtectionDay)
            values.append(mapping.wishes)
        })
        try runBatched(db, count: rows.count, batch: 256, sql: { count in
            "DELETE FROM competence_step_done WHERE medarbetare_id IN \(placeholders(columns: count, rows: 1))"
        }, bind: { index, values in
            values.append(rows[index].mapping.medarbetareId)
        })
        var steps: [(id: Int64, completion: StepCompletion)] = []
        steps.reserveCapacity(rows.count * 3)
        for row in rows {
            for completion in row.mapping.completions { steps.append((row.mapping.medarbetareId, completion)) }
        }
        try runBatched(db, count: steps.count, batch: 128, sql: { count in
            "INSERT INTO competence_step_done (medarbetare_id, step_no, completed_on, validering) VALUES \(placeholders(columns: 4, rows: count))"
        }, bind: { index, values in
            let (id, completion) = steps[index]
            values.append(id)
            values.append(completion.step)
            values.append(isoText(completion.date))
            values.append(completion.validering)
        })
    }

    /// A date as `YYYY-MM-DD`, like `LocalDate.iso` but built in place (a small string, no
    /// allocation): an import writes tens of thousands.
    static func isoText(_ date: LocalDate) -> String {
        guard (0...9999).contains(date.year) else { return date.iso }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, _ digits: Int, at offset: Int) {
                var rest = value
                for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(date.year, 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(date.month, 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(date.day, 2, at: 8)
            return 10
        }
    }

    /// `(?, ?), (?, ?)` for two rows of two columns.
    private static func placeholders(columns: Int, rows: Int) -> String {
        let row = "(" + repeatElement("?", count: columns).joined(separator: ", ") + ")"
        return repeatElement(row, count: rows).joined(separator: ", ")
    }

    /// Runs a statement over `count` items, `batch` items per run: the full-size statement is
    /// prepared once, the remainder's once.
    /// - Parameters:
    ///   - sql: the statement for a number of items.
    ///   - bind: appends item `index`'s values.
    private static func runBatched(
        _ db: Database, count: Int, batch: Int, sql: (Int) -> String, bind: (Int, inout [(any DatabaseValueConvertible)?]) -> Void
    ) throws {
        guard count > 0 else { return }
        var full: Statement?
        // Existential values: GRDB's initializer for them converts by a plain protocol call;
        // the one for concrete types goes through a key path per value, which cost more than
        // the binding itself (measured: about 100 ms of a 30,000-row import).
        var values: [(any DatabaseValueConvertible)?] = []
        var start = 0
        while start < count {
            let size = min(batch, count - start)
            let statement: Statement
            if size == batch {
                if full == nil { full = try db.makeStatement(sql: sql(batch)) }
                statement = full!
            } else {
                statement = try db.makeStatement(sql: sql(size))
            }
            values.removeAll(keepingCapacity: true)
            for index in start..<(start + size) { bind(index, &values) }
            statement.setUncheckedArguments(StatementArguments(values))
            try statement.execute()
            start += size
        }
    }

    /// Active people by id.
    private static func importPeople(_ db: Database) throws -> [Int64: KnownPerson] {
        var byId: [Int64: KnownPerson] = [:]
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT m.id, m.name, e.name_key AS enhet_key, k.name_key AS kommun_key, e.omrade
            FROM medarbetare m JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
            JOIN kommun k ON k.id = e.kommun_id WHERE m.active = 1
            """)
        while let row = try cursor.next() {
            // By position: name lookups per cell cost more than the rest of the row for 30,000 people.
            let person = KnownPerson(id: row[0], name: row[1], kommunKey: row[3], enhetKey: row[2],
                                     hasLadder: (row[4] as String) != "ifo")
            byId[person.id] = person
        }
        return byId
    }

    /// Trims spaces and tabs at both ends without Foundation when there are none (the common case).
    private static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// The first character in a text that `FreeText` forbids in a one-line field (C0, DEL,
    /// C1, bidi controls, line separators), if any: the same rule as typing it in the app.
    ///
    /// Control characters never belong in a name, a code or a wish: ESC starts terminal
    /// escape sequences, so such a text could take over the terminal of whoever reads it.
    static func controlCharacter(in text: String) -> Unicode.Scalar? {
        guard text.utf8.contains(where: { FreeText.mayBeginForbidden(utf8: $0) }) else { return nil }
        return text.unicodeScalars.first { FreeText.isForbidden($0, lines: .single) }
    }

    /// Free text (wishes) with Excel's in-cell line breaks (Alt+Enter) and tabs turned into
    /// single spaces; other control characters are left for `controlCharacter(in:)` to refuse.
    static func joiningLines(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return text }
        var result = String.UnicodeScalarView()
        var lastWasBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                if !lastWasBreak { result.append(" ") }
                lastWasBreak = true
            } else {
                result.append(scalar)
                lastWasBreak = false
            }
        }
        return String(result)
    }

    /// The reason for a control character in a column; names the character by code point, never prints it.
    static func controlCharacterReason(column: String, _ scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return "kolumnen ”\(column)” innehåller styrtecknet U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code), "
            + "som inte tas emot (radera det i filen)"
    }

    /// Checks a whole file.
    private static func parseImport(
        _ data: Data, titles: [CompetenceTitle], people byId: [Int64: KnownPerson]
    ) throws -> [ImportRow] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw CompetenceImportFailure(problems: [ImportProblem(
                line: 0, reason: "filen är inte UTF-8; spara den som ”CSV UTF-8 (kommaavgränsad)” i Excel")])
        }
        let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        guard firstLine.contains(where: { $0 != 0x20 && $0 != 0x09 }) else {
            throw CompetenceImportFailure(problems: [ImportProblem(line: 1, reason: "filen är tom: rubrikraden saknas")])
        }
        guard firstLine.contains(UInt8(ascii: ";")) else {
            let reason = firstLine.contains(UInt8(ascii: ",")) || firstLine.contains(0x09)
                ? "fel avgränsare: kolumnerna ska skiljas med semikolon (;), inte komma eller tabb"
                : "rubrikraden har bara en kolumn; kolumnerna ska skiljas med semikolon (;)"
            throw CompetenceImportFailure(problems: [ImportProblem(line: 1, reason: reason)])
        }
        var reader = CompetenceCSVReader(bytes: bytes)
        guard let headerRecord = reader.next() else {
            throw CompetenceImportFailure(problems: [ImportProblem(line: 1, reason: "filen är tom: rubrikraden saknas")])
        }
        var problems: [ImportProblem] = []
        var header: [String] = []
        for (index, raw) in headerRecord.fields.enumerated() {
            if let scalar = controlCharacter(in: raw) {
                problems.append(ImportProblem(line: 1, reason: controlCharacterReason(column: "nr \(index + 1)", scalar)))
                header.append("")
            } else {
                header.append(raw.trimmingCharacters(in: .whitespaces).lowercased())
            }
        }
        if !problems.isEmpty { throw CompetenceImportFailure(problems: problems) }
        var column: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if column[name] != nil {
                problems.append(ImportProblem(line: 1, reason: "kolumnen ”\(name)” finns två gånger"))
            } else if CompetenceCSV.required.contains(name) || CompetenceCSV.optional.contains(name) {
                column[name] = index
            } else if name.hasPrefix("steg ") {
                problems.append(ImportProblem(line: 1, reason: "okänt steg ”\(name)”: trappan har steg 1–5"))
            } else {
                problems.append(ImportProblem(line: 1, reason: "okänd kolumn ”\(name)”"))
            }
        }
        let missing = CompetenceCSV.required.subtracting(column.keys).sorted()
        if !missing.isEmpty {
            problems.append(ImportProblem(line: 1, reason: "kolumner saknas: " + missing.joined(separator: ", ")))
        }
        if headerRecord.unclosedQuote {
            problems.append(ImportProblem(line: 1, reason: "ett citattecken (\") öppnar ett fält som aldrig avslutas"))
        }
        if !problems.isEmpty { throw CompetenceImportFailure(problems: problems) }

        let titleByKey = Dictionary(titles.map { (RegisterName.uniquenessKey($0.name), $0) }) { a, _ in a }
        // Few distinct texts repeat in thousands of rows: normalise each once.
        var keyCache: [String: String] = [:]
        func key(_ text: String) -> String {
            if let cached = keyCache[text] { return cached }
            let value = RegisterName.uniquenessKey(text)
            keyCache[text] = value
            return value
        }
        // Wishes repeat too ("Vill gå nästa steg"); NFC-normalise each distinct text once.
        var normalizedCache: [String: String] = [:]
        func normalized(_ text: String) -> String {
            if text.isEmpty { return text }
            if let cached = normalizedCache[text] { return cached }
            let value = RegisterName.normalize(text)
            normalizedCache[text] = value
            return value
        }
        // The title column repeats a handful of texts: look each up once.
        var titleByText: [String: CompetenceTitle?] = [:]
        var byKeyCache: [String: [KnownPerson]]?
        func byKey() -> [String: [KnownPerson]] {
            if let byKeyCache { return byKeyCache }
            var map: [String: [KnownPerson]] = [:]
            for person in byId.values {
                map[person.kommunKey + "\u{1F}" + person.enhetKey + "\u{1F}" + RegisterName.uniquenessKey(person.name), default: []].append(person)
            }
            byKeyCache = map
            return map
        }
        let stepColumns = (1...Ladder.stepCount).map { column["steg \($0)"]! }
        let wishesColumn = column["önskemål"]
        // Column positions once, not a dictionary lookup per cell.
        let nameColumn = column["namn"]
        let idColumn = column["id"]
        let kommunColumn = column["kommun"]
        let enhetColumn = column["enhet"]
        let titleColumn = column["titel"]
        let kindColumn = column["utbildning"]
        let pointsColumn = column["poäng"]
        let yearColumn = column["utbildningsår"]
        let certificateColumn = column["bevis"]
        let transitionColumn = column["övergång"]
        let displayName = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [ImportRow] = []
        rows.reserveCapacity(byId.count)
        var seen: [Int64: Int] = [:]
        seen.reserveCapacity(byId.count)
        while let record = reader.next() {
            let rowLine = record.line
            var fields = record.fields
            if record.unclosedQuote {
                problems.append(ImportProblem(line: rowLine, reason: "ett citattecken (\") öppnar ett fält som aldrig avslutas"))
                continue
            }
            if fields.count == 1 && fields[0].allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            guard fields.count == header.count else {
                problems.append(ImportProblem(line: rowLine, reason: "raden har \(fields.count) fält, rubriken \(header.count)"))
                continue
            }
            // Control characters first: such a row is refused without echoing any of its text.
            // The reader flags records that may hold one, so clean rows skip the check.
            if record.mayHaveControlCharacters {
                if let wishesColumn { fields[wishesColumn] = joiningLines(fields[wishesColumn]) }
                var controlReasons: [String] = []
                for index in fields.indices {
                    // Tabs at either end are trimmed away like spaces, so only what would be kept counts.
                    if let scalar = controlCharacter(in: trimmed(fields[index])) {
                        controlReasons.append(controlCharacterReason(column: displayName[index], scalar))
                    }
                }
                if !controlReasons.isEmpty {
                    problems.append(contentsOf: controlReasons.map { ImportProblem(line: rowLine, reason: $0) })
                    continue
                }
            }
            func field(_ index: Int?) -> String {
                guard let index else { return "" }
                return trimmed(fields[index])
            }
            var reasons: [String] = []
            // Who.
            var person: KnownPerson?
            let name = field(nameColumn)
            let idText = field(idColumn)
            if !idText.isEmpty {
                if let id = Int64(idText), let known = byId[id] {
                    // Bytes first: the exported name is the stored one, and byte equality is cheap.
                    if name.isEmpty || known.name.utf8.elementsEqual(name.utf8)
                        || RegisterName.uniquenessKey(known.name) == RegisterName.uniquenessKey(name) {
                        person = known
                    } else {
                        reasons.append("id \(id) hör till en annan person än ”\(field(nameColumn))”")
                    }
                } else {
                    reasons.append("okänd person: id ”\(idText)” finns inte bland aktiva medarbetare")
                }
            } else {
                let personKey = key(field(kommunColumn)) + "\u{1F}" + key(field(enhetColumn)) + "\u{1F}" + RegisterName.uniquenessKey(name)
                let matches = byKey()[personKey] ?? []
                if matches.count == 1 {
                    person = matches[0]
                } else if matches.isEmpty {
                    reasons.append("okänd person ”\(field(nameColumn))” i \(field(enhetColumn)), \(field(kommunColumn))")
                } else {
                    reasons.append("flera medarbetare heter ”\(field(nameColumn))” i \(field(enhetColumn)); ange Id")
                }
            }
            if let person {
                if let first = seen[person.id] {
                    reasons.append("dubblett: samma person som på rad \(first)")
                } else {
                    seen[person.id] = rowLine
                }
            }
            // Title and education.
            let titleText = field(titleColumn)
            let title: CompetenceTitle?
            if let cached = titleByText[titleText] {
                title = cached
            } else {
                title = titleByKey[key(titleText)]
                titleByText[titleText] = title
            }
            if title == nil { reasons.append(CompetenceError.unknownTitle(field(titleColumn)).description) }
            let kind = EducationKind.parse(field(kindColumn))
            if kind == nil { reasons.append("okänd utbildning ”\(field(kindColumn))” (Ingen, Gymnasial, Yrkeshögskola, Högskola)") }
            var points = 0
            let pointsText = field(pointsColumn)
            if !pointsText.isEmpty {
                if let value = Int(pointsText) {
                    if (0...5000).contains(value) { points = value } else { reasons.append(CompetenceError.pointsOutOfRange(value).description) }
                } else {
                    reasons.append("poäng: ”\(pointsText)” är inte ett heltal")
                }
            }
            var year: Int?
            let yearText = field(yearColumn)
            if !yearText.isEmpty {
                if let value = Int(yearText), (1950...2100).contains(value) { year = value } else {
                    reasons.append("utbildningsår ”\(yearText)” ska vara ett år 1950–2100")
                }
            }
            let certificate = CompetenceCSV.parseYesNo(field(certificateColumn))
            if certificate == nil { reasons.append("bevis ska vara Ja eller Nej (fick ”\(field(certificateColumn))”)") }
            let transition = CompetenceCSV.parseYesNo(field(transitionColumn))
            if transition == nil { reasons.append("övergång ska vara Ja eller Nej (fick ”\(field(transitionColumn))”)") }
            let wishes = field(wishesColumn)
            if wishes.utf8.count > 500 && wishes.count > 500 { reasons.append("önskemål får vara högst 500 tecken") }
            // Steps.
            var completions: [StepCompletion] = []
            for (index, columnIndex) in stepColumns.enumerated() {
                do {
                    if let (date, validering) = try CompetenceCSV.parseStepCell(fields[columnIndex]) {
                        completions.append(StepCompletion(step: index + 1, date: date, validering: validering))
                    }
                } catch {
                    reasons.append("steg \(index + 1): ”\(fields[columnIndex])” är inget giltigt datum (ÅÅÅÅ-MM-DD, ev. följt av V)")
                }
            }
            if let person, !person.hasLadder, let first = completions.first {
                reasons.append(CompetenceError.unknownStep(first.step).description + " (enheten har ingen kompetenstrappa)")
            }
            do { try StepOrder.validate(completions) } catch { reasons.append(error.description) }

            if !reasons.isEmpty {
                problems.append(contentsOf: reasons.map { ImportProblem(line: rowLine, reason: $0) })
                continue
            }
            guard let person, let title, let kind, let certificate, let transition else { continue }
            rows.append(ImportRow(mapping: CompetenceMapping(
                medarbetareId: person.id, titleId: title.id, educationKind: kind, points: points, educationYear: year,
                certificate: certificate, employedOnProtectionDay: transition, completions: completions,
                wishes: normalized(wishes))))
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(line: 2, reason: "filen har inga rader efter rubriken"))
        }
        if !problems.isEmpty { throw CompetenceImportFailure(problems: problems) }
        return rows
    }
}
