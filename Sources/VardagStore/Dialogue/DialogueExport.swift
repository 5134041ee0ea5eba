import Foundation
import VardagDomain

/// Exports slingor with their meetings, relay questions and actions.
///
/// JSON nests everything under each slinga. CSV gives one table per kind (`loops`,
/// `meetings`, `questions`, `actions`), Swedish-Excel style like the register export
/// (`;`, UTF-8 with BOM, CRLF, formula guard). `ExportWriter` writes the bytes (files owner-only, 0600).
public enum DialogueExport {
    /// The CSV tables: the four about slingor, and the exchange ledger (`ledger`: each bought
    /// guide assignment with its hours) and its sums per kommun pair and year (`invoicing`).
    public enum Kind: String, CaseIterable, Sendable {
        case loops, meetings, questions, actions, ledger, invoicing

        /// The file name used when writing all kinds into a folder.
        public var fileName: String { "dialogue-\(rawValue).csv" }
    }

    /// What to include.
    public struct Filter: Sendable {
        /// Only this kommun (by name, ignoring case); nil for all.
        public var kommun: String?
        /// Only slingor started (or, before starting, planned) in this year; nil for all.
        public var year: Int?
        public init(kommun: String? = nil, year: Int? = nil) {
            self.kommun = kommun
            self.year = year
        }
    }

    /// Why an export was refused.
    public enum ExportError: Error, CustomStringConvertible {
        case unknownKommun(String)
        public var description: String {
            switch self {
            case .unknownKommun(let name): return "no kommun named \(name)"
            }
        }
    }

