import Foundation
import VardagDomain
@_spi(Seeding) import VardagStore

/// Demo and benchmark data for Skuggning, on top of the register's demo data.
///
/// The demo goes through the same validated writes and audit trail as the app, in one
/// transaction; the benchmark's large data set uses prepared statements directly (no
/// audit rows) so that 1.5 million observed tasks are generated in seconds.
public enum ShadowingDemoData {
    /// What the demo wrote.
    public struct Summary: Hashable, Sendable {
        public var participants: Int
        public var entries: Int
        public var observations: Int
        public var hypotheses: Int
    }

    static let lessons = [
        "Tvätt och inköp tar mycket tid och kräver ingen vårdutbildning.",
        "Apoteksärenden kan samordnas för flera brukare samma dag.",
        "Brukaren ville att samma person kommer; kontinuitet spelar roll även för service.",
        "Städning med stöd fungerar bra efter två veckor.",
        "Läkemedelsöverlämning kräver delegering; servicebiträdet bör inte göra det.",
        "Undersköterskan hann med fler omvårdnadsinsatser när vi tog tvätten.",
        "Matdistributionen kan planeras som en egen slinga.",
        "Promenader fungerar bäst tillsammans med en van kollega.",
        "Det behövs en tydlig checklista för städning.",
        "Språket i dokumentationen är svårt i början; stöd behövs.",
    ]

    /// A demo hypothesis: its statement, the statuses it went through (the last is its
    /// status now), its review date's offset from 23 November, its conclusion if closed,
    /// and its notes.
    struct DemoHypothesis {
        let statement: String
        let path: [HypothesisStatus]
        let review: Int
        var conclusion = ""
        var notes: [String] = []
    }

    static let hypotheses: [DemoHypothesis] = [
        DemoHypothesis(statement: "Servicebiträden kan ta över tvätt och inköp helt inom fyra veckor.", path: [.attProva, .pagar, .bekraftad],
                       review: -20,
                       conclusion: "Efter fyra veckor sköter servicebiträdena tvätt och inköp själva; undersköterskorna får tid till omvårdnad.",
                       notes: ["Två deltagare behöver stöd med betalkort vid inköp.", "Tvättstugornas bokning tar tid; planera in den i slingan."]),
        DemoHypothesis(statement: "Apoteksärenden kan utföras av servicebiträde utan delegering.", path: [.attProva, .pagar], review: -3,
                       notes: ["Fråga MAS om hämtning av dosdispenserade läkemedel räknas som delegerad uppgift."]),
        DemoHypothesis(statement: "En fast serviceslinga minskar undersköterskornas restid.", path: [.attProva], review: 7),
        DemoHypothesis(statement: "Servicebiträden kan ge enklare måltidsstöd utan handledning.", path: [.attProva, .forkastad], review: -30,
                       conclusion: "Måltidsstöd kräver bedömning av sväljförmåga och nutrition; det stannar hos undersköterskorna."),
        DemoHypothesis(statement: "Skuggning två dagar i veckan räcker för att lära sig städrutinerna.", path: [.attProva], review: -1,
                       notes: ["Checklistan för städning prövas från vecka 47."]),
        DemoHypothesis(statement: "Brukarna accepterar nya ansikten för serviceinsatser.", path: [.pagar], review: 14),
    ]

    /// The first Monday of the demo's eight weeks of logs.
    public static let firstLogDay = try! LocalDate(year: 2026, month: 9, day: 28)

    /// Makes each participant who left for a servicebiträde job, and is not staff yet, a
    /// medarbetare (Servicebiträde) in her skuggningsteam's host team from the day she left,
    /// as `b` on Deltagare does: her ladder steps go to her staff mapping. Run after the
    /// workload and competence demos, so their generated data stays as it was.
    /// - Parameter db: a database with the Skuggning demo.
    /// - Returns: how many were employed.
    /// - Throws: the store's errors.
    @discardableResult
    public static func employHired(_ db: AppDatabase) throws -> Int {
        try db.writeGeneratedData { conn in
            let hired = try StoreRow.fetchAll(conn, sql: """
                SELECT p.id, p.left_on, t.host_team_id FROM shadowing_participant p JOIN shadowing_team t ON t.id = p.team_id
                WHERE p.outcome = 'servicebitrade' AND p.id NOT IN (SELECT participant_id FROM shadowing_employment) ORDER BY p.id
                """)
            for row in hired {
                try db.writeEmployment(conn, participantId: row[0], teamId: row[2], startDate: row[1])
            }
            return hired.count
        }
    }

