import Foundation
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// Kunskapsspridning (v24) in the store, on the backend under test (SQLite, or PostgreSQL
/// with `VARDAG_TEST_BACKEND=postgres`): planned and recorded with audit rows, refused by the
/// rules and the schema, exported in CSV and JSON, and counted into the comparison's share of
/// completed steps spread, with its small groups suppressed.
final class CompetenceSpreadingStoreTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private var kommunId: Int64 = 0
    private var teamId: Int64 = 0
    private var asa: Medarbetare!
    private let today = try! LocalDate.parse("2026-11-23")

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        kommunId = try store.addKommun(name: "Åsbro").id
        let norr = try store.addEnhet(kommunId: kommunId, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        teamId = try store.addTeam(enhetId: norr.id, name: "Grupp Ängen").id
        asa = try store.addMedarbetare(MedarbetareDraft(teamId: teamId, name: "Åsa Öberg", title: "Undersköterska",
                                                        role: .medarbetare, startDate: "2015-03-01"))
    }

    override func tearDown() {
        store = nil
        database.remove()
    }

    private func date(_ text: String) -> LocalDate { try! LocalDate.parse(text) }

    func testAStepIsSpreadPlannedThenRecordedAsHeldWithAuditRows() throws {
        try store.markCompetenceStepDone(medarbetareId: asa.id, step: 1, date: date("2026-09-01"))
        let planned = try store.planCompetenceSpreading(SpreadingActivity(
            id: 0, medarbetareId: asa.id, step: 1, planItemId: nil, kind: .presentation, description: " Bemötande vid oro ",
            audience: .team, plannedOn: date("2026-12-10")), today: today)
        var read = try XCTUnwrap(try database.open().competenceSpreading(.enhet(try unitId()), medarbetareId: asa.id).first)
        XCTAssertEqual(read, planned)
        XCTAssertEqual(read.description, "Bemötande vid oro")
        XCTAssertFalse(read.isHeld)
        XCTAssertFalse(read.isOverdue(today: today))
        XCTAssertTrue(read.isOverdue(today: date("2026-12-11")))
        let added = try XCTUnwrap(try store.auditEntries(entity: "competence_spreading", entityId: planned.id).first)
        XCTAssertEqual(added.action, .insert)
        XCTAssertEqual(added.after?["step_no"], .integer(1))

        read.heldOn = date("2026-11-20")
        read.participants = 9
        read.outcome = "Teamet använder nu en gemensam checklista.\nFärre avbrott."
        read.kind = .workshop
        // Neither whose it is nor what it spreads can change.
        read.step = 5
        try store.recordCompetenceSpreading(read, today: today)
        let held = try XCTUnwrap(try database.open().competenceSpreading(medarbetareId: asa.id).first)
        XCTAssertEqual(held.heldOn, date("2026-11-20"))
        XCTAssertEqual(held.participants, 9)
        XCTAssertEqual(held.kind, .workshop)
        XCTAssertEqual(held.step, 1)
        XCTAssertEqual(held.outcome, "Teamet använder nu en gemensam checklista.\nFärre avbrott.")
        let changed = try XCTUnwrap(try store.auditEntries(entity: "competence_spreading", entityId: planned.id).max { $0.id < $1.id })
        XCTAssertEqual(changed.action, .update)
        XCTAssertEqual(changed.before?["held_on"], .null)
        XCTAssertEqual(changed.after?["held_on"], .text("2026-11-20"))
        XCTAssertEqual(changed.after?["participants"], .integer(9))
    }

    func testAFinishedCourseIsSpreadAndWhatIsNotCompletedIsRefusedWritingNothing() throws {
        let course = try store.addCompetencePlanItem(medarbetareId: asa.id, step: nil, course: "Demens ABC", targetDate: date("2026-10-01"))
        let other = try store.addMedarbetare(MedarbetareDraft(teamId: teamId, name: "Bo Ek", title: "Vårdbiträde",
                                                              role: .medarbetare, startDate: "2020-03-01"))
        func activity(_ person: Int64, step: Int?, plan: Int64?) -> SpreadingActivity {
            SpreadingActivity(id: 0, medarbetareId: person, step: step, planItemId: plan, kind: .rutin, audience: .enhet,
                              plannedOn: date("2026-12-01"))
        }
        let audit = try store.auditCount()
        XCTAssertThrowsError(try store.planCompetenceSpreading(activity(asa.id, step: 2, plan: nil), today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .notCompleted)
        }
        XCTAssertThrowsError(try store.planCompetenceSpreading(activity(asa.id, step: nil, plan: course.id), today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .notCompleted, "the course is not klar yet")
        }
        try store.setCompetencePlanStatus(id: course.id, status: .klar)
        XCTAssertThrowsError(try store.planCompetenceSpreading(activity(other.id, step: nil, plan: course.id), today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .notCompleted, "another person's course")
        }
        var future = activity(asa.id, step: nil, plan: course.id)
        future.heldOn = date("2026-11-24")
        XCTAssertThrowsError(try store.planCompetenceSpreading(future, today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .heldInFuture)
        }
        var counted = activity(asa.id, step: nil, plan: course.id)
        counted.participants = 4
        XCTAssertThrowsError(try store.planCompetenceSpreading(counted, today: today)) {
            XCTAssertEqual($0 as? SpreadingError, .notHeldYet(.participants))
        }
        XCTAssertEqual(try store.auditCount(), audit + 1, "only the plan status changed")
        XCTAssertEqual(try store.competenceSpreading().count, 0)

        let spread = try store.planCompetenceSpreading(activity(asa.id, step: nil, plan: course.id), today: today)
        XCTAssertEqual(try store.competenceSpreading().map(\.planItemId), [course.id])
        // The schema refuses a count before it is held, whoever writes.
        XCTAssertThrowsError(try store.writer.write { db in
            try db.execute(sql: "UPDATE competence_spreading SET participants = 3 WHERE id = ?", arguments: [spread.id])
        })
        XCTAssertThrowsError(try store.writer.write { db in
            try db.execute(sql: "UPDATE competence_spreading SET kind = 'fika' WHERE id = ?", arguments: [spread.id])
        })
        // Removing the plan item leaves the activity, unlinked.
        try store.removeCompetencePlanItem(id: course.id)
        XCTAssertEqual(try store.competenceSpreading().map(\.planItemId), [nil])
    }

    func testTheExportCarriesSpreadingInCSVAndJSON() throws {
        try store.markCompetenceStepDone(medarbetareId: asa.id, step: 1, date: date("2026-09-01"))
        try store.planCompetenceSpreading(SpreadingActivity(
            id: 0, medarbetareId: asa.id, step: 1, planItemId: nil, kind: .handledning, description: "Lyft; förflyttning",
            audience: .team, plannedOn: date("2026-10-01"), heldOn: date("2026-10-02"), participants: 7,
            outcome: "Ny rutin för förflyttning."), today: today)
        try store.planCompetenceSpreading(SpreadingActivity(
            id: 0, medarbetareId: asa.id, step: 1, planItemId: nil, kind: .presentation, audience: .enhet,
            plannedOn: date("2026-11-01")), today: today)
        let table = try CompetenceExport.table(from: store, kind: .spreading, kommuner: ["åsbro"], today: today)
        XCTAssertEqual(table.header, ["Kommun", "Enhet", "Namn", "Steg", "Kurs", "Vad", "Beskrivning", "För vem", "Planerad",
                                      "Hållen", "Deltagare", "Försenad", "Vad ändrades"])
        XCTAssertEqual(table.rows, [
            ["Åsbro", "Hemtjänst Norr", "Åsa Öberg", "1", "", "Handledning av kollegor", "Lyft; förflyttning",
             "Teamet (Grupp Ängen)", "2026-10-01", "2026-10-02", "7", "Nej", "Ny rutin för förflyttning."],
            ["Åsbro", "Hemtjänst Norr", "Åsa Öberg", "1", "", "Presentation på arbetsplatsträff", "", "Enheten (Hemtjänst Norr)",
             "2026-11-01", "", "", "Ja", ""],
        ])
        let csv = String(decoding: try CompetenceExport.csv(table), as: UTF8.self)
        XCTAssertTrue(csv.contains("\"Lyft; förflyttning\""), csv)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}Kommun;Enhet;Namn;Steg;Kurs;Vad;"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: try CompetenceExport.json(table)) as? [[String: Any]])
        XCTAssertEqual(json.count, 2)
        XCTAssertEqual(json[0]["Deltagare"] as? Int, 7)
        XCTAssertEqual(json[0]["Steg"] as? Int, 1)
        XCTAssertEqual(json[1]["Försenad"] as? String, "Ja")
    }

    /// Six people in Åsbro with step 1 done, three of them spread (a planned activity does not
    /// count): 50 %. Two people in Bälby with three steps each: six steps, but two people, so
    /// hidden, and the total with it (one hidden group would be given away by subtraction).
    func testTheComparisonSharesCompletedStepsSpreadWithSmallGroupsSuppressed() throws {
        var people = [asa!]
        for name in ["Bo Ek", "Cia Lind", "Dan Ås", "Eva Ör", "Fia Berg"] {
            people.append(try store.addMedarbetare(MedarbetareDraft(teamId: teamId, name: name, title: "Undersköterska",
                                                                    role: .medarbetare, startDate: "2019-01-01")))
        }
        for (index, person) in people.enumerated() {
            try store.markCompetenceStepDone(medarbetareId: person.id, step: 1, date: date("2026-08-01"))
            guard index < 4 else { continue }
            try store.planCompetenceSpreading(SpreadingActivity(
                id: 0, medarbetareId: person.id, step: 1, planItemId: nil, kind: .workshop, audience: .team,
                plannedOn: date("2026-10-01"), heldOn: index < 3 ? date("2026-10-01") : nil, participants: index < 3 ? 6 : nil),
                today: today)
        }
        let balby = try store.addKommun(name: "Bälby")
        let unit = try store.addEnhet(kommunId: balby.id, name: "Boende Syd", omrade: .vardOchOmsorg)
        let team = try store.addTeam(enhetId: unit.id, name: "Avdelning 1")
        for name in ["Gun Al", "Hans Bo"] {
            let person = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: name, title: "Undersköterska",
                                                                   role: .medarbetare, startDate: "2019-01-01"))
            for step in 1...3 { try store.markCompetenceStepDone(medarbetareId: person.id, step: step, date: date("2026-0\(step + 5)-01")) }
            try store.planCompetenceSpreading(SpreadingActivity(
                id: 0, medarbetareId: person.id, step: 3, planItemId: nil, kind: .rutin, audience: .enhet,
                plannedOn: date("2026-10-01"), heldOn: date("2026-10-01"), participants: 12), today: today)
        }
        let comparison = try store.competenceComparison()
        XCTAssertEqual(comparison.kommuner.map(\.name), ["Bälby", "Åsbro"])
        let row = try XCTUnwrap(comparison.rows.last)
        XCTAssertEqual(row.criterion, .spreadSteps)
        XCTAssertEqual(row.label, "Spridda steg")
        XCTAssertEqual(row.cells[1].text, "50 %")
        XCTAssertEqual(row.cells[1].groupSize, 6)
        XCTAssertEqual(row.cells[0].visibility, .hidden, "six steps, but only two people")
        XCTAssertEqual(row.total.visibility, .hidden)
        // Åsbro alone: shown, and its total too.
        let alone = try XCTUnwrap(try store.competenceComparison(kommunIds: [kommunId]).rows.last)
        XCTAssertEqual([alone.cells[0].text, alone.total.text], ["50 %", "50 %"])
        // The export leaves the hidden group out entirely.
        let exported = try CompetenceExport.table(from: store, kind: .comparison, kommuner: [], today: today)
        XCTAssertEqual(exported.rows.filter { $0[0] == "Spridda steg" }, [["Spridda steg", "Åsbro", "6", "3", "50 %"]])
        // One more spread in Åsbro leaves a rest of two: too few.
        let fourth = try XCTUnwrap(try store.competenceSpreading(medarbetareId: people[3].id).first)
        var held = fourth
        held.heldOn = date("2026-11-01")
        held.participants = 5
        try store.recordCompetenceSpreading(held, today: today)
        XCTAssertEqual(try XCTUnwrap(try store.competenceComparison(kommunIds: [kommunId]).rows.last).cells[0].visibility, .tooFew)
    }

    /// Gallring deletes the spreading of a person who left long ago, with her other competence
    /// rows, and then anonymises her; a colleague's spreading stays.
    func testGallringDeletesTheSpreadingOfStaffWhoLeftLongAgo() throws {
        store = nil
        let longAgo = Date(timeIntervalSince1970: 1_583_064_000)
        let old = try database.open(now: { longAgo })
        let bo = try old.addMedarbetare(MedarbetareDraft(teamId: teamId, name: "Bo Ek", title: "Vårdbiträde",
                                                         role: .medarbetare, startDate: "2015-03-01"))
        for person in [asa.id, bo.id] {
            try old.markCompetenceStepDone(medarbetareId: person, step: 1, date: date("2019-05-01"))
            try old.planCompetenceSpreading(SpreadingActivity(
                id: 0, medarbetareId: person, step: 1, planItemId: nil, kind: .handledning, description: "Förflyttning",
                audience: .team, plannedOn: date("2019-06-01"), heldOn: date("2019-06-01"), participants: 6,
                outcome: "Bo Ek visar nya kollegor."), today: date("2020-03-01"))
        }
        _ = try old.deactivateMedarbetare(id: bo.id)
        try old.close()
        store = try database.open()
        let dry = try store.purge(today: today, olderThan: nil, dryRun: true)
        XCTAssertEqual(dry.lines.first { $0.target == "competence_spreading" }?.count, 1, "\(dry.lines)")
        XCTAssertEqual(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM competence_spreading") }, 2,
                       "a dry run deletes nothing")
        let report = try store.purge(today: today, olderThan: nil, dryRun: false)
        XCTAssertEqual(report.lines.first { $0.target == "competence_spreading" }?.count, 1)
        let left = try store.writer.read { db in
            try StoreRow.fetchAll(db, sql: "SELECT medarbetare_id, outcome FROM competence_spreading").map { ($0[0] as Int64, $0[1] as String) }
        }
        XCTAssertEqual(left.map(\.0), [asa.id])
        XCTAssertFalse(left[0].1.contains("Bo Ek"), "her name is taken out of the colleague's text: \(left[0].1)")
        XCTAssertEqual(try store.writer.read { db in try String.fetchOne(db, sql: "SELECT name FROM medarbetare WHERE id = ?", arguments: [bo.id]) },
                       "Borttagen medarbetare #\(bo.id)")
    }

    private func unitId() throws -> Int64 {
        try XCTUnwrap(try store.competencePeople(.kommun(kommunId)).first?.enhetId)
    }
}
