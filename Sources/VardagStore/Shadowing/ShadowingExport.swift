import Foundation
import VardagDomain

/// Exports Skuggning logs: one row per observed task, or (`summary`) the analysis figures, or
/// (`supervisors`) the handledare's places against the participants week by week.
///
/// CSV and JSON as in `RegisterExport`: `;`, UTF-8 with BOM, CRLF, formula guard; `ExportWriter` writes the bytes (files 0600).
public enum ShadowingExport {
    /// What to export.
    public enum Kind: String, CaseIterable, Sendable {
        /// One row per observed task.
        case tasks
        /// The analysis figures per team.
        case summary
        /// Each participant's step history: one row per step reached (with its date), and one for leaving.
        case path
        /// The lärdomar by ISO week: one row per logged day with lessons.
        case lessons
        /// The hypotheses with their conclusion, notes and status history.
        case hypotheses
        /// The handledare by ISO week: participants, handledare, places, shortage, those without one.
        case supervisors
    }

    /// The filters of an export.
    public struct Filter: Sendable {
        /// Only the team with this name (case-insensitive), or all teams.
        public var teamName: String?
        public var from: LocalDate?
        public var to: LocalDate?
        /// Only the participant with this name (case-insensitive), or everyone.
        public var participantName: String?
        public init(teamName: String? = nil, from: LocalDate? = nil, to: LocalDate? = nil, participantName: String? = nil) {
            self.teamName = teamName; self.from = from; self.to = to; self.participantName = participantName
        }

        /// Whether a participant's name is the one asked for (or none was asked for).
        func includes(participant name: String) -> Bool {
            participantName.map { RegisterName.uniquenessKey($0) == RegisterName.uniquenessKey(name) } ?? true
        }
    }

    public static let csvHeader = ["Team", "Datum", "Deltagare", "Skuggad roll", "Skuggad medarbetare", "Uppgift", "Kategori", "Minuter", "Bedömning", "Lärdomar"]
    public static let summaryHeader = ["Team", "Från", "Till", "Mått", "Uppgift/kategori", "Värde"]
    public static let pathHeader = ["Team", "Deltagare", "Steg", "Datum", "Dagar i steget"]
    public static let lessonsHeader = ["Team", "Vecka", "Datum", "Deltagare", "Lärdomar"]
    public static let hypothesesHeader = ["Team", "Hypotes", "Status", "Granskas", "Slutsats", "Kopplade dagar",
                                          "Händelse", "Från status", "Till status", "Text", "Av", "Tidpunkt (UTC)"]

    /// The hypotheses of the chosen teams with their history; a line of history dated
    /// outside the filter's from–to is left out (the hypothesis stays).
    /// - Throws: `StoreError.notFound` for an unknown team, store errors.
    public static func hypothesisRows(from db: AppDatabase, filter: Filter) throws -> [ShadowingHypothesisExportRow] {
        var rows: [ShadowingHypothesisExportRow] = []
        for team in try teams(from: db, filter: filter) {
            let events = try db.hypothesisEvents(teamId: team.id)
            for h in try db.hypotheses(teamId: team.id) {
                let lines = (events[h.id] ?? []).filter { e in
                    let day = String(e.at.prefix(10))
                    return (filter.from.map { day >= $0.iso } ?? true) && (filter.to.map { day <= $0.iso } ?? true)
                }.map { e in
                    ShadowingHypothesisExportRow.Event(kind: e.kind.rawValue, fromStatus: e.oldStatus?.rawValue ?? "",
                                                       toStatus: e.newStatus?.rawValue ?? "", text: e.text, writtenBy: e.writtenBy, at: e.at)
                }
                rows.append(ShadowingHypothesisExportRow(team: team.name, statement: h.statement, status: h.status.rawValue,
                                                         reviewDate: h.reviewDate.iso, conclusion: h.conclusion ?? "",
                                                         linkedDays: h.linkedEntryIds.count, events: lines))
            }
        }
        return rows
    }

