import VardagDomain
@_spi(Seeding) import VardagStore

/// Adds Delaktighetsmodellen demo data on top of the register's demo region: a guide pool
/// over all demo kommuner, slingor at every stage, open and answered relay questions,
/// bought guide services, overdue actions and yearly targets.
///
/// Dates are placed relative to `today` so the demo always looks current; with the same
/// register and date it is the same every time. Written through the validated inserts,
/// with audit rows, in one transaction.
public enum DialogueDemo {
    /// What was written.
    public struct Summary: Hashable, Sendable {
        public var guides: Int
        public var loops: Int
        public var meetings: Int
        public var questions: Int
        public var actions: Int
    }

    /// Days from today to an unfinished slinga's planned next träff, by unit in turn: today,
    /// soon, two days overdue, within the week, beyond Idag's week.
    static let plannedOffsets = [0, 2, -2, 5, 12]

    static let themes = [
        "Maten på boendet", "Fritid och aktiviteter", "Oro inför ledigheter", "Brandsäkerhet",
        "Dokumentation om mig", "Att flytta hemifrån", "Inflytande över schemat", "Trygghet på kvällen",
    ]
    static let questionsFromBrukare = [
        "Varför får vi inte välja mat själva?", "Hur bestäms vem som jobbar på kvällen?",
        "Vad skrivs om oss i journalen?", "Varför är aktiviteterna alltid på förmiddagen?",
    ]
    static let questionsFromPersonal = [
        "Vilka aktiviteter saknar ni mest?", "Hur vill ni få veta om vikarier i förväg?",
        "Vad gör en kväll trygg för er?", "Hur vill ni vara med när menyn planeras?",
    ]
    static let answers = [
        "Vi planerar menyn tillsammans varannan vecka.", "Schemat sätts upp i köket varje fredag.",
        "Det vill vi prata mer om på den gemensamma träffen.", "Fler aktiviteter på eftermiddagen.",
    ]