    /// A participant's name that no staff member has, so a participant is never taken for
    /// her handledare: the drawn last name, or else the next ones in the catalogue's order
    /// (deterministic, and the random draws stay as they were).
    /// - Parameters:
    ///   - first: the drawn first name.
    ///   - lastIndex: the drawn last name's index.
    ///   - lastNames: the catalogue's last names.
    ///   - taken: the staff's names.
    /// - Returns: the name, or nil when every last name is taken with this first name.
    static func participantName(first: String, lastIndex: Int, lastNames: [String], taken: Set<String>) -> String? {
        (0..<lastNames.count).lazy.map { first + " " + lastNames[(lastIndex + $0) % lastNames.count] }
            .first { !taken.contains($0) }
    }

    /// Adds a skuggningsteam with 12 participants, 8 weeks of daily logs (weekdays),
    /// hypotheses at every status and participants at every step of the path.
    /// - Parameters:
    ///   - db: a database with the register's demo data.
    ///   - seed: the random seed.
    ///   - teamName: the skuggningsteam's name (unique in a whole region).
    /// - Returns: what was written.
    /// - Throws: `StoreError.databaseNotEmpty` when no hemtjänst team exists; GRDB errors.
    @discardableResult
    public static func populate(_ db: AppDatabase, seed: UInt64 = 2026,
                                teamName: String = "Skuggningsteam Linköpingsmodellen") throws -> Summary {
        try db.ensureShadowingCatalogue()
        let catalogue = try DemoCatalogue.load()
        return try db.writeGeneratedData { conn in
            guard let host = try StoreRow.fetchOne(conn, sql: """
                SELECT t.id, e.kommun_id FROM team t JOIN enhet e ON e.id = t.enhet_id
                WHERE e.omrade = 'vard_och_omsorg' ORDER BY t.id LIMIT 1
                """) else { throw StoreError.databaseNotEmpty }
            let hostTeamId: Int64 = host[0]
            let supervisors = try Int64.fetchAll(conn, sql: "SELECT id FROM medarbetare WHERE team_id = ? ORDER BY id LIMIT 2", arguments: [hostTeamId])
            let team = try db.insertShadowingTeam(conn, ShadowingTeamDraft(
                kommunId: host[1], hostTeamId: hostTeamId, name: teamName,
                startDate: firstLogDay.adding(days: -7).iso, endDate: "2027-06-30", supervisorIds: supervisors))
            var random = SeededGenerator(seed: seed)
            var names: Set<String> = []
            let staffNames = Set(try String.fetchAll(conn, sql: "SELECT name FROM medarbetare"))
            var participants: [ShadowingParticipant] = []
            while participants.count < 12 {
                let first = catalogue.firstNames[Int.random(in: 0..<catalogue.firstNames.count, using: &random)]
                let last = Int.random(in: 0..<catalogue.lastNames.count, using: &random)
                guard let name = participantName(first: first, lastIndex: last, lastNames: catalogue.lastNames,
                                                 taken: staffNames) else { continue }
                if names.insert(name).inserted {
                    participants.append(try db.insertShadowingParticipant(conn, teamId: team.id, name: name))
                }
            }
            // Paths: everyone starts with introduktion and skuggning; later steps spread so
            // every step has someone, one employed and one who left early.
            let start = team.startDate
            let targets: [PathStep] = [.introduktion, .skuggning, .skuggning, .skuggning, .egnaMedStod, .egnaMedStod,
                                       .egnaMedStod, .sjalvstandigt, .sjalvstandigt, .anstalld, .skuggning, .skuggning]
            var leftEarly: Int64?
            var employed: Int64?
            for (i, p) in participants.enumerated() {
                for (n, step) in PathStep.allCases.enumerated() where step <= targets[i] {
                    let date = step == .introduktion ? start : firstLogDay.adding(days: (n - 1) * 14 + i % 3)
                    try conn.execute(sql: "INSERT INTO shadowing_step (participant_id, step, date) VALUES (?, ?, ?)",
                                     arguments: [p.id, step.rawValue, date.iso])
                }
                if targets[i] == .anstalld { employed = p.id }
                if i == 11 { leftEarly = p.id }
            }
            let tasks = try StoreRow.fetchAll(conn, sql: "SELECT * FROM shadowing_task WHERE active = 1 ORDER BY id").map(AppDatabase.task)
            var entries = 0, observations = 0
            var lessonEntries: [Int64] = []
            for dayIndex in 0..<56 {
                let date = firstLogDay.adding(days: dayIndex)
                if date.isoWeekday > 5 { continue }
                for (i, p) in participants.enumerated() {
                    if i == 11 && dayIndex > 20 { continue }  // left early, see below
                    if targets[i] == .anstalld && dayIndex > 53 { continue }
                    if Int.random(in: 0..<12, using: &random) == 0 { continue }  // a missed day now and then
                    let count = Int.random(in: 2...5, using: &random)
                    var lines: [DayEntryDraft.TaskLine] = []
                    for _ in 0..<count {
                        let task = tasks[Int.random(in: 0..<tasks.count, using: &random)]
                        let minutes = max(5, min(600, task.defaultMinutes + 5 * Int.random(in: -2...3, using: &random)))
                        var judgement = task.defaultJudgement
                        if Int.random(in: 0..<5, using: &random) == 0 { judgement = .withSupport }
                        lines.append(.init(taskId: task.id, minutes: String(minutes), judgement: judgement))
                    }
                    let lesson = Int.random(in: 0..<4, using: &random) == 0
                        ? lessons[Int.random(in: 0..<lessons.count, using: &random)] : ""
                    let entry = try db.writeDayEntry(conn, DayEntryDraft(
                        teamId: team.id, participantId: p.id, date: date.iso,
                        role: Bool.random(using: &random) ? .underskoterska : .vardbitrade, tasks: lines, lessons: lesson))
                    entries += 1
                    observations += lines.count
                    if !lesson.isEmpty { lessonEntries.append(entry.id) }
                }
            }
            // Leaving is recorded after the logs: a participant who has left cannot be logged.
            // Competence steps on the ladder: one for those doing their own tasks with support,
            // two for the independent ones, three for the one employed (carried to her staff mapping).
            for (i, p) in participants.enumerated() {
                let done = targets[i] == .egnaMedStod ? 1 : targets[i] == .sjalvstandigt ? 2 : targets[i] == .anstalld ? 3 : 0
                for step in stride(from: 1, through: done, by: 1) {
                    try conn.execute(sql: "INSERT INTO shadowing_ladder_step (participant_id, step_no, completed_on) VALUES (?, ?, ?)",
                                     arguments: [p.id, step, firstLogDay.adding(days: 7 + 14 * step + i % 3).iso])
                }
            }
            // The one employed left for the job; `employHired` makes her a medarbetare once the rest of the demo is in.
            if let employed {
                try conn.execute(sql: "UPDATE shadowing_participant SET left_on = ?, outcome = 'servicebitrade' WHERE id = ?",
                                 arguments: [firstLogDay.adding(days: 53).iso, employed])
            }
            if let leftEarly {
                try conn.execute(sql: "UPDATE shadowing_participant SET left_on = ?, outcome = 'avbrott' WHERE id = ?",
                                 arguments: [firstLogDay.adding(days: 20).iso, leftEarly])
            }
            try populateSupervision(db, conn, team: team, participants: participants, leftEarly: leftEarly)
            let reviewBase = try LocalDate(year: 2026, month: 11, day: 23)
            for (i, h) in hypotheses.enumerated() {
                let reviewDate = reviewBase.adding(days: h.review).iso
                let hypothesis = try db.insertHypothesis(conn, teamId: team.id, statement: h.statement, status: h.path[0], reviewDate: reviewDate)
                // The notes come before a closing: the conclusion is the last word.
                let changes = Array(h.path.dropFirst())
                let closing = changes.last.map { !$0.isOpen } ?? false
                for status in changes.dropLast(closing ? 1 : 0) {
                    try db.changeHypothesis(conn, id: hypothesis.id, statement: h.statement, status: status, reviewDate: reviewDate)
                }
                for note in h.notes { try db.insertHypothesisNote(conn, hypothesisId: hypothesis.id, text: note) }
                if closing, let last = changes.last {
                    try db.changeHypothesis(conn, id: hypothesis.id, statement: h.statement, status: last, reviewDate: reviewDate,
                                            conclusion: h.conclusion)
                }
                // The history is dated across the logging weeks (a week apart), not all at the moment of the demo.
                let events = try Int64.fetchAll(conn, sql: "SELECT id FROM shadowing_hypothesis_event WHERE hypothesis_id = ? ORDER BY id",
                                                arguments: [hypothesis.id])
                for (n, eventId) in events.enumerated() {
                    try conn.execute(sql: "UPDATE shadowing_hypothesis_event SET at = ? WHERE id = ?",
                                     arguments: [firstLogDay.adding(days: 7 * n + i).iso + "T08:\(10 + n * 7):00.000Z", eventId])
                }
                for entryId in lessonEntries.dropFirst(i * 3).prefix(2) {
                    try conn.execute(sql: "INSERT INTO shadowing_hypothesis_link (hypothesis_id, entry_id) VALUES (?, ?)",
                                     arguments: [hypothesis.id, entryId])
                }
            }
            return Summary(participants: participants.count, entries: entries, observations: observations, hypotheses: hypotheses.count)
        }
    }