    /// A hypothesis status in Swedish words, for CSV.
    static func statusName(_ raw: String) -> String {
        ["att_prova": "att pröva", "pagar": "pågår", "bekraftad": "bekräftad", "forkastad": "förkastad"][raw] ?? raw
    }

    public static let supervisorsHeader = ["Team", "Vecka", "Deltagare", "Handledare", "Platser", "Brist", "Utan handledare"]

    /// The supervision rows of the chosen teams, one per ISO week of the filter's dates (the team's period by default).
    /// - Throws: `StoreError.notFound` for an unknown team, a failed read.
    public static func supervisionRows(from db: AppDatabase, filter: Filter) throws -> [ShadowingSupervisionExportRow] {
        try teams(from: db, filter: filter).flatMap { team in
            try db.supervisionWeeks(teamId: team.id, from: filter.from ?? team.startDate, to: filter.to ?? team.endDate).map { w in
                ShadowingSupervisionExportRow(team: team.name, week: w.week.description, participants: w.participants,
                                              supervisors: w.supervisors, places: w.places, shortage: w.shortage,
                                              withoutSupervisor: w.withoutSupervisor)
            }
        }
    }

    /// One lesson in the weekly export.
    public struct LessonRow: Hashable, Sendable, Codable {
        public var team: String
        /// The ISO week, e.g. "2026-W47".
        public var week: String
        public var date: String
        public var participant: String
        public var lessons: String
    }

    /// The lärdomar rows of the chosen teams, week by week (the participant named, if any).
    /// - Throws: `StoreError.notFound` for an unknown team, GRDB errors.
    public static func lessonRows(from db: AppDatabase, filter: Filter) throws -> [LessonRow] {
        var rows: [LessonRow] = []
        for team in try teams(from: db, filter: filter) {
            let from = filter.from ?? team.startDate, to = filter.to ?? team.endDate
            for week in try db.weeklyLessons(teamId: team.id, from: from, to: to) {
                for lesson in week.lessons where filter.includes(participant: lesson.participant) {
                    rows.append(LessonRow(team: team.name, week: week.week.description, date: lesson.date.iso,
                                          participant: lesson.participant, lessons: lesson.text))
                }
            }
        }
        return rows
    }

    /// The teams the filter selects.
    /// - Throws: `StoreError.notFound` when a named team does not exist.
    public static func teams(from db: AppDatabase, filter: Filter) throws -> [ShadowingTeam] {
        let all = try db.shadowingTeams()
        guard let name = filter.teamName else { return all }
        let key = RegisterName.uniquenessKey(name)
        let chosen = all.filter { RegisterName.uniquenessKey($0.name) == key }
        if chosen.isEmpty { throw StoreError.notFound(entity: "shadowing_team '\(name)'", id: 0) }
        return chosen
    }