    /// The slingor matching the filter, nested.
    /// - Parameters:
    ///   - db: the database.
    ///   - filter: kommun and year.
    ///   - today: for overdue actions.
    /// - Returns: the loops by kommun, unit and start.
    /// - Throws: `ExportError.unknownKommun`, GRDB errors.
    public static func loops(from db: AppDatabase, filter: Filter, today: LocalDate) throws -> [DialogueExportLoop] {
        let ids: [Int64] = try db.writer.read { connection in
            var kommunId: Int64?
            if let name = filter.kommun {
                let key = name.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces).lowercased()
                guard let id = try Int64.fetchOne(connection, sql: "SELECT id FROM kommun WHERE name_key = ?", arguments: [key]) else {
                    throw ExportError.unknownKommun(name)
                }
                kommunId = id
            }
            return try Int64.fetchAll(connection, sql: """
                SELECT l.id FROM dialogue_loop l JOIN enhet e ON e.id = l.enhet_id JOIN kommun k ON k.id = e.kommun_id
                WHERE (CAST(? AS BIGINT) IS NULL OR e.kommun_id = ?)
                  AND (CAST(? AS TEXT) IS NULL OR substr(coalesce(l.started_on, l.planned_start), 1, 4) = ?)
                ORDER BY k.sort_key, e.sort_key, coalesce(l.started_on, l.planned_start), l.id
                """, arguments: [kommunId, kommunId, filter.year.map(String.init), filter.year.map(String.init)])
        }
        return try ids.compactMap { id in try db.loopDetail(id: id, today: today).map(exportLoop) }
    }

    static func exportLoop(_ d: LoopDetail) -> DialogueExportLoop {
        DialogueExportLoop(
            id: d.id, kommun: d.kommunName, enhet: d.enhetName, tema: d.theme, tema_valt_av: d.themeChosenBy.displayName,
            planerad_start: d.plannedStart.iso,
            startad: d.meetings.first { $0.kind == .brukartraff1 }?.date.iso,
            nasta_traff: d.nextMeeting?.displayName,
            nasta_traff_planerad: d.nextMeeting == nil ? nil : d.nextPlannedOn?.iso,
            vagledare: d.guides.map { .init(namn: $0.name, hemkommun: $0.kommunName, kopt: $0.bought, minuter: $0.minutes) },
            antal_personal: d.staff.count,
            tema_historik: d.themeHistory.map { .init(datum: $0.date.iso, tema: $0.theme, valt_av: $0.chosenBy.displayName, varfor: $0.reason) },
            traffar: d.meetings.map {
                .init(typ: $0.kind.displayName, datum: $0.date.iso, vagledare: $0.guideNames,
                      antal_brukare: $0.brukareCount, antal_personal: $0.staffCount, anteckningar: $0.notes,
                      chef_i_slutet: $0.chefName)
            },
            stafettfragor: d.questions.map {
                .init(fran: $0.from.displayName, till: $0.to.displayName, stalld_vid: $0.askedKind.displayName,
                      stalld_datum: $0.askedDate.iso, fraga: $0.text, besvarad_vid: $0.answeredKind?.displayName,
                      besvarad_datum: $0.answeredDate?.iso, svar: $0.answer, delaktighet: $0.level)
            },
            atgarder: d.actions.map {
                .init(vad: $0.what, ansvarig: $0.responsible, senast: $0.due.iso, status: $0.status.displayName,
                      aterkopplad: $0.fedBack, forsenad: $0.overdue, aterkopplad_datum: $0.fedBackOn?.iso,
                      aterkopplad_hur: $0.fedBackHow?.displayName)
            })
    }

    /// The loops as pretty JSON with sorted keys, ending in a newline.
    public static func json(_ loops: [DialogueExportLoop]) throws -> Data {
        try ExportWriter.collect { try writeJSON(loops, into: $0) }
    }

    /// Writes the loops as a JSON array into a sink, a loop at a time.
    public static func writeJSON(_ loops: [DialogueExportLoop], into sink: ExportSink) throws {
        var writer = JSONArrayWriter(into: sink)
        for loop in loops { try writer.append(loop) }
        try writer.finish()
    }

    /// Writes one CSV table into a sink, a row at a time.
    public static func writeCSV(_ kind: Kind, _ loops: [DialogueExportLoop], into sink: ExportSink) throws {
        var writer = try CSVRowWriter(into: sink)
        for row in table(kind, loops) { try writer.row(row) }
        try writer.finish()
    }

    /// The header and rows of one CSV table.
    static func table(_ kind: Kind, _ loops: [DialogueExportLoop]) -> [[String]] {
        func yes(_ flag: Bool) -> String { flag ? "Ja" : "Nej" }
        switch kind {
        case .loops:
            return [["Slinga", "Kommun", "Enhet", "Tema", "Tema valt av", "Planerad start", "Startad", "Nästa träff",
                     "Vägledare 1", "Hemkommun 1", "Köpt 1", "Vägledare 2", "Hemkommun 2", "Köpt 2", "Antal personal",
                     "Temabyten", "Nästa träff planerad"]]
                + loops.map { l in
                    let g = l.vagledare + Array(repeating: .init(namn: "", hemkommun: "", kopt: false, minuter: nil),
                                                count: max(0, 2 - l.vagledare.count))
                    return [String(l.id), l.kommun, l.enhet, l.tema, l.tema_valt_av, l.planerad_start, l.startad ?? "",
                            l.nasta_traff ?? "Klar", g[0].namn, g[0].hemkommun, yes(g[0].kopt), g[1].namn, g[1].hemkommun,
                            yes(g[1].kopt), String(l.antal_personal), String(max(0, l.tema_historik.count - 1)),
                            l.nasta_traff_planerad ?? ""]
                }
        case .meetings:
            return [["Slinga", "Kommun", "Enhet", "Träff", "Datum", "Vägledare", "Antal brukare", "Antal personal", "Anteckningar",
                     "Chef i slutet"]]
                + loops.flatMap { l in l.traffar.map { m in
                    [String(l.id), l.kommun, l.enhet, m.typ, m.datum, m.vagledare, String(m.antal_brukare),
                     String(m.antal_personal), m.anteckningar, m.chef_i_slutet ?? ""]
                } }
        case .questions:
            return [["Slinga", "Kommun", "Enhet", "Från", "Till", "Ställd vid", "Ställd datum", "Fråga", "Besvarad vid",
                     "Besvarad datum", "Svar", "Delaktighet"]]
                + loops.flatMap { l in l.stafettfragor.map { q in
                    [String(l.id), l.kommun, l.enhet, q.fran, q.till, q.stalld_vid, q.stalld_datum, q.fraga,
                     q.besvarad_vid ?? "", q.besvarad_datum ?? "", q.svar ?? "", q.delaktighet.map(String.init) ?? ""]
                } }
        case .actions:
            return [["Slinga", "Kommun", "Enhet", "Vad", "Ansvarig", "Senast", "Status", "Återkopplad", "Försenad",
                     "Återkopplad datum", "Återkopplad hur"]]
                + loops.flatMap { l in l.atgarder.map { a in
                    [String(l.id), l.kommun, l.enhet, a.vad, a.ansvarig, a.senast, a.status, yes(a.aterkopplad), yes(a.forsenad),
                     a.aterkopplad_datum ?? "", a.aterkopplad_hur ?? ""]
                } }
        case .ledger:
            return [["År", "Säljande kommun", "Köpande kommun", "Vägledare", "Slinga", "Enhet", "Tema", "Timmar"]]
                + ledger(loops).map { e in
                    [String(e.year), e.guide.hemkommun, e.loop.kommun, e.guide.namn, String(e.loop.id), e.loop.enhet, e.loop.tema,
                     e.guide.minuter.map { GuideHours.text($0) } ?? ""]
                }
        case .invoicing:
            var sums: [String: (year: Int, provider: String, buyer: String, assignments: Int, recorded: Int, minutes: Int)] = [:]
            var order: [String] = []
            for e in ledger(loops) {
                let key = "\(e.year)\u{1}\(e.guide.hemkommun)\u{1}\(e.loop.kommun)"
                if sums[key] == nil {
                    sums[key] = (e.year, e.guide.hemkommun, e.loop.kommun, 0, 0, 0)
                    order.append(key)
                }
                sums[key]!.assignments += 1
                if let minutes = e.guide.minuter {
                    sums[key]!.recorded += 1
                    sums[key]!.minutes += minutes
                }
            }
            let rows = order.compactMap { sums[$0] }.sorted { ($0.year, $0.provider, $0.buyer) < ($1.year, $1.provider, $1.buyer) }
            return [["År", "Säljande kommun", "Köpande kommun", "Uppdrag", "Uppdrag med timmar", "Timmar"]]
                + rows.map { [String($0.year), $0.provider, $0.buyer, String($0.assignments), String($0.recorded), GuideHours.text($0.minutes)] }
        }
    }

    /// The bought guide assignments of the loops, each with its year (the year the slinga
    /// started, or is planned to), in the loops' order.
    static func ledger(_ loops: [DialogueExportLoop]) -> [(year: Int, loop: DialogueExportLoop, guide: DialogueExportLoop.Guide)] {
        loops.flatMap { loop in
            let year = Int((loop.startad ?? loop.planerad_start).prefix(4)) ?? 0
            return loop.vagledare.filter(\.kopt).map { (year, loop, $0) }
        }
    }

    /// One table as Swedish-Excel CSV: BOM, `;`, CRLF after every line, formula guard.
    public static func csv(_ kind: Kind, _ loops: [DialogueExportLoop]) throws -> Data {
        try ExportWriter.collect { try writeCSV(kind, loops, into: $0) }
    }
}
