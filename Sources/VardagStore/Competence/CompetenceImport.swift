import CSV
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
            let deleteSteps = try db.cachedStatement(sql: "DELETE FROM competence_step_done WHERE medarbetare_id = ?")
            let insertStep = try db.cachedStatement(sql: """
                INSERT INTO competence_step_done (medarbetare_id, step_no, completed_on, validering) VALUES (?, ?, ?, ?)
                """)
            for row in rows {
                try Self.upsertMapping(db, row.mapping)
                try deleteSteps.execute(arguments: [row.mapping.medarbetareId])
                for completion in row.mapping.completions {
                    try insertStep.execute(arguments: [row.mapping.medarbetareId, completion.step, completion.date.iso, completion.validering])
                }
            }
            // One audit row for the whole import: who imported which file with how many people and steps.
            try self.recordAudit(db, .update, entity: "competence_import", entityId: Int64(rows.count), before: nil, after: [
                "source": .text(source), "people": .integer(Int64(rows.count)), "steps": .integer(Int64(steps)),
            ])
        }
        return CompetenceImportSummary(people: rows.count, steps: steps, dryRun: false)
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
            let person = KnownPerson(id: row["id"], name: row["name"], kommunKey: row["kommun_key"], enhetKey: row["enhet_key"],
                                     hasLadder: (row["omrade"] as String) != "ifo")
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

    /// Checks a whole file.
    private static func parseImport(
        _ data: Data, titles: [CompetenceTitle], people byId: [Int64: KnownPerson]
    ) throws -> [ImportRow] {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw CompetenceImportFailure(problems: [ImportProblem(
                line: 0, reason: "filen är inte UTF-8; spara den som ”CSV UTF-8 (kommaavgränsad)” i Excel")])
        }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        guard !firstLine.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CompetenceImportFailure(problems: [ImportProblem(line: 1, reason: "filen är tom: rubrikraden saknas")])
        }
        guard firstLine.contains(";") else {
            let reason = firstLine.contains(",") || firstLine.contains("\t")
                ? "fel avgränsare: kolumnerna ska skiljas med semikolon (;), inte komma eller tabb"
                : "rubrikraden har bara en kolumn; kolumnerna ska skiljas med semikolon (;)"
            throw CompetenceImportFailure(problems: [ImportProblem(line: 1, reason: reason)])
        }
        let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ";")
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var problems: [ImportProblem] = []
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
        var rows: [ImportRow] = []
        var seen: [Int64: Int] = [:]
        var line = 2
        while let fields = reader.next() {
            let rowLine = line
            line += 1 + fields.reduce(0) { $0 + $1.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
            if fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard fields.count == header.count else {
                problems.append(ImportProblem(line: rowLine, reason: "raden har \(fields.count) fält, rubriken \(header.count)"))
                continue
            }
            func field(_ name: String) -> String {
                guard let index = column[name] else { return "" }
                return trimmed(fields[index])
            }
            var reasons: [String] = []
            // Who.
            var person: KnownPerson?
            let name = field("namn")
            let idText = field("id")
            if !idText.isEmpty {
                if let id = Int64(idText), let known = byId[id] {
                    if name.isEmpty || known.name == name || RegisterName.uniquenessKey(known.name) == RegisterName.uniquenessKey(name) {
                        person = known
                    } else {
                        reasons.append("id \(id) hör till en annan person än ”\(field("namn"))”")
                    }
                } else {
                    reasons.append("okänd person: id ”\(idText)” finns inte bland aktiva medarbetare")
                }
            } else {
                let personKey = key(field("kommun")) + "\u{1F}" + key(field("enhet")) + "\u{1F}" + RegisterName.uniquenessKey(name)
                let matches = byKey()[personKey] ?? []
                if matches.count == 1 {
                    person = matches[0]
                } else if matches.isEmpty {
                    reasons.append("okänd person ”\(field("namn"))” i \(field("enhet")), \(field("kommun"))")
                } else {
                    reasons.append("flera medarbetare heter ”\(field("namn"))” i \(field("enhet")); ange Id")
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
            let title = titleByKey[key(field("titel"))]
            if title == nil { reasons.append(CompetenceError.unknownTitle(field("titel")).description) }
            let kind = EducationKind.parse(field("utbildning"))
            if kind == nil { reasons.append("okänd utbildning ”\(field("utbildning"))” (Ingen, Gymnasial, Yrkeshögskola, Högskola)") }
            var points = 0
            let pointsText = field("poäng")
            if !pointsText.isEmpty {
                if let value = Int(pointsText) {
                    if (0...5000).contains(value) { points = value } else { reasons.append(CompetenceError.pointsOutOfRange(value).description) }
                } else {
                    reasons.append("poäng: ”\(pointsText)” är inte ett heltal")
                }
            }
            var year: Int?
            let yearText = field("utbildningsår")
            if !yearText.isEmpty {
                if let value = Int(yearText), (1950...2100).contains(value) { year = value } else {
                    reasons.append("utbildningsår ”\(yearText)” ska vara ett år 1950–2100")
                }
            }
            let certificate = CompetenceCSV.parseYesNo(field("bevis"))
            if certificate == nil { reasons.append("bevis ska vara Ja eller Nej (fick ”\(field("bevis"))”)") }
            let transition = CompetenceCSV.parseYesNo(field("övergång"))
            if transition == nil { reasons.append("övergång ska vara Ja eller Nej (fick ”\(field("övergång"))”)") }
            let wishes = field("önskemål")
            if wishes.count > 500 { reasons.append("önskemål får vara högst 500 tecken") }
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
        if let error = reader.error {
            problems.append(ImportProblem(line: line, reason: "filen kunde inte läsas: \(error)"))
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(line: 2, reason: "filen har inga rader efter rubriken"))
        }
        if !problems.isEmpty { throw CompetenceImportFailure(problems: problems) }
        return rows
    }
}
