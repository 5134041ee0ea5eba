import VardagDomain
@_spi(Seeding) import VardagStore

/// Generates a large region for `vardag bench dialogue`: kommuner with units, staff and a
/// guide pool, and slingor spread over several years with meetings, relay questions and
/// actions, about a tenth of the guide assignments bought from a neighbouring kommun.
///
/// The register goes through the validated inserts; the dialogue rows are written with
/// cached prepared statements and no audit rows (bench data, not user changes), all in
/// one transaction.
public enum DialogueBenchData {
    /// What was written.
    public struct Summary: Hashable, Sendable {
        public var kommuner: Int
        public var enheter: Int
        public var loops: Int
        public var meetings: Int
        public var questions: Int
        public var actions: Int
    }

    /// Fills an empty database.
    /// - Parameters:
    ///   - db: an empty database.
    ///   - kommuner: how many kommuner (50 for the benchmark).
    ///   - loops: how many slingor (2,000).
    ///   - questionsPerLoop: relay questions per slinga (10 gives 20,000).
    ///   - lastYear: the last of the five years; slingor run from `lastYear - 4`.
    /// - Returns: what was written.
    /// - Throws: `StoreError.databaseNotEmpty`, GRDB errors.
    @discardableResult
    public static func populate(_ db: AppDatabase, kommuner: Int = 50, loops: Int = 2_000,
                                questionsPerLoop: Int = 10, lastYear: Int) throws -> Summary {
        try db.writeGeneratedData { c in
            guard try Int.fetchOne(c, sql: "SELECT count(*) FROM kommun") == 0 else { throw StoreError.databaseNotEmpty }
            var random = SeededGenerator(seed: 2017)
            let areas: [Verksamhetsomrade] = [.funktionshinder, .socialpsykiatri, .vardOchOmsorg, .ifo]
            var units: [(id: Int64, kommun: Int64, staff: [Int64])] = []
            var guides: [(id: Int64, unit: Int64, kommun: Int64)] = []
            for k in 0..<kommuner {
                let kommun = try db.insertKommun(c, name: "Benchkommun \(k + 1)")
                for (a, area) in areas.enumerated() {
                    let enhet = try db.insertEnhet(c, kommunId: kommun.id, name: "Enhet \(a + 1) \(area.displayName)", omrade: area)
                    let team = try db.insertTeam(c, enhetId: enhet.id, name: "Team Ängen")
                    var staff: [Int64] = []
                    for p in 0..<6 {
                        let role: MedarbetarRoll = p == 5 ? .vagledare : .medarbetare
                        let person = try db.insertMedarbetare(c, MedarbetareDraft(
                            teamId: team.id, name: "Person \(k)-\(a)-\(p) Öberg", title: "Stödpedagog", role: role,
                            startDate: "2015-01-01"))
                        if role == .vagledare {
                            guides.append((person.id, enhet.id, kommun.id))
                        } else {
                            staff.append(person.id)
                        }
                    }
                    units.append((enhet.id, kommun.id, staff))
                }
            }
            let addGuide = try c.cachedStatement(sql: "INSERT INTO dialogue_guide (medarbetare_id, training_date) VALUES (?, '2016-05-01')")
            for g in guides { try addGuide.execute(arguments: [g.id]) }
            let addLoop = try c.cachedStatement(sql: """
                INSERT INTO dialogue_loop (enhet_id, theme, theme_chosen_by, planned_start, started_on, finished_on)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            let addTheme = try c.cachedStatement(sql: """
                INSERT INTO dialogue_theme_change (loop_id, changed_on, theme, chosen_by, reason, changed_by_user)
                VALUES (?, ?, ?, ?, '', 'bench')
                """)
            let addLoopGuide = try c.cachedStatement(sql: """
                INSERT INTO dialogue_loop_guide (loop_id, position, guide_id, providing_kommun_id) VALUES (?, ?, ?, ?)
                """)
            let addStaff = try c.cachedStatement(sql: "INSERT INTO dialogue_loop_staff (loop_id, medarbetare_id) VALUES (?, ?)")
            let addMeeting = try c.cachedStatement(sql: """
                INSERT INTO dialogue_meeting (loop_id, kind, seq, held_on, guide1_id, guide2_id, brukare_count, staff_count, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Samtalet flöt på.')
                """)
            let addQuestion = try c.cachedStatement(sql: """
                INSERT INTO dialogue_question (loop_id, from_group, to_group, asked_meeting_id, text, answered_meeting_id, answer, participation_level)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let addAction = try c.cachedStatement(sql: """
                INSERT INTO dialogue_action (loop_id, meeting_id, what, responsible, due_date, status, fed_back)
                VALUES (?, ?, 'Ny rutin för kvällsaktiviteter', 'Enhetschefen', ?, ?, ?)
                """)
            let first = try LocalDate(year: lastYear - 4, month: 1, day: 10).daysSinceEpoch
            let last = try LocalDate(year: lastYear, month: 11, day: 1).daysSinceEpoch
            var summary = Summary(kommuner: kommuner, enheter: units.count, loops: loops, meetings: 0, questions: 0, actions: 0)
            let themes = ["Maten på boendet", "Fritid och aktiviteter", "Oro inför ledigheter", "Brandsäkerhet", "Trygghet på kvällen"]
            for n in 0..<loops {
                let unit = units[n % units.count]
                let start = try LocalDate(daysSinceEpoch: first + (last - first) * n / max(1, loops - 1))
                // Two guides from other units: usually the own kommun, every tenth from the next kommun.
                let sameKommun = guides.filter { $0.kommun == unit.kommun && $0.unit != unit.id }
                let neighbour = guides.filter { $0.kommun == (unit.kommun % Int64(kommuner)) + 1 }
                let pool = n % 10 == 0 ? neighbour : sameKommun
                let g1 = pool[Int.random(in: 0..<pool.count, using: &random)]
                var g2 = sameKommun[Int.random(in: 0..<sameKommun.count, using: &random)]
                if g2.id == g1.id { g2 = sameKommun.first { $0.id != g1.id } ?? neighbour[0] }
                let held = n >= loops - 20 ? n % 5 : 5
                let theme = themes[n % themes.count]
                try addLoop.execute(arguments: [unit.id, theme, n % 4 == 0 ? "brukare" : "chef", start.iso,
                                                held > 0 ? start.iso : nil, held == 5 ? start.adding(days: 60).iso : nil])
                let loopId = try c.lastInsertedRowID()
                try addTheme.execute(arguments: [loopId, start.adding(days: -14).iso, theme, "chef"])
                try addLoopGuide.execute(arguments: [loopId, 1, g1.id, g1.kommun])
                try addLoopGuide.execute(arguments: [loopId, 2, g2.id, g2.kommun])
                for s in unit.staff.prefix(4) { try addStaff.execute(arguments: [loopId, s]) }
                var meetingIds: [Int64] = []
                for (i, kind) in TraffTyp.allCases.prefix(held).enumerated() {
                    let date = start.adding(days: kind == .uppfoljning ? 60 : 7 * i)
                    try addMeeting.execute(arguments: [loopId, kind.rawValue, kind.order, date.iso, g1.id, g2.id,
                                                       kind == .personaltraff ? 0 : 6, kind.groupsPresent.contains(.personal) ? 4 : 0])
                    meetingIds.append(try c.lastInsertedRowID())
                    summary.meetings += 1
                }
                guard meetingIds.count >= 1 else { continue }
                for q in 0..<questionsPerLoop {
                    // Brukare ask at brukarträff 1 (answered at the personalträff), staff at the
                    // personalträff (answered at brukarträff 2).
                    let fromBrukare = q % 2 == 0 || meetingIds.count < 2
                    let asked = fromBrukare ? meetingIds[0] : meetingIds[1]
                    let answerIndex = fromBrukare ? 1 : 2
                    let answered = meetingIds.count > answerIndex && q % 7 != 6 ? meetingIds[answerIndex] : nil
                    try addQuestion.execute(arguments: [
                        loopId, fromBrukare ? "brukare" : "personal", fromBrukare ? "personal" : "brukare", asked,
                        "Hur kan vi göra kvällarna tryggare? (\(q + 1))", answered,
                        answered == nil ? nil : "Vi provar en ny rutin.", answered == nil ? nil : 1 + q % 5,
                    ])
                    summary.questions += 1
                }
                if meetingIds.count >= 4 {
                    for a in 0..<2 {
                        try addAction.execute(arguments: [loopId, meetingIds[3], start.adding(days: 50 + 30 * a).iso,
                                                          a == 0 ? "klar" : "pagar", a == 0])
                        summary.actions += 1
                    }
                }
            }
            return summary
        }
    }
}
