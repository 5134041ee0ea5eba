import Foundation
import VardagDomain

/// Imports competence mapping from an HR system's CSV file, all or nothing.
///
/// Every row is checked before anything is written; if any row is bad, every bad row is
/// reported by line number and reason and nothing is stored. A good file sets, for each
/// person in it, the values of the columns it has (title, education, points, certificate,
/// completed steps, and education year, transition and wishes when those columns are
/// there): a column the file lacks leaves what is stored, an empty cell in a column it has
/// clears the value. All in one transaction with one audit row for the import. Plans are
/// not touched.
extension AppDatabase {
    /// Imports a file.
    /// - Parameters:
    ///   - data: the file's bytes (UTF-8, BOM allowed, `;` separated).
    ///   - source: the file name for the audit trail.
    ///   - dryRun: check only; store nothing.
    ///   - createMissing: add people the register lacks to the unit and team on their row
    ///     (each with its own audit row); without it such a row is refused.
    ///   - today: the day the import runs: a completed step may not be later, and a new
    ///     person's employment starts on it.
    /// - Returns: what was (or would be) stored, added and cleared.
    /// - Throws: `CompetenceImportFailure` listing every problem; GRDB errors.
    @discardableResult
    public func importCompetence(
        _ data: Data, source: String, dryRun: Bool = false, createMissing: Bool = false, today: LocalDate = .today()
    ) throws -> CompetenceImportSummary {
        try importCompetence(bytes: [UInt8](data), source: source, dryRun: dryRun, createMissing: createMissing, today: today)
    }