    /// The handledare: the team form's two (one trained, three places; one untrained, two)
    /// have too few places for twelve participants in the first weeks, so seven have no
    /// handledare; the host team's third joins the pool from the fourth week of logs with six
    /// places and takes them (one a week later), and one participant changes handledare.
    static func populateSupervision(_ db: AppDatabase, _ conn: any StoreConnection, team: ShadowingTeam,
                                    participants: [ShadowingParticipant], leftEarly: Int64?) throws {
        let staff = try Int64.fetchAll(conn, sql: "SELECT id FROM medarbetare WHERE team_id = ? AND active = 1 ORDER BY id LIMIT 3",
                                       arguments: [team.hostTeamId])
        guard staff.count == 3 else { return }
        let start = team.startDate, joined = firstLogDay.adding(days: 21)
        let pool: [(Int64, String, Int, LocalDate)] = [(staff[0], "2025-03-12", 3, start), (staff[1], "", 2, start), (staff[2], "2026-10-01", 6, joined)]
        for (id, trained, places, since) in pool {
            _ = try db.writeShadowingSupervisor(conn, teamId: team.id, medarbetareId: id, trainedOn: trained, places: String(places),
                                                since: since.iso)
        }
        for (i, p) in participants.enumerated() where p.id != leftEarly {
            let (supervisor, from): (Int64, LocalDate)
            switch i {
            case 0..<3: (supervisor, from) = (staff[0], start)
            case 3..<5: (supervisor, from) = (staff[1], start)
            case 5..<10: (supervisor, from) = (staff[2], joined)
            default: (supervisor, from) = (staff[2], joined.adding(days: 7))
            }
            _ = try db.writeSupervisorAssignment(conn, participantId: p.id, supervisorId: supervisor, from: from.iso)
        }
        // A change of handledare: the second participant moves from the first to the second.
        _ = try db.writeSupervisorAssignment(conn, participantId: participants[1].id, supervisorId: staff[1],
                                             from: joined.adding(days: 14).iso)
    }