    /// Adds the demo data.
    /// - Parameters:
    ///   - db: a database holding the register's demo region.
    ///   - today: the date the demo is placed around.
    /// - Returns: what was written.
    /// - Throws: `DialogueFailure` or GRDB errors (none with the shipped demo register).
    @discardableResult
    public static func populate(_ db: AppDatabase, today: LocalDate) throws -> Summary {
        try db.writeGeneratedData { connection in
            // The pool: every vägledare of the register's demo, and two more staff per kommun in
            // different units (as a course would train them). Joining the pool is a role on top
            // of the title: nobody's register role changes.
            let candidates = try StoreRow.fetchAll(connection, sql: """
                SELECT m.id, t.enhet_id, e.kommun_id FROM medarbetare m
                JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                WHERE m.active = 1 AND (m.role = 'vagledare' OR m.id IN (
                    SELECT min(m2.id) FROM medarbetare m2 JOIN team t2 ON t2.id = m2.team_id JOIN enhet e2 ON e2.id = t2.enhet_id
                    WHERE m2.role = 'medarbetare' AND m2.active = 1 AND e2.omrade IN ('ifo', 'socialpsykiatri')
                    GROUP BY e2.id, e2.kommun_id))
                ORDER BY m.id
                """)
            var guides: [(id: Int64, enhet: Int64, kommun: Int64)] = []
            for (i, row) in candidates.enumerated() {
                let id: Int64 = row[0]
                let trained = today.adding(days: -400 - 97 * i)
                try connection.execute(sql: "INSERT INTO dialogue_guide (medarbetare_id, training_date) VALUES (?, ?)",
                                       arguments: [id, trained.iso])
                try db.recordAudit(connection, .insert, entity: "dialogue_guide", entityId: id, before: nil,
                                   after: ["training_date": .text(trained.iso)])
                guides.append((id, row[1], row[2]))
            }
            guard guides.count >= 3 else { return Summary(guides: guides.count, loops: 0, meetings: 0, questions: 0, actions: 0) }
            let units = try StoreRow.fetchAll(connection, sql: """
                SELECT e.id, e.kommun_id FROM enhet e WHERE e.active = 1
                  AND e.omrade IN ('funktionshinder', 'socialpsykiatri', 'vard_och_omsorg') ORDER BY e.kommun_id, e.id
                """).map { (id: $0[0] as Int64, kommun: $0[1] as Int64) }
            var summary = Summary(guides: guides.count, loops: 0, meetings: 0, questions: 0, actions: 0)
            for (index, unit) in units.enumerated() {
                // Own-kommun guides first; the rest are bought from neighbours.
                let eligible = guides.filter { $0.enhet != unit.id }
                let own = eligible.filter { $0.kommun == unit.kommun }
                let others = eligible.filter { $0.kommun != unit.kommun }
                // Rotate so the work spreads over the pool.
                func rotated(_ list: [(id: Int64, enhet: Int64, kommun: Int64)]) -> [(id: Int64, enhet: Int64, kommun: Int64)] {
                    guard !list.isEmpty else { return list }
                    let k = index % list.count
                    return Array(list[k...] + list[..<k])
                }
                let ordered = index % 3 == 1 ? rotated(others) + rotated(own) : rotated(own) + rotated(others)
                guard ordered.count >= 2 else { continue }
                let pair = (ordered[0].id, ordered[1].id)
                let staff = try Int64.fetchAll(connection, sql: """
                    SELECT m.id FROM medarbetare m JOIN team t ON t.id = m.team_id
                    WHERE t.enhet_id = ? AND m.active = 1 AND m.role IN ('medarbetare', 'teamledare')
                      AND NOT EXISTS (SELECT 1 FROM dialogue_guide g WHERE g.medarbetare_id = m.id) ORDER BY m.id
                    """, arguments: [unit.id])
                guard !staff.isEmpty else { continue }
                try connection.execute(sql: """
                    INSERT INTO dialogue_target (enhet_id, year, target) VALUES (?, ?, ?)
                    """, arguments: [unit.id, today.year, 2 + index % 3])
                // Stage: how many meetings are held (0 to 5), spread over the units.
                let stage = index % 6
                let start = today.adding(days: -7 * (stage * 2 + 1) - (stage == 5 ? 60 : 0))
                let loopId = try db.insertLoop(connection, LoopDraft(
                    enhetId: unit.id, theme: themes[index % themes.count], chosenBy: index % 4 == 3 ? .brukare : .chef,
                    plannedStart: start.iso, guide1: pair.0, guide2: pair.1, staffIds: staff), today: start.adding(days: -14))
                summary.loops += 1
                if index % 5 == 2 {
                    try connection.execute(sql: "UPDATE dialogue_loop SET theme = ?, theme_chosen_by = 'brukare' WHERE id = ?",
                                           arguments: ["Maten och måltiderna", loopId])
                    try connection.execute(sql: """
                        INSERT INTO dialogue_theme_change (loop_id, changed_on, theme, chosen_by, reason, changed_by_user)
                        VALUES (?, ?, 'Maten och måltiderna', 'brukare', 'Brukarna ville hellre prata om maten.', ?)
                        """, arguments: [loopId, start.iso, db.user])
                }
                var meetingIds: [TraffTyp: Int64] = [:]
                for (step, kind) in TraffTyp.allCases.prefix(stage).enumerated() {
                    let date = start.adding(days: kind == .uppfoljning ? 7 * step + 30 : 7 * step)
                    let staffCount = kind.groupsPresent.contains(.personal) ? staff.count + (index % 4 == 0 && kind == .gemensam ? 1 : 0) : 0
                    meetingIds[kind] = try db.insertMeeting(connection, MeetingDraft(
                        loopId: loopId, kind: kind, date: date.iso, guide1: pair.0, guide2: pair.1,
                        brukareCount: kind == .personaltraff ? "0" : String(4 + index % 5), staffCount: String(staffCount),
                        notes: kind == .brukartraff1 ? "Lugn start, alla kom till tals." : ""), today: today)
                    summary.meetings += 1
                }
                // The next träff of an unfinished slinga is planned (held träffar spent their plans):
                // today, in the coming days, later, or on a day that passed without it being held.
                if stage < 5 {
                    let planned = today.adding(days: plannedOffsets[index % plannedOffsets.count])
                    try connection.execute(sql: "UPDATE dialogue_loop SET next_planned_on = ? WHERE id = ?",
                                           arguments: [planned.iso, loopId])
                }
                if let first = meetingIds[.brukartraff1] {
                    let q = try db.insertQuestion(connection, meetingId: first, from: .brukare,
                                                  text: questionsFromBrukare[index % questionsFromBrukare.count])
                    summary.questions += 1
                    if let answeredAt = meetingIds[.personaltraff] {
                        try db.updateAnswer(connection, questionId: q, meetingId: answeredAt,
                                            answer: answers[index % answers.count], level: String(1 + index % 5))
                    }
                }
                if let personal = meetingIds[.personaltraff] {
                    let q = try db.insertQuestion(connection, meetingId: personal, from: .personal,
                                                  text: questionsFromPersonal[index % questionsFromPersonal.count])
                    summary.questions += 1
                    if let answeredAt = meetingIds[.brukartraff2], index % 2 == 0 {
                        try db.updateAnswer(connection, questionId: q, meetingId: answeredAt,
                                            answer: answers[(index + 1) % answers.count], level: "")
                    }
                }
                if meetingIds[.gemensam] != nil {
                    let gemensamDate = start.adding(days: 21)
                    for (n, what) in ["Brukarna planerar menyn varannan vecka", "Schemat sätts upp i köket"].enumerated() {
                        let due = gemensamDate.adding(days: n == 0 ? 14 : 90)
                        let status: ActionStatus = n == 0 && stage == 5 ? .klar : .planerad
                        _ = try db.insertAction(connection, ActionDraft(
                            loopId: loopId, what: what, responsible: n == 0 ? "Enhetschefen" : "Teamledaren", due: due.iso),
                            status: status, fedBack: status == .klar)
                        summary.actions += 1
                    }
                }
            }
            return summary
        }
    }
}