    /// Imports a file given as its bytes (see `importCompetence(_:source:dryRun:createMissing:today:)`):
    /// `vardag import competence` reads the file straight into an array, so the file is held
    /// once, and hands it over, so it is let go once checked, before the writes.
    @discardableResult
    public func importCompetence(
        bytes: consuming [UInt8], source: String, dryRun: Bool = false,
        createMissing: Bool = false, today: LocalDate = .today()
    ) throws -> CompetenceImportSummary {
        let (titles, register) = try writer.read { db in (try Self.fetchTitles(db), try CompetenceImportRegister(db)) }
        var (rows, columns) = try Self.parseImport(bytes, titles: titles, register: register, createMissing: createMissing, today: today)
        // The rows hold copies of what they need from the file: its bytes (8.7 MB for 54,000
        // rows) are freed here unless the caller still holds them.
        _ = consume bytes
        let steps = rows.reduce(0) { $0 + $1.steps.count }
        let names: (Int64) -> String = { register.people[$0]?.name ?? "" }
        var summary = CompetenceImportSummary(people: rows.count, steps: steps, dryRun: dryRun)
        func newPeople(ids: [Int64?]) -> [CompetenceImportNewPerson] {
            zip(rows.filter { $0.newPerson != nil }, ids).map { row, id in
                let person = row.newPerson!
                return CompetenceImportNewPerson(line: row.line, id: id, name: person.name, kommun: person.kommun,
                                                 enhet: person.enhet, team: person.team)
            }
        }
        if dryRun {
            summary.cleared = try writer.read { db in try Self.clearings(db, rows, stored: try StoredCompetence(db), names: names) }
            summary.created = newPeople(ids: Array(repeating: nil, count: rows.count))
            return summary
        }
        try writer.write { db in
            let stored = try StoredCompetence(db)
            summary.cleared = try Self.clearings(db, rows, stored: stored, names: names)
            // New people first, each through the register's own insert and audit row.
            var createdIds: [Int64?] = []
            for index in rows.indices {
                guard let person = rows[index].newPerson else { continue }
                let added = try self.insertMedarbetare(db, MedarbetareDraft(
                    teamId: person.teamId, name: person.name, title: person.title, role: .medarbetare, startDate: today))
                rows[index].mapping.medarbetareId = added.id
                createdIds.append(added.id)
            }
            summary.created = newPeople(ids: createdIds)
            try Self.writeImport(db, rows, columns: columns, stored: stored)
            // One audit row for the whole import: who imported which file with how many people and steps.
            try self.recordAudit(db, .update, entity: "competence_import", entityId: Int64(rows.count), before: nil, after: [
                "source": .text(source), "people": .integer(Int64(rows.count)), "steps": .integer(Int64(steps)),
                "created": .integer(Int64(createdIds.count)), "cleared": .integer(Int64(summary.cleared.count)),
            ])
        }
        return summary
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

    /// A character's code point as `001B`: named in messages, never printed.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - code.count)) + code
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

    /// Checks a whole file.
    /// - Returns: the rows to store and which optional value columns the file has.
    private static func parseImport(
        _ bytes: [UInt8], titles: [CompetenceTitle], register: CompetenceImportRegister, createMissing: Bool, today: LocalDate
    ) throws -> ([ImportRow], ImportColumns) {
        let byId = register.people
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func refuse(line: Int, _ key: String) -> CompetenceImportFailure {
            CompetenceImportFailure(problems: [ImportProblem(line: line, key)])
        }
        guard String(validating: bytes, as: UTF8.self) != nil else { throw refuse(line: 0, "import.notUTF8") }
        let firstLine = bytes[start...].prefix { $0 != 0x0A && $0 != 0x0D }
        guard firstLine.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { throw refuse(line: 1, "import.emptyFile") }
        guard firstLine.contains(UInt8(ascii: ";")) else {
            throw refuse(line: 1, firstLine.contains(UInt8(ascii: ",")) || firstLine.contains(0x09) ? "import.wrongSeparator" : "import.oneColumn")
        }
        var reader = CompetenceCSVReader(bytes: bytes, start: start)
        guard let headerRecord = reader.next() else { throw refuse(line: 1, "import.emptyFile") }
        var problems: [ImportProblem] = []
        var header: [String] = []
        for (index, raw) in headerRecord.fields.enumerated() {
            if let scalar = controlCharacter(in: raw) {
                problems.append(ImportProblem(line: 1, "import.controlCharacterInHeader", String(index + 1), codePoint(scalar)))
                header.append("")
            } else {
                header.append(raw.trimmingCharacters(in: .whitespaces).lowercased())
            }
        }
        if !problems.isEmpty { throw CompetenceImportFailure(problems: problems) }
        var column: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if column[name] != nil {
                problems.append(ImportProblem(line: 1, "import.duplicateColumn", name))
            } else if CompetenceCSV.required.contains(name) || CompetenceCSV.optional.contains(name) {
                column[name] = index
            } else if name.hasPrefix("steg ") {
                problems.append(ImportProblem(line: 1, "import.unknownStepColumn", name))
            } else {
                problems.append(ImportProblem(line: 1, "import.unknownColumn", name))
            }
        }
        let missing = CompetenceCSV.required.subtracting(column.keys).sorted()
        if !missing.isEmpty {
            problems.append(ImportProblem(line: 1, "import.missingColumns", list: missing.joined(separator: ", ")))
        }
        if headerRecord.unclosedQuote { problems.append(ImportProblem(line: 1, "import.unclosedQuote")) }
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
        var byKeyCache: [String: [CompetenceImportRegister.Person]]?
        func byKey() -> [String: [CompetenceImportRegister.Person]] {
            if let byKeyCache { return byKeyCache }
            var map: [String: [CompetenceImportRegister.Person]] = [:]
            for person in byId.values {
                let unit = register.unitList[person.unit]
                map[CompetenceImportRegister.unitKey(unit.kommunKey, unit.enhetKey) + "\u{1F}" + RegisterName.uniquenessKey(person.name), default: []].append(person)
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
        let teamColumn = column["team"]
        let titleColumn = column["titel"]
        let kindColumn = column["utbildning"]
        let pointsColumn = column["poäng"]
        let yearColumn = column["utbildningsår"]
        let certificateColumn = column["bevis"]
        let transitionColumn = column["övergång"]
        let columns = ImportColumns(educationYear: yearColumn != nil, transition: transitionColumn != nil, wishes: wishesColumn != nil)
        let displayName = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        // Title and kommun texts seen so far, by their bytes: a file repeats a handful in every row.
        var titleByBytes: [(bytes: [UInt8], title: CompetenceTitle?)] = []
        var kommunKeyByBytes: [(bytes: [UInt8], key: String)] = []
        // Wishes repeat too ("Vill gå nästa steg"): each distinct text is made, checked and
        // NFC-normalised once. Keyed by the file's bytes, since hashing a String normalises it.
        var wishesByBytes: [ArraySlice<UInt8>: String] = [:]
        var rows: [ImportRow] = []
        // At most one row per line: reserved once (a row is 128 bytes, so not for the whole register).
        rows.reserveCapacity(bytes.count(where: { $0 == 0x0A }))
        var seen: [Int64: Int] = [:]
        seen.reserveCapacity(byId.count)
        // New people by unit and name key: the same new hire twice is a duplicate too.
        var seenNew: [String: Int] = [:]
        let file = bytes
        // Kept across records so that no array is made per row.
        var completions: [StepCompletion] = []
        completions.reserveCapacity(Ladder.stepCount)
        var spans: [CompetenceCSVReader.Field] = []
        spans.reserveCapacity(header.count + 4)
        while let record = reader.next(into: &spans) {
            let rowLine = record.line
            if record.unclosedQuote {
                problems.append(ImportProblem(line: rowLine, "import.unclosedQuote"))
                continue
            }
            if spans.count == 1 && reader.text(spans[0]).allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            guard spans.count == header.count else {
                problems.append(ImportProblem(line: rowLine, "import.fieldCount", String(spans.count), String(header.count)))
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
                var controlReasons: [ImportProblem] = []
                for index in cells.indices {
                    // Tabs at either end are trimmed away like spaces, so only what would be kept counts.
                    if let scalar = controlCharacter(in: trimmed(text(index))) {
                        controlReasons.append(ImportProblem(line: rowLine, "import.controlCharacter", displayName[index], codePoint(scalar)))
                    }
                }
                if !controlReasons.isEmpty {
                    problems.append(contentsOf: controlReasons)
                    continue
                }
            }
            // A personnummer is never stored through the import, in a name, the wishes or any
            // other column: the row is refused, naming the column without echoing the number.
            // Only a cell with ten digits or more can hold one, so most cells cost a byte scan.
            var numberReasons: [ImportProblem] = []
            for index in cells.indices where Self.mayHoldPersonnummer(CompetenceCSVReader.bytes(cells[index], in: file)) {
                if PersonnummerDetector.containsPersonnummer(text(index)) {
                    numberReasons.append(ImportProblem(line: rowLine, "import.personnummer", displayName[index]))
                }
            }
            if !numberReasons.isEmpty {
                problems.append(contentsOf: numberReasons)
                continue
            }
            func field(_ index: Int?) -> String {
                guard let index else { return "" }
                return trimmed(text(index))
            }
            /// Whether a cell is empty once trimmed (from its bytes when they are plain).
            func isEmptyCell(_ index: Int) -> Bool {
                if let bytes = plainBytes(index) { return bytes.isEmpty }
                return field(index).isEmpty
            }
            /// The row's Kommun as a key, from a cache by bytes when the cell is plain.
            func kommunKey() -> String {
                if let bytes = plainBytes(kommunColumn) {
                    if let known = kommunKeyByBytes.first(where: { $0.bytes.elementsEqual(bytes) }) { return known.key }
                    let value = key(field(kommunColumn))
                    kommunKeyByBytes.append((Array(bytes), value))
                    return value
                }
                return key(field(kommunColumn))
            }
            var reasons: [ImportRefusal] = []
            // Who.
            var person: CompetenceImportRegister.Person?
            var newPerson: NewPerson?
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
                            reasons.append(ImportRefusal("import.idOtherName", String(id), name))
                        }
                    } else {
                        reasons.append(ImportRefusal("import.unknownId", idText))
                    }
                } else {
                    let kommunText = field(kommunColumn), enhetText = field(enhetColumn)
                    let nameKey = RegisterName.uniquenessKey(name)
                    switch register.unit(kommun: (kommunText, kommunKey()), enhet: (enhetText, key(enhetText))) {
                    case .failure(let refusal):
                        reasons.append(refusal)
                    case .success(let unit):
                        let matches = byKey()[CompetenceImportRegister.unitKey(unit.kommunKey, unit.enhetKey) + "\u{1F}" + nameKey] ?? []
                        if matches.count == 1 {
                            person = matches[0]
                        } else if matches.count > 1 {
                            reasons.append(ImportRefusal("import.ambiguousName", name, unit.enhetName))
                        } else if !createMissing {
                            reasons.append(ImportRefusal("import.unknownPerson", name, unit.enhetName, unit.kommunName))
                        } else {
                            switch Self.newPerson(named: name, in: unit, teamText: field(teamColumn), key: key) {
                            case .failure(let refusal):
                                reasons.append(refusal)
                            case .success(let found):
                                newPerson = found
                                let newKey = CompetenceImportRegister.unitKey(unit.kommunKey, unit.enhetKey) + "\u{1F}" + nameKey
                                if let first = seenNew[newKey] {
                                    reasons.append(ImportRefusal("import.duplicate", String(first)))
                                } else {
                                    seenNew[newKey] = rowLine
                                }
                            }
                        }
                    }
                }
            }
            // An id names the person; a Kommun that is not hers means the row is about someone
            // else (and the row counts for no one, so it makes no duplicate either).
            // An export writes her kommun's stored name: equal bytes settle it without a key.
            if let found = person, kommunColumn != nil,
               !(plainBytes(kommunColumn).map { Self.same(register.unitList[found.unit].kommunName, $0) } ?? false),
               kommunKey() != register.unitList[found.unit].kommunKey {
                let kommunText = field(kommunColumn)
                if !kommunText.isEmpty {
                    reasons.append(ImportRefusal("import.idOtherKommun", String(found.id), register.unitList[found.unit].kommunName, kommunText))
                    person = nil
                }
            }
            if let person {
                if let first = seen[person.id] {
                    reasons.append(ImportRefusal("import.duplicate", String(first)))
                } else {
                    seen[person.id] = rowLine
                }
            }
            var emptyCells: UInt8 = 0
            // Title and education.
            var title: CompetenceTitle?
            if let bytes = plainBytes(titleColumn), let known = titleByBytes.first(where: { $0.bytes.elementsEqual(bytes) }) {
                title = known.title
            } else {
                let titleText = field(titleColumn)
                title = titleByKey[key(titleText)]
                if let bytes = plainBytes(titleColumn) { titleByBytes.append((Array(bytes), title)) }
            }
            if title == nil { reasons.append(ImportRefusal("import.unknownTitle", field(titleColumn))) }
            // A retired title is kept for history only: no one is given it again, by hand or by file.
            if let retired = title, !retired.active {
                reasons.append(ImportRefusal("import.retiredTitle", retired.name))
                title = nil
            }
            let kind = plainBytes(kindColumn).flatMap(CompetenceCSV.exactEducationKind) ?? EducationKind.parse(field(kindColumn))
            if kind == nil { reasons.append(ImportRefusal("import.unknownEducation", field(kindColumn))) }
            var points = 0
            if let bytes = plainBytes(pointsColumn), let value = CompetenceCSV.plainNumber(bytes), value <= 5000 {
                points = value
            } else {
                let pointsText = field(pointsColumn)
                if pointsText.isEmpty {
                    emptyCells |= ClearableValue.points
                } else if let value = Int(pointsText) {
                    if (0...5000).contains(value) { points = value } else { reasons.append(ImportRefusal("import.pointsOutOfRange", String(value))) }
                } else {
                    reasons.append(ImportRefusal("import.pointsNotInteger", pointsText))
                }
            }
            var year: Int?
            if let bytes = plainBytes(yearColumn), let value = CompetenceCSV.plainNumber(bytes), (1950...2100).contains(value) {
                year = value
            } else if yearColumn != nil {
                let yearText = field(yearColumn)
                if yearText.isEmpty {
                    emptyCells |= ClearableValue.educationYear
                } else if let value = Int(yearText), (1950...2100).contains(value) {
                    year = value
                } else {
                    reasons.append(ImportRefusal("import.yearInvalid", yearText))
                }
            }
            let certificate = plainBytes(certificateColumn).flatMap(CompetenceCSV.exactYesNo) ?? CompetenceCSV.parseYesNo(field(certificateColumn))
            if certificate == nil { reasons.append(ImportRefusal("import.certificateYesNo", field(certificateColumn))) }
            if let certificateColumn, isEmptyCell(certificateColumn) { emptyCells |= ClearableValue.certificate }
            var transition: Bool? = false
            if let transitionColumn {
                transition = plainBytes(transitionColumn).flatMap(CompetenceCSV.exactYesNo) ?? CompetenceCSV.parseYesNo(field(transitionColumn))
                if transition == nil { reasons.append(ImportRefusal("import.transitionYesNo", field(transitionColumn))) }
                if isEmptyCell(transitionColumn) { emptyCells |= ClearableValue.transition }
            }
            let wishesBytes = plainBytes(wishesColumn)
            var wishes = wishesBytes.flatMap { wishesByBytes[$0] }
            if wishes == nil {
                let text = field(wishesColumn)
                if text.utf8.count > 500 && text.count > 500 {
                    reasons.append(ImportRefusal("import.wishesTooLong"))
                } else {
                    let clean = text.isEmpty ? text : RegisterName.normalize(text)
                    if let wishesBytes { wishesByBytes[wishesBytes] = clean }
                    wishes = clean
                }
            }
            if wishesColumn != nil, wishes?.isEmpty == true { emptyCells |= ClearableValue.wishes }
            // Steps.
            completions.removeAll(keepingCapacity: true)
            var emptySteps = 0
            for (index, columnIndex) in stepColumns.enumerated() {
                let cell: (LocalDate, Bool)?
                if let bytes = plainBytes(columnIndex), let plain = CompetenceCSV.plainStepCell(bytes) {
                    cell = plain
                } else {
                    do {
                        cell = try CompetenceCSV.parseStepCell(text(columnIndex))
                    } catch {
                        reasons.append(ImportRefusal("import.stepInvalidDate", String(index + 1), text(columnIndex)))
                        continue
                    }
                }
                guard let (date, validering) = cell else {
                    emptySteps |= 1 << (index + 1)
                    continue
                }
                // The app marks a step done on the day it is done: a later date is a typo.
                if date > today {
                    reasons.append(ImportRefusal("import.stepInFuture", String(index + 1), date.iso, today.iso))
                } else {
                    completions.append(StepCompletion(step: index + 1, date: date, validering: validering))
                }
            }
            let hasLadder = person.map { register.unitList[$0.unit].hasLadder } ?? newPerson?.hasLadder ?? true
            if !hasLadder, let first = completions.first {
                reasons.append(ImportRefusal("import.stepNoLadder", String(first.step)))
            }
            do {
                try StepOrder.validate(completions)
            } catch {
                switch error {
                case .stepOutOfOrder(let step, let missing): reasons.append(ImportRefusal("import.stepOrder", String(step), String(missing)))
                case .unknownStep(let step): reasons.append(ImportRefusal("import.stepNoLadder", String(step)))
                default: reasons.append(ImportRefusal("import.stepOrder", "?", "?"))
                }
            }