    /// The benchmark's data set: `teams` skuggningsteam of `participants` each, a log every
    /// weekday for `days` days with `tasksPerDay` observed tasks. Needs the register (any size).
    /// - Returns: the ids of the teams and the number of observed tasks written.
    public static func populateLarge(_ db: AppDatabase, teams: Int = 20, participants: Int = 16, days: Int = 730,
                                     tasksPerDay: Int = 9, seed: UInt64 = 7) throws -> (teamIds: [Int64], observations: Int) {
        try db.ensureShadowingCatalogue()
        let start = try LocalDate(year: 2024, month: 1, day: 1)
        return try db.writeGeneratedData { conn in
            let hosts = try StoreRow.fetchAll(conn, sql: "SELECT t.id, e.kommun_id FROM team t JOIN enhet e ON e.id = t.enhet_id ORDER BY t.id")
            guard !hosts.isEmpty else { throw StoreError.databaseNotEmpty }
            let taskIds = try Int64.fetchAll(conn, sql: "SELECT id FROM shadowing_task ORDER BY id")
            let judgements = try StoreRow.fetchAll(conn, sql: "SELECT default_judgement, default_minutes FROM shadowing_task ORDER BY id")
                .map { ($0[0] as String, $0[1] as Int) }
            var random = SeededGenerator(seed: seed)
            let insertEntry = try conn.cachedStatement(sql: "INSERT INTO shadowing_entry (team_id, participant_id, date, role, lessons) VALUES (?, ?, ?, ?, ?)")
            let insertObservation = try conn.cachedStatement(sql: """
                INSERT INTO shadowing_observation (entry_id, position, team_id, date, task_id, minutes, judgement) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            var teamIds: [Int64] = []
            var observations = 0
            let dates = (0..<days).map { start.adding(days: $0) }.filter { $0.isoWeekday <= 5 }.map(\.iso)
            for t in 0..<teams {
                let host = hosts[t % hosts.count]
                let team = try db.insertShadowingTeam(conn, ShadowingTeamDraft(
                    kommunId: host[1], hostTeamId: host[0], name: "Bänkteam \(t + 1)",
                    startDate: start.iso, endDate: start.adding(days: days).iso))
                teamIds.append(team.id)
                var people: [Int64] = []
                for p in 0..<participants {
                    people.append(try db.insertShadowingParticipant(conn, teamId: team.id, name: "Deltagare \(t + 1)-\(p + 1)").id)
                }
                for date in dates {
                    for person in people {
                        try insertEntry.execute(arguments: [team.id, person, date, "underskoterska",
                                                            Int.random(in: 0..<4, using: &random) == 0 ? "Lärdom" : ""])
                        let entryId = try conn.lastInsertedRowID()
                        for position in 0..<tasksPerDay {
                            let k = Int.random(in: 0..<taskIds.count, using: &random)
                            try insertObservation.execute(arguments: [entryId, position, team.id, date, taskIds[k],
                                                                      judgements[k].1, judgements[k].0])
                        }
                        observations += tasksPerDay
                    }
                }
            }
            return (teamIds, observations)
        }
    }
}