    /// The observed-task rows, by team, date, participant and position.
    public static func rows(from db: AppDatabase, filter: Filter) throws -> [ShadowingExportRow] {
        var rows: [ShadowingExportRow] = []
        try forEachRow(from: db, filter: filter) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each observed-task row as the statement's cursor gives it, every team in one read.
    /// - Throws: `StoreError.notFound` for an unknown team, GRDB errors, what `body` throws.
    static func forEachRow(from db: AppDatabase, filter: Filter, _ body: (ShadowingExportRow) throws -> Void) throws {
        let teamIds = try teams(from: db, filter: filter).map(\.id)
        try db.writer.read { conn in
            for teamId in teamIds {
                try StoreRow.stream(conn, sql: """
                    SELECT st.name, e.date, p.name, e.role, t.name, t.category, o.minutes, o.judgement, e.lessons,
                           coalesce(m.name, '')
                    FROM shadowing_observation o
                    JOIN shadowing_entry e ON e.id = o.entry_id
                    LEFT JOIN medarbetare m ON m.id = e.staff_id
                    JOIN shadowing_participant p ON p.id = e.participant_id
                    JOIN shadowing_task t ON t.id = o.task_id
                    JOIN shadowing_team st ON st.id = e.team_id
                    WHERE o.team_id = ? AND o.date BETWEEN ? AND ?
                    ORDER BY e.date, p.sort_key, o.position
                    """, arguments: [teamId, filter.from?.iso ?? "0000-01-01", filter.to?.iso ?? "9999-12-31"]) { r in
                    guard filter.includes(participant: r[2]) else { return }
                    try body(ShadowingExportRow(team: r[0], date: r[1], participant: r[2], role: r[3], staff: r[9], task: r[4], category: r[5],
                                                minutes: r[6], judgement: r[7], lessons: r[8]))
                }
            }
        }
    }

    /// The step-history rows of the chosen teams' participants (the one named, if any), by team
    /// and name; the current step's days run to `today`. Steps and leavings dated outside
    /// the filter's from–to are left out.
    /// - Throws: `StoreError.notFound` for an unknown team, GRDB errors.
    public static func pathRows(from db: AppDatabase, filter: Filter, today: LocalDate) throws -> [ShadowingPathExportRow] {
        var rows: [ShadowingPathExportRow] = []
        let ladders = try db.competenceLadders()
        for team in try teams(from: db, filter: filter) {
            // The steps as the host unit's ladder names them, as the Deltagare tab's form does.
            let omrade = try db.team(id: team.hostTeamId).flatMap { try db.enhet(id: $0.enhetId) }?.omrade
            let ladder = omrade.flatMap { ladders[$0] }?.steps ?? []
            for p in try db.shadowingParticipants(teamId: team.id) where filter.includes(participant: p.name) {
                for line in p.journey(today: today) {
                    if let from = filter.from, line.date < from { continue }
                    if let to = filter.to, line.date > to { continue }
                    let step = line.ladderStep.map { "kompetenssteg_\($0)" } ?? line.step?.rawValue ?? "slutat"
                    let name = line.ladderStep.flatMap { n in ladder.first { $0.number == n }?.name }
                    rows.append(ShadowingPathExportRow(team: team.name, participant: p.name, step: step,
                                                       outcome: line.outcome?.rawValue ?? "", date: line.date.iso, days: line.days,
                                                       stepName: name?.isEmpty == false ? name : nil))
                }
            }
        }
        return rows
    }

    /// Whether the filter's participant name is one of the chosen teams' participants (true when none is named).
    /// - Throws: `StoreError.notFound` for an unknown team, GRDB errors.
    public static func hasParticipant(in db: AppDatabase, filter: Filter) throws -> Bool {
        guard filter.participantName != nil else { return true }
        return try teams(from: db, filter: filter).contains { team in
            try db.shadowingParticipants(teamId: team.id).contains { filter.includes(participant: $0.name) }
        }
    }

    /// The summary figures as rows of (team, from, to, measure, subject, value).
    public static func summaryRows(from db: AppDatabase, filter: Filter) throws -> [[String]] {
        var rows: [[String]] = []
        let teams = try teams(from: db, filter: filter)
        // Across several teams the participant counts (people) follow the small-group rule.
        let rule = teams.count > 1 ? try db.smallGroupSuppression() : nil
        func people(_ n: Int) -> String { rule?.text(String(n), people: n) ?? String(n) }
        for team in teams {
            let from = filter.from ?? team.startDate, to = filter.to ?? team.endDate
            let a = try db.shadowingAnalysis(teamId: team.id, from: from, to: to)
            let base = [team.name, from.iso, to.iso]
            rows.append(base + ["minuter_totalt", "", String(a.totalMinutes)])
            rows.append(base + ["observationer", "", String(a.observations)])
            rows.append(base + ["andel_overforbar", "", String(format: "%.3f", a.transferableShare)])
            rows.append(base + ["andel_overforbar_service", "", String(format: "%.3f", a.transferableServiceShare)])
            rows.append(base + ["minuter_med_stod", "", String(a.withSupportMinutes)])
            for category in ShadowingCategory.allCases {
                rows.append(base + ["minuter_kategori", category.rawValue, String(a.minutesPerCategory[category] ?? 0)])
            }
            for task in a.tasks { rows.append(base + ["minuter_uppgift", task.name, String(task.minutes)]) }
            for task in a.draftTaskList {
                rows.append(base + ["utkast_arbetsuppgift", task.name, String(format: "%.3f", task.yesShare)])
            }
            for week in a.lessonsPerWeek { rows.append(base + ["lardomar_vecka", week.week.description, String(week.count)]) }
            for step in PathStep.allCases {
                rows.append(base + ["deltagare_steg", step.rawValue, people(a.participantsPerStep[step] ?? 0)])
            }
            for outcome in PathOutcome.allCases {
                rows.append(base + ["deltagare_utfall", outcome.rawValue, people(a.participantsLeft[outcome] ?? 0)])
            }
        }
        return rows
    }

    /// The summary's measures in words, for CSV.
    static let measureNames: [String: String] = [
        "minuter_totalt": "Minuter totalt", "observationer": "Observationer",
        "andel_overforbar": "Andel överförbar", "andel_overforbar_service": "Andel överförbar service",
        "minuter_med_stod": "Minuter med stöd", "minuter_kategori": "Minuter per kategori",
        "minuter_uppgift": "Minuter per uppgift", "utkast_arbetsuppgift": "Utkast till arbetsuppgift (andel ja)",
        "lardomar_vecka": "Lärdomar per vecka", "deltagare_steg": "Deltagare per steg", "deltagare_utfall": "Deltagare som slutat",
    ]

    /// A summary row's subject in words: categories, steps and outcomes are codes in the figures.
    static func subjectName(measure: String, _ subject: String) -> String {
        switch measure {
        case "minuter_kategori": return ShadowingCategory(rawValue: subject)?.displayName ?? subject
        case "deltagare_steg": return PathStep(rawValue: subject)?.displayName ?? subject
        case "deltagare_utfall": return PathOutcome(rawValue: subject)?.displayName ?? subject
        default: return subject
        }
    }

    /// "Kompetenssteg 2: Rehabiliterande arbetssätt" for a path row's ladder code
    /// "kompetenssteg_2" and the step's name ("Kompetenssteg 2" without one), else nil.
    static func ladderStepName(_ code: String, name: String?) -> String? {
        guard code.hasPrefix("kompetenssteg_"), let n = Int(code.dropFirst("kompetenssteg_".count)) else { return nil }
        return name.map { "Kompetenssteg \(n): \($0)" } ?? "Kompetenssteg \(n)"
    }

    /// One summary figure in JSON: the value a number where it is one.
    struct SummaryJSONRow: Encodable {
        let team, from, to, measure, subject: String
        let value: ExportNumber
    }

    /// The export's bytes.
    public static func data(from db: AppDatabase, kind: Kind, format: RegisterExport.Format, filter: Filter,
                            today: LocalDate = .today()) throws -> Data {
        try ExportWriter.collect { try write(from: db, kind: kind, format: format, filter: filter, today: today, into: $0) }
    }

    /// Streams the export into a sink: tasks as the cursor gives them; the summary's figures (a few per team) as computed.
    /// - Throws: `StoreError.notFound` for an unknown team, GRDB, encoding and write errors.
    public static func write(from db: AppDatabase, kind: Kind, format: RegisterExport.Format, filter: Filter,
                             today: LocalDate = .today(), into sink: ExportSink) throws {
        switch (kind, format) {
        case (.hypotheses, .json):
            var writer = JSONArrayWriter(into: sink)
            for row in try hypothesisRows(from: db, filter: filter) { try writer.append(row) }
            try writer.finish()
        case (.hypotheses, .csv):
            var writer = try CSVRowWriter(into: sink)
            try writer.header(hypothesesHeader)
            for h in try hypothesisRows(from: db, filter: filter) {
                let head = [h.team, h.statement, statusName(h.status), h.reviewDate, h.conclusion, String(h.linkedDays)]
                if h.events.isEmpty { try writer.row(head + ["", "", "", "", "", ""]) }
                for e in h.events {
                    try writer.row(head + [e.kind == "note" ? "Anteckning" : "Status", statusName(e.fromStatus), statusName(e.toStatus),
                                           e.text, e.writtenBy, e.at])
                }
            }
            try writer.finish()
        case (.supervisors, .json):
            var writer = JSONArrayWriter(into: sink)
            for row in try supervisionRows(from: db, filter: filter) { try writer.append(row) }
            try writer.finish()
        case (.supervisors, .csv):
            var writer = try CSVRowWriter(into: sink)
            try writer.header(supervisorsHeader)
            for r in try supervisionRows(from: db, filter: filter) {
                try writer.row([r.team, r.week, String(r.participants), String(r.supervisors), String(r.places), String(r.shortage),
                                String(r.withoutSupervisor)])
            }
            try writer.finish()
        case (.lessons, .json):
            var writer = JSONArrayWriter(into: sink)
            for row in try lessonRows(from: db, filter: filter) { try writer.append(row) }
            try writer.finish()
        case (.lessons, .csv):
            var writer = try CSVRowWriter(into: sink)
            try writer.header(lessonsHeader)
            for r in try lessonRows(from: db, filter: filter) { try writer.row([r.team, r.week, r.date, r.participant, r.lessons]) }
            try writer.finish()
        case (.path, .json):
            var writer = JSONArrayWriter(into: sink)
            for row in try pathRows(from: db, filter: filter, today: today) { try writer.append(row) }
            try writer.finish()
        case (.path, .csv):
            var writer = try CSVRowWriter(into: sink)
            try writer.header(pathHeader)
            for r in try pathRows(from: db, filter: filter, today: today) {
                let step = PathStep(rawValue: r.step)?.displayName ?? ladderStepName(r.step, name: r.stepName)
                    ?? "Slutat: " + (PathOutcome(rawValue: r.outcome)?.displayName ?? r.outcome)
                try writer.row([r.team, r.participant, step, r.date, r.days.map(String.init) ?? ""])
            }
            try writer.finish()
        case (.tasks, .json):
            var writer = JSONArrayWriter(into: sink)
            try forEachRow(from: db, filter: filter) { try writer.append($0) }
            try writer.finish()
        case (.tasks, .csv):
            var writer = try CSVRowWriter(into: sink)
            try writer.header(csvHeader)
            // CSV is read by people: words, not codes (JSON keeps the codes for programs).
            try forEachRow(from: db, filter: filter) {
                try writer.row([$0.team, $0.date, $0.participant, ShadowedRole(rawValue: $0.role)?.displayName ?? $0.role, $0.staff, $0.task,
                                ShadowingCategory(rawValue: $0.category)?.displayName ?? $0.category, String($0.minutes),
                                TransferJudgement(rawValue: $0.judgement)?.displayName ?? $0.judgement, $0.lessons])
            }
            try writer.finish()
        case (.summary, .json):
            var writer = JSONArrayWriter(into: sink)
            for r in try summaryRows(from: db, filter: filter) {
                try writer.append(SummaryJSONRow(team: r[0], from: r[1], to: r[2], measure: r[3], subject: r[4], value: ExportNumber(r[5])))
            }
            try writer.finish()
        case (.summary, .csv):
            var writer = try CSVRowWriter(into: sink)
            try writer.header(summaryHeader)
            for r in try summaryRows(from: db, filter: filter) {
                try writer.row([r[0], r[1], r[2], measureNames[r[3]] ?? r[3], subjectName(measure: r[3], r[4]), r[5]])
            }
            try writer.finish()
        }
    }
}
