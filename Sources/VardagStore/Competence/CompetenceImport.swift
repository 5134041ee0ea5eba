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

    /// Writes checked rows: each person's mapping row and completed steps made exactly what
    /// the file says, with multi-row statements prepared once and bound straight through
    /// SQLite (`BulkStatement`), so a 30,000-row file takes a few hundred statement runs
    /// instead of one per row and step.
    ///
    /// - Rows go in person-id order: both tables are keyed by the person, so the B-trees are
    ///   filled from one end instead of at random places (measured with `sqlite3`: about a
    ///   quarter less work for the same rows).
    /// - What is stored is read first (which people have a mapping, which steps each has),
    ///   so a new row is a plain `INSERT`, a stored one an `UPDATE … FROM (VALUES …)`, and a
    ///   stored step the file no longer has is deleted. An upsert would do more: it builds
    ///   and checks the row to insert before it finds the conflict and updates.
    /// - The updates skip rows already stored as the file has them (their `WHERE`), so the
    ///   monthly re-import of a mostly unchanged HR file writes little.
    private static func writeImport(_ db: Database, _ rows: [ImportRow]) throws {
        // In person-id order (sorted here, not copied: the rows hold strings and arrays).
        var order = Array(rows.indices)
        order.sort { rows[$0].mapping.medarbetareId < rows[$1].mapping.medarbetareId }
        var mapped = Set<Int64>()
        let mappedCursor = try Int64.fetchCursor(db, sql: "SELECT medarbetare_id FROM competence_mapping")
        while let id = try mappedCursor.next() { mapped.insert(id) }
        var storedSteps: [Int64: Int] = [:]
        let masks = try Row.fetchCursor(db, sql: "SELECT medarbetare_id, sum(1 << step_no) FROM competence_step_done GROUP BY medarbetare_id")
        while let row = try masks.next() { storedSteps[row[0]] = row[1] }

        var newMappings: [Int] = [], storedMappings: [Int] = []
        var newSteps: [(id: Int64, completion: StepCompletion)] = [], storedStepsToSet: [(id: Int64, completion: StepCompletion)] = []
        var staleSteps: [(id: Int64, step: Int)] = []
        newSteps.reserveCapacity(rows.count * 3)
        for index in order {
            let mapping = rows[index].mapping
            let id = mapping.medarbetareId
            if mapped.contains(id) { storedMappings.append(index) } else { newMappings.append(index) }
            let stored = storedSteps[id] ?? 0
            var fileSteps = 0
            for completion in mapping.completions {
                fileSteps |= 1 << completion.step
                if stored & (1 << completion.step) != 0 {
                    storedStepsToSet.append((id, completion))
                } else {
                    newSteps.append((id, completion))
                }
            }
            for step in 1...Ladder.stepCount where stored & ~fileSteps & (1 << step) != 0 { staleSteps.append((id, step)) }
        }

        func bindMapping(_ mapping: CompetenceMapping, _ statement: inout BulkStatement) {
            statement.bind(mapping.medarbetareId)
            statement.bind(mapping.titleId)
            statement.bind(mapping.educationKind.rawValue)
            statement.bind(mapping.points)
            statement.bind(mapping.educationYear)
            statement.bind(mapping.certificate)
            statement.bind(mapping.employedOnProtectionDay)
            statement.bind(mapping.wishes)
        }
        try runBatched(db, count: newMappings.count, batch: 64, sql: { count in
            """
            INSERT INTO competence_mapping (medarbetare_id, title_id, education_kind, points, education_year, certificate,
                                            employed_on_protection_day, wishes)
            VALUES \(placeholders(columns: 8, rows: count))
            """
        }, bind: { index, statement in bindMapping(rows[newMappings[index]].mapping, &statement) })
        try runBatched(db, count: storedMappings.count, batch: 64, sql: { count in
            """
            UPDATE competence_mapping AS m SET title_id = v.column2, education_kind = v.column3, points = v.column4,
                education_year = v.column5, certificate = v.column6, employed_on_protection_day = v.column7, wishes = v.column8
            FROM (VALUES \(placeholders(columns: 8, rows: count))) AS v
            WHERE m.medarbetare_id = v.column1
                AND (m.title_id IS NOT v.column2 OR m.education_kind IS NOT v.column3 OR m.points IS NOT v.column4
                     OR m.education_year IS NOT v.column5 OR m.certificate IS NOT v.column6
                     OR m.employed_on_protection_day IS NOT v.column7 OR m.wishes IS NOT v.column8)
            """
        }, bind: { index, statement in bindMapping(rows[storedMappings[index]].mapping, &statement) })
        try runBatched(db, count: staleSteps.count, batch: 128, sql: { count in
            "DELETE FROM competence_step_done WHERE (medarbetare_id, step_no) IN (VALUES \(placeholders(columns: 2, rows: count)))"
        }, bind: { index, statement in
            statement.bind(staleSteps[index].id)
            statement.bind(staleSteps[index].step)
        })
        func bindStep(_ step: (id: Int64, completion: StepCompletion), _ statement: inout BulkStatement) {
            statement.bind(step.id)
            statement.bind(step.completion.step)
            statement.bind(step.completion.date)
            statement.bind(step.completion.validering)
        }
        try runBatched(db, count: storedStepsToSet.count, batch: 128, sql: { count in
            """
            UPDATE competence_step_done AS s SET completed_on = v.column3, validering = v.column4
            FROM (VALUES \(placeholders(columns: 4, rows: count))) AS v
            WHERE s.medarbetare_id = v.column1 AND s.step_no = v.column2
                AND (s.completed_on IS NOT v.column3 OR s.validering IS NOT v.column4)
            """
        }, bind: { index, statement in bindStep(storedStepsToSet[index], &statement) })
        try runBatched(db, count: newSteps.count, batch: 128, sql: { count in
            "INSERT INTO competence_step_done (medarbetare_id, step_no, completed_on, validering) VALUES \(placeholders(columns: 4, rows: count))"
        }, bind: { index, statement in bindStep(newSteps[index], &statement) })
        // GRDB did not see these statements run: tell it, so observers of these tables hear of them.
        try db.notifyChanges(in: Table("competence_mapping"))
        try db.notifyChanges(in: Table("competence_step_done"))
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
    ///   - bind: binds item `index`'s values, in order.
    private static func runBatched(
        _ db: Database, count: Int, batch: Int, sql: (Int) -> String, bind: (Int, inout BulkStatement) -> Void
    ) throws {
        guard count > 0 else { return }
        var full: BulkStatement?
        var start = 0
        while start < count {
            let size = min(batch, count - start)
            var statement: BulkStatement
            if size == batch, let prepared = full {
                statement = prepared
            } else {
                statement = try BulkStatement(db, sql: sql(size))
            }
            for index in start..<(start + size) { bind(index, &statement) }
            try statement.run()
            if size == batch { full = statement }
            start += size
        }
    }

    /// Active people by id.
    ///
    /// Teams first (about a thousand rows), then one pass over the people: a join would
    /// seek each person's team, enhet and kommun, three B-tree searches per person, which
    /// was a quarter of checking a 30,000-row file.
    private static func importPeople(_ db: Database) throws -> [Int64: KnownPerson] {
        var teams: [Int64: (kommunKey: String, enhetKey: String, hasLadder: Bool)] = [:]
        let teamCursor = try Row.fetchCursor(db, sql: """
            SELECT t.id, e.name_key, k.name_key, e.omrade
            FROM team t JOIN enhet e ON e.id = t.enhet_id JOIN kommun k ON k.id = e.kommun_id
            """)
        while let row = try teamCursor.next() {
            teams[row[0]] = (row[2], row[1], (row[3] as String) != "ifo")
        }
        var byId: [Int64: KnownPerson] = [:]
        byId.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM medarbetare WHERE active = 1") ?? 0)
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, name, team_id FROM medarbetare WHERE active = 1")
        while let row = try cursor.next() {
            // By position: name lookups per cell cost more than the rest of the row for 30,000 people.
            guard let team = teams[row[2]] else { continue }
            let id: Int64 = row[0]
            byId[id] = KnownPerson(id: id, name: row[1], kommunKey: team.kommunKey, enhetKey: team.enhetKey,
                                   hasLadder: team.hasLadder)
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

    /// Whether a text is exactly these bytes.
    static func same(_ text: String, _ bytes: ArraySlice<UInt8>) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { stored in
            bytes.withUnsafeBufferPointer { given in
                stored.count == given.count && (stored.isEmpty || memcmp(stored.baseAddress!, given.baseAddress!, stored.count) == 0)
            }
        } ?? text.utf8.elementsEqual(bytes)
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
        // Title texts seen so far, by their bytes: a file repeats a handful in every row.
        var titleByBytes: [(bytes: [UInt8], title: CompetenceTitle?)] = []
        // Wishes repeat too ("Vill gå nästa steg"): each distinct text is made, checked and
        // NFC-normalised once. Keyed by the file's bytes, since hashing a String normalises it.
        var wishesByBytes: [ArraySlice<UInt8>: String] = [:]
        var rows: [ImportRow] = []
        rows.reserveCapacity(byId.count)
        var seen: [Int64: Int] = [:]
        seen.reserveCapacity(byId.count)
        let file = bytes
        // Kept across records so that no array is made per row.
        var spans: [CompetenceCSVReader.Field] = []
        spans.reserveCapacity(header.count + 4)
        while let record = reader.next(into: &spans) {
            let rowLine = record.line
            if record.unclosedQuote {
                problems.append(ImportProblem(line: rowLine, reason: "ett citattecken (\") öppnar ett fält som aldrig avslutas"))
                continue
            }
            if spans.count == 1 && reader.text(spans[0]).allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            guard spans.count == header.count else {
                problems.append(ImportProblem(line: rowLine, reason: "raden har \(spans.count) fält, rubriken \(header.count)"))
                continue
            }
            // Cells are read from their bytes where they have a common form (a plain number,
            // a date, Ja/Nej, the exported name); a cell's text is made only for the other
            // forms, for messages and for new wishes. The helpers below capture constants
            // only: a captured variable would be checked for exclusive access on every call.
            let cells = spans
            let suspect = record.mayHaveControlCharacters
            // Excel's in-cell line breaks in the wishes become spaces before anything is checked.
            let joinedWishes = suspect ? wishesColumn.map { joiningLines(CompetenceCSVReader.text(cells[$0], in: file)) } : nil
            func text(_ index: Int) -> String {
                if index == wishesColumn, let joinedWishes { return joinedWishes }
                return CompetenceCSVReader.text(cells[index], in: file)
            }
            /// A cell's bytes, or nil when they are not its text as checked (doubled quotes, a
            /// possible control character) or when spaces or tabs at either end would be
            /// trimmed: the text path handles those.
            func plainBytes(_ index: Int?) -> ArraySlice<UInt8>? {
                guard let index, !suspect, !cells[index].hasDoubledQuotes else { return nil }
                let bytes = CompetenceCSVReader.bytes(cells[index], in: file)
                if let first = bytes.first, first == 0x20 || first == 0x09 || bytes.last == 0x20 || bytes.last == 0x09 { return nil }
                return bytes
            }
            // Control characters first: such a row is refused without echoing any of its text.
            // The reader flags records that may hold one, so clean rows skip the check.
            if suspect {
                var controlReasons: [String] = []
                for index in cells.indices {
                    // Tabs at either end are trimmed away like spaces, so only what would be kept counts.
                    if let scalar = controlCharacter(in: trimmed(text(index))) {
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
                return trimmed(text(index))
            }
            var reasons: [String] = []
            // Who.
            var person: KnownPerson?
            let idBytes = plainBytes(idColumn)
            if let id = idBytes.flatMap(CompetenceCSV.plainNumber).map(Int64.init), let known = byId[id],
               let nameBytes = plainBytes(nameColumn), Self.same(known.name, nameBytes) {
                // The common case: the id and name exactly as an export writes them.
                person = known
            } else {
                let name = field(nameColumn)
                let idText = field(idColumn)
                if !idText.isEmpty {
                    if let id = Int64(idText), let known = byId[id] {
                        // Bytes first: the exported name is the stored one, and byte equality is cheap.
                        if name.isEmpty || known.name.utf8.elementsEqual(name.utf8)
                            || RegisterName.uniquenessKey(known.name) == RegisterName.uniquenessKey(name) {
                            person = known
                        } else {
                            reasons.append("id \(id) hör till en annan person än ”\(name)”")
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
                        reasons.append("okänd person ”\(name)” i \(field(enhetColumn)), \(field(kommunColumn))")
                    } else {
                        reasons.append("flera medarbetare heter ”\(name)” i \(field(enhetColumn)); ange Id")
                    }
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
            var title: CompetenceTitle?
            if let bytes = plainBytes(titleColumn), let known = titleByBytes.first(where: { $0.bytes.elementsEqual(bytes) }) {
                title = known.title
            } else {
                let titleText = field(titleColumn)
                title = titleByKey[key(titleText)]
                if let bytes = plainBytes(titleColumn) { titleByBytes.append((Array(bytes), title)) }
            }
            if title == nil { reasons.append(CompetenceError.unknownTitle(field(titleColumn)).description) }
            let kind = plainBytes(kindColumn).flatMap(CompetenceCSV.exactEducationKind) ?? EducationKind.parse(field(kindColumn))
            if kind == nil { reasons.append("okänd utbildning ”\(field(kindColumn))” (Ingen, Gymnasial, Yrkeshögskola, Högskola)") }
            var points = 0
            if let bytes = plainBytes(pointsColumn), let value = CompetenceCSV.plainNumber(bytes), value <= 5000 {
                points = value
            } else {
                let pointsText = field(pointsColumn)
                if !pointsText.isEmpty {
                    if let value = Int(pointsText) {
                        if (0...5000).contains(value) { points = value } else { reasons.append(CompetenceError.pointsOutOfRange(value).description) }
                    } else {
                        reasons.append("poäng: ”\(pointsText)” är inte ett heltal")
                    }
                }
            }
            var year: Int?
            if let bytes = plainBytes(yearColumn), let value = CompetenceCSV.plainNumber(bytes), (1950...2100).contains(value) {
                year = value
            } else {
                let yearText = field(yearColumn)
                if !yearText.isEmpty {
                    if let value = Int(yearText), (1950...2100).contains(value) { year = value } else {
                        reasons.append("utbildningsår ”\(yearText)” ska vara ett år 1950–2100")
                    }
                }
            }
            let certificate = plainBytes(certificateColumn).flatMap(CompetenceCSV.exactYesNo) ?? CompetenceCSV.parseYesNo(field(certificateColumn))
            if certificate == nil { reasons.append("bevis ska vara Ja eller Nej (fick ”\(field(certificateColumn))”)") }
            let transition = plainBytes(transitionColumn).flatMap(CompetenceCSV.exactYesNo) ?? CompetenceCSV.parseYesNo(field(transitionColumn))
            if transition == nil { reasons.append("övergång ska vara Ja eller Nej (fick ”\(field(transitionColumn))”)") }
            let wishesBytes = plainBytes(wishesColumn)
            var wishes = wishesBytes.flatMap { wishesByBytes[$0] }
            if wishes == nil {
                let text = field(wishesColumn)
                if text.utf8.count > 500 && text.count > 500 {
                    reasons.append("önskemål får vara högst 500 tecken")
                } else {
                    let clean = text.isEmpty ? text : RegisterName.normalize(text)
                    if let wishesBytes { wishesByBytes[wishesBytes] = clean }
                    wishes = clean
                }
            }
            // Steps.
            var completions: [StepCompletion] = []
            for (index, columnIndex) in stepColumns.enumerated() {
                if let bytes = plainBytes(columnIndex), let cell = CompetenceCSV.plainStepCell(bytes) {
                    if let (date, validering) = cell {
                        completions.append(StepCompletion(step: index + 1, date: date, validering: validering))
                    }
                    continue
                }
                do {
                    if let (date, validering) = try CompetenceCSV.parseStepCell(text(columnIndex)) {
                        completions.append(StepCompletion(step: index + 1, date: date, validering: validering))
                    }
                } catch {
                    reasons.append("steg \(index + 1): ”\(text(columnIndex))” är inget giltigt datum (ÅÅÅÅ-MM-DD, ev. följt av V)")
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
            guard let person, let title, let kind, let certificate, let transition, let wishes else { continue }
            rows.append(ImportRow(mapping: CompetenceMapping(
                medarbetareId: person.id, titleId: title.id, educationKind: kind, points: points, educationYear: year,
                certificate: certificate, employedOnProtectionDay: transition, completions: completions,
                wishes: wishes)))
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(line: 2, reason: "filen har inga rader efter rubriken"))
        }
        if !problems.isEmpty { throw CompetenceImportFailure(problems: problems) }
        return rows
    }
}