            if !reasons.isEmpty {
                problems.append(contentsOf: reasons.map { ImportProblem(line: rowLine, $0) })
                continue
            }
            guard person != nil || newPerson != nil, let title, let kind, let certificate, let transition, let wishes else { continue }
            // A new hire's register title is the competence title on her row.
            newPerson?.title = title.name
            var steps = ImportSteps()
            for completion in completions { steps.record(completion) }
            rows.append(ImportRow(
                mapping: CompetenceMapping(
                    medarbetareId: person?.id ?? 0, titleId: title.id, educationKind: kind, points: points, educationYear: year,
                    certificate: certificate, employedOnProtectionDay: transition, completions: [], wishes: wishes),
                steps: steps, line: rowLine, emptyCells: emptyCells, emptySteps: emptySteps, newPerson: newPerson))
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(ImportProblem(line: 2, "import.noRows"))
        }
        if !problems.isEmpty { throw CompetenceImportFailure(problems: problems) }
        return (rows, columns)
    }

    /// The new person a row names, in the team on her row within her unit.
    /// - Parameters:
    ///   - name: the row's Namn, trimmed.
    ///   - unit: the row's unit, resolved.
    ///   - teamText: the row's Team, trimmed ("" when the column is missing).
    ///   - key: the key of a text (cached by the caller).
    /// - Returns: the person to add (title filled in later), or why she cannot be added.
    /// Whether a cell's bytes hold at least the ten digits a personnummer has.
    static func mayHoldPersonnummer(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 10 else { return false }
        var digits = 0
        for byte in bytes where byte >= 0x30 && byte <= 0x39 {
            digits += 1
            if digits == 10 { return true }
        }
        return false
    }

    private static func newPerson(
        named name: String, in unit: CompetenceImportRegister.Unit, teamText: String, key: (String) -> String
    ) -> Result<NewPerson, ImportRefusal> {
        if name.isEmpty { return .failure(ImportRefusal("import.nameRequired")) }
        let place = unit.enhetName + ", " + unit.kommunName
        guard !teamText.isEmpty else { return .failure(ImportRefusal("import.teamRequired", name, place)) }
        let teamKey = key(teamText)
        guard unit.active, let team = unit.teams.first(where: { $0.key == teamKey }) else {
            let names = unit.active ? unit.teams.map(\.name).sorted().joined(separator: ", ") : ""
            return .failure(ImportRefusal("import.unknownTeam", teamText, unit.enhetName, unit.kommunName, list: names.isEmpty ? "–" : names))
        }
        return .success(NewPerson(teamId: team.id, name: name, kommun: unit.kommunName, enhet: unit.enhetName,
                                  team: team.name, hasLadder: unit.hasLadder))
    }
}
