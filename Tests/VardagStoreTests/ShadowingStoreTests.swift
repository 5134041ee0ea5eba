import Foundation
import TestSupport
@testable import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

final class ShadowingStoreTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private var team: ShadowingTeam!
    private var anna: ShadowingParticipant!
    private var tasks: [String: ShadowingTask] = [:]

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let host = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        let supervisor = try store.addMedarbetare(MedarbetareDraft(
            teamId: host.id, name: "Märta Öhman", title: "Undersköterska", role: .teamledare, startDate: "2015-08-17"))
        XCTAssertEqual(try store.ensureShadowingCatalogue(), 25)
        XCTAssertEqual(try store.ensureShadowingCatalogue(), 0, "loaded once only")
        tasks = Dictionary(uniqueKeysWithValues: try store.shadowingTasks().map { ($0.name, $0) })
        team = try store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: kommun.id, hostTeamId: host.id, name: "Skuggningsteam Ängen",
            startDate: "2026-09-01", endDate: "2026-12-31", supervisorIds: [supervisor.id]))
        anna = try store.addShadowingParticipant(teamId: team.id, name: "Anna Åkesson")
    }

    override func tearDown() {
        try? store.close()
        database = nil
    }

    private func draft(_ date: String, _ lines: [(String, String, TransferJudgement)], lessons: String = "") -> DayEntryDraft {
        DayEntryDraft(teamId: team.id, participantId: anna.id, date: date, role: .vardbitrade,
                      tasks: lines.map { .init(taskId: tasks[$0.0]?.id, minutes: $0.1, judgement: $0.2) }, lessons: lessons)
    }

    /// Hostile text through every Skuggning write is refused at its field and nothing is
    /// stored; ordinary Swedish text with emoji is stored as it was given.
    func testControlCharactersAreRefusedAtTheFieldAndNothingIsStored() throws {
        let audits = try store.auditCount()
        for hostile in ["Bo\u{1b}]0;pwned\u{7}", "Bo\u{1b}[2J", "Bo\u{9b}2J Ek", "Bo\u{202e}kE"] {
            XCTAssertThrowsError(try store.addShadowingParticipant(teamId: team.id, name: hostile)) {
                XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.name: .invalidCharacters])
            }
            XCTAssertThrowsError(try store.addShadowingTask(name: hostile, category: .service, judgement: .yes, minutes: "10")) {
                XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.name: .invalidCharacters])
            }
            XCTAssertThrowsError(try store.addHypothesis(teamId: team.id, statement: hostile, status: .attProva, reviewDate: "2026-10-01")) {
                XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.statement: .invalidCharacters])
            }
            XCTAssertThrowsError(try store.saveDayEntry(draft("2026-10-05", [("Tvätt", "30", .yes)], lessons: "Rad 1\n" + hostile))) {
                XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.lessons: .invalidCharacters])
            }
        }
        XCTAssertEqual(try store.auditCount(), audits, "nothing was written")
        XCTAssertEqual(try store.shadowingParticipants(teamId: team.id).map(\.name), ["Anna Åkesson"])
        let saved = try store.saveDayEntry(draft("2026-10-05", [("Tvätt", "30", .yes)], lessons: "Dusch 🚿 gick bra\r\n\tÅsa är nöjd"))
        XCTAssertEqual(saved.lessons, "Dusch 🚿 gick bra\n\tÅsa är nöjd")
        XCTAssertEqual(try store.addShadowingParticipant(teamId: team.id, name: "Zoë Öberg 🌻").name, "Zoë Öberg 🌻")
    }

    func testStarterCatalogueHasSwedishTasksWithDefaults() {
        XCTAssertEqual(tasks["Tvätt"]?.category, .service)
        XCTAssertEqual(tasks["Tvätt"]?.defaultJudgement, .yes)
        XCTAssertEqual(tasks["Läkemedelsöverlämning"]?.category, .delegeradHSL)
        XCTAssertEqual(tasks["Läkemedelsöverlämning"]?.defaultJudgement, .no)
        XCTAssertNotNil(tasks["Personlig hygien"])
        XCTAssertNotNil(tasks["Apoteksärenden"])
    }

    func testDayEntryRoundTripsWithAuditAndResaveReplacesTheTasks() throws {
        let audits = try store.auditCount()
        let saved = try store.saveDayEntry(draft("2026-10-05", [("Tvätt", "30", .yes), ("Inköp", "45", .withSupport)],
                                                 lessons: "Tvätten tar tid."))
        XCTAssertEqual(try store.auditCount(), audits + 1)
        let loaded = try XCTUnwrap(try store.dayEntry(participantId: anna.id, date: try LocalDate.parse("2026-10-05")))
        XCTAssertEqual(loaded, saved)
        XCTAssertEqual(loaded.tasks.map(\.taskName), ["Tvätt", "Inköp"])
        XCTAssertEqual(loaded.tasks.map(\.minutes), [30, 45])
        XCTAssertEqual(loaded.tasks[1].judgement, .withSupport)
        XCTAssertEqual(loaded.role, .vardbitrade)
        XCTAssertEqual(loaded.lessons, "Tvätten tar tid.")

        try store.saveDayEntry(draft("2026-10-05", [("Städning", "60", .yes)]))
        let again = try XCTUnwrap(try store.dayEntry(participantId: anna.id, date: try LocalDate.parse("2026-10-05")))
        XCTAssertEqual(again.id, saved.id, "same day, same entry")
        XCTAssertEqual(again.tasks.map(\.taskName), ["Städning"])
        XCTAssertEqual(try store.observationCount(), 1)
        let audit = try store.auditEntries(entity: "shadowing_entry", entityId: saved.id)
        XCTAssertEqual(audit.map(\.action), [.update, .insert])
        XCTAssertEqual(audit[0].after?["tasks"], .text("Städning 60 ja"))
    }

    /// Saving a day makes its team the user's remembered team in the same write, so
    /// Skuggning reopens on the team she last logged in (no `t` lost to a forgotten team);
    /// the preference itself writes no audit row, the day one.
    func testSavingADayRemembersItsTeamForThisUserOnly() throws {
        let other = try store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: team.kommunId, hostTeamId: team.hostTeamId, name: "Skuggningsteam Björken",
            startDate: "2026-09-01", endDate: "2026-12-31", supervisorIds: []))
        try store.rememberShadowingTeam(id: other.id)
        XCTAssertEqual(try store.chosenShadowingTeamId(), other.id)
        let audits = try store.auditCount()
        try store.saveDayEntry(draft("2026-10-06", [("Tvätt", "30", .yes)]))
        XCTAssertEqual(try store.chosenShadowingTeamId(), team.id)
        XCTAssertEqual(try store.auditCount(), audits + 1, "one audit row: the day")
        // A refused day changes no choice.
        try store.rememberShadowingTeam(id: other.id)
        XCTAssertThrowsError(try store.saveDayEntry(draft("2027-02-01", [("Tvätt", "30", .yes)])))
        XCTAssertEqual(try store.chosenShadowingTeamId(), other.id)
    }

    /// The staff member shadowed is stored with the day, read back with her name, audited,
    /// copied to the next day, exported; someone outside the host team is refused at the role.
    func testTheShadowedStaffMemberRoundTripsAndMustBeInTheHostTeam() throws {
        let märta = try XCTUnwrap(try store.medarbetare(teamId: team.hostTeamId).first { $0.name == "Märta Öhman" })
        var day = draft("2026-10-07", [("Tvätt", "30", .yes)])
        day.staffId = märta.id
        let saved = try store.saveDayEntry(day)
        let loaded = try XCTUnwrap(try store.dayEntry(participantId: anna.id, date: try LocalDate.parse("2026-10-07")))
        XCTAssertEqual(loaded.staffId, märta.id)
        XCTAssertEqual(loaded.staffName, "Märta Öhman")
        XCTAssertEqual(try store.auditEntries(entity: "shadowing_entry", entityId: saved.id).first?.after?["staff_id"], .integer(märta.id))
        XCTAssertEqual(try store.previousDayEntry(participantId: anna.id, before: try LocalDate.parse("2026-10-08"))?.draft(
            for: try LocalDate.parse("2026-10-08")).staffId, märta.id, "copying the day keeps the person")
        XCTAssertEqual(try store.dayView(teamId: team.id, date: try LocalDate.parse("2026-10-07")).first?.entry?.staffName, "Märta Öhman")
        let csv = String(decoding: try ShadowingExport.data(from: store, kind: .tasks, format: .csv, filter: .init()), as: UTF8.self)
        XCTAssertTrue(csv.contains("Skuggningsteam Ängen;2026-10-07;Anna Åkesson;Vårdbiträde;Märta Öhman;Tvätt;Service;30;ja;"), csv)
        XCTAssertEqual(try ShadowingExport.rows(from: store, filter: .init()).map(\.staff), ["Märta Öhman"])

        // Someone of another team is refused at the role, and nothing changes.
        let kommun = try XCTUnwrap(try store.kommuner().first)
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Söder", omrade: .vardOchOmsorg)
        let otherTeam = try store.addTeam(enhetId: enhet.id, name: "Grupp Söder")
        let other = try store.addMedarbetare(MedarbetareDraft(
            teamId: otherTeam.id, name: "Sven Söder", title: "Vårdbiträde", role: .medarbetare, startDate: "2019-01-07"))
        let audits = try store.auditCount()
        day.staffId = other.id
        XCTAssertThrowsError(try store.saveDayEntry(day)) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.role: .notInTeam])
        }
        XCTAssertEqual(try store.auditCount(), audits)
        // Named no one again: the role alone.
        day.staffId = nil
        XCTAssertNil(try store.saveDayEntry(day).staffName)
    }

    func testRefusedEntryStoresNothing() throws {
        let audits = try store.auditCount()
        XCTAssertThrowsError(try store.saveDayEntry(draft("2027-01-04", [("Tvätt", "30", .yes)]))) { error in
            XCTAssertEqual((error as? ShadowingValidationFailure)?.problems[.date],
                           .outsidePeriod(start: team.startDate, end: team.endDate))
        }
        XCTAssertThrowsError(try store.saveDayEntry(draft("2026-10-05", [("Tvätt", "601", .yes)]))) { error in
            XCTAssertEqual((error as? ShadowingValidationFailure)?.problems, [.minutes(0): .minutesOutOfRange])
        }
        XCTAssertThrowsError(try store.saveDayEntry(draft("2026-10-05", [("Finns inte", "30", .yes)]))) { error in
            XCTAssertEqual((error as? ShadowingValidationFailure)?.problems, [.task(0): .required])
        }
        let other = try store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: team.kommunId, hostTeamId: team.hostTeamId, name: "Annat team", startDate: "2026-09-01", endDate: "2026-12-31"))
        let bo = try store.addShadowingParticipant(teamId: other.id, name: "Bo Ek")
        var foreign = draft("2026-10-05", [("Tvätt", "30", .yes)])
        foreign.participantId = bo.id
        XCTAssertThrowsError(try store.saveDayEntry(foreign)) { error in
            XCTAssertEqual((error as? ShadowingValidationFailure)?.problems, [.participant: .notInTeam])
        }
        XCTAssertEqual(try store.observationCount(), 0)
        XCTAssertEqual(try store.auditCount(), audits + 2, "only the other team and its participant were written")
    }

    func testDayViewShowsMissingEntriesAndPreviousEntryCopiesTasksNotLessons() throws {
        let bo = try store.addShadowingParticipant(teamId: team.id, name: "Bo Ek")
        try store.saveDayEntry(draft("2026-10-02", [("Tvätt", "30", .yes)], lessons: "Fredag"))
        let monday = try LocalDate.parse("2026-10-05")
        let rows = try store.dayView(teamId: team.id, date: monday)
        XCTAssertEqual(rows.map(\.participant.name), ["Anna Åkesson", "Bo Ek"])
        XCTAssertNil(rows[0].entry)
        XCTAssertNil(rows[1].entry)
        let previous = try XCTUnwrap(try store.previousDayEntry(participantId: anna.id, before: monday))
        XCTAssertEqual(previous.date.iso, "2026-10-02", "the last logged day when yesterday was a weekend")
        let copy = previous.draft(for: monday)
        XCTAssertEqual(copy.date, "2026-10-05")
        XCTAssertEqual(copy.lessons, "")
        XCTAssertEqual(copy.tasks.map(\.minutes), ["30"])
        XCTAssertNil(try store.previousDayEntry(participantId: bo.id, before: monday))
    }

    func testCatalogueEditsAreValidatedAndAudited() throws {
        XCTAssertThrowsError(try store.addShadowingTask(name: "TVÄTT", category: .service, judgement: .yes, minutes: "30")) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.name: .duplicate])
        }
        let task = try store.addShadowingTask(name: "Fönsterputs", category: .service, judgement: .withSupport, minutes: "40")
        let changed = try store.updateShadowingTask(id: task.id, name: "Fönsterputsning", category: .service, judgement: .yes, minutes: "45")
        XCTAssertEqual(changed.defaultMinutes, 45)
        XCTAssertEqual(try store.shadowingTasks().first { $0.id == task.id }?.name, "Fönsterputsning")
        XCTAssertEqual(try store.auditEntries(entity: "shadowing_task", entityId: task.id).count, 2)
    }

    func testHypothesesLinksAndPathSteps() throws {
        let entry = try store.saveDayEntry(draft("2026-10-05", [("Tvätt", "30", .yes)], lessons: "Går fort"))
        let h = try store.addHypothesis(teamId: team.id, statement: "Tvätt kan tas över", status: .attProva, reviewDate: "2026-10-10")
        try store.setHypothesisLink(hypothesisId: h.id, entryId: entry.id, linked: true)
        try store.updateHypothesis(id: h.id, statement: h.statement, status: .bekraftad, reviewDate: "2026-10-10", conclusion: "Stämmer.")
        let loaded = try store.hypotheses(teamId: team.id)
        XCTAssertEqual(loaded.first?.linkedEntryIds, [entry.id])
        XCTAssertEqual(loaded.first?.status, .bekraftad)
        XCTAssertThrowsError(try store.addHypothesis(teamId: team.id, statement: " ", status: .pagar, reviewDate: "x")) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.statement: .required, .reviewDate: .invalidDate])
        }

        try store.recordPathStep(participantId: anna.id, step: .introduktion, date: "2026-09-01")
        try store.recordPathStep(participantId: anna.id, step: .skuggning, date: "2026-09-08")
        XCTAssertThrowsError(try store.recordPathStep(participantId: anna.id, step: .introduktion, date: "2026-09-09"))
        try store.recordLeaving(participantId: anna.id, date: "2026-12-01", outcome: .servicebitrade)
        let path = try store.shadowingParticipants(teamId: team.id)[0].path
        XCTAssertEqual(path.current, .skuggning)
        XCTAssertEqual(path.left?.outcome, .servicebitrade)
        XCTAssertThrowsError(try store.saveDayEntry(draft("2026-12-02", [("Tvätt", "30", .yes)]))) {
            XCTAssertEqual(($0 as? ShadowingValidationFailure)?.problems, [.participant: .notInTeam], "no logs after leaving")
        }
        XCTAssertNoThrow(try store.saveDayEntry(draft("2026-12-01", [("Tvätt", "30", .yes)])), "the last day can still be logged")
    }

    func testAnalysisSumsTheStoredObservations() throws {
        try store.saveDayEntry(draft("2026-10-05", [("Tvätt", "30", .yes), ("Personlig hygien", "60", .no)], lessons: "A"))
        try store.saveDayEntry(draft("2026-10-06", [("Tvätt", "30", .yes), ("Inköp", "40", .withSupport)]))
        try store.saveDayEntry(draft("2026-10-13", [("Tvätt", "20", .yes)], lessons: "B"))
        let a = try store.shadowingAnalysis(teamId: team.id, from: try LocalDate.parse("2026-10-01"), to: try LocalDate.parse("2026-10-31"))
        XCTAssertEqual(a.totalMinutes, 180)
        XCTAssertEqual(a.transferableMinutes, 80)
        XCTAssertEqual(a.minutesPerCategory[.omvardnad], 60)
        XCTAssertEqual(a.draftTaskList.map(\.name), ["Tvätt"])
        XCTAssertEqual(a.lessonsPerWeek.map(\.week.description), ["2026-W41", "2026-W42"])
        let narrow = try store.shadowingAnalysis(teamId: team.id, from: try LocalDate.parse("2026-10-06"), to: try LocalDate.parse("2026-10-06"))
        XCTAssertEqual(narrow.totalMinutes, 70)
    }

    func testMonthlySumsAgreeWithTheObservationsAcrossMonthsAndResaves() throws {
        var date = try LocalDate.parse("2026-09-28")
        var n = 0
        while date < (try LocalDate.parse("2026-12-20")) {
            n += 1
            try store.saveDayEntry(draft(date.iso, [("Tvätt", String(10 + n % 50), .yes), ("Inköp", "20", n % 3 == 0 ? .no : .yes)]))
            date = date.adding(days: 3)
        }
        try store.saveDayEntry(draft("2026-10-31", [("Städning", "60", .withSupport)]))  // replaces a day
        for (from, to) in [("2026-10-15", "2026-12-10"), ("2026-10-01", "2026-11-30"), ("2026-09-01", "2026-12-31"),
                           ("2026-11-02", "2026-11-29"), ("2026-10-31", "2026-11-01")] {
            let f = try LocalDate.parse(from), t = try LocalDate.parse(to)
            let rows = try ShadowingExport.rows(from: store, filter: .init(from: f, to: t))
            let a = try store.shadowingAnalysis(teamId: team.id, from: f, to: t)
            XCTAssertEqual(a.totalMinutes, rows.reduce(0) { $0 + $1.minutes }, "\(from)–\(to)")
            XCTAssertEqual(a.observations, rows.count, "\(from)–\(to)")
            XCTAssertEqual(a.transferableMinutes, rows.filter { $0.judgement == "ja" }.reduce(0) { $0 + $1.minutes }, "\(from)–\(to)")
        }
    }

    func testExportHasOneRowPerObservedTaskAndASummary() throws {
        try store.saveDayEntry(draft("2026-10-05", [("Tvätt", "30", .yes), ("Inköp", "45", .withSupport)], lessons: "=SUMMA(A1)"))
        let csv = String(decoding: try ShadowingExport.data(from: store, kind: .tasks, format: .csv, filter: .init()), as: UTF8.self)
        XCTAssertEqual(csv.split(separator: "\r\n", omittingEmptySubsequences: false), [
            "\u{FEFF}Team;Datum;Deltagare;Skuggad roll;Skuggad medarbetare;Uppgift;Kategori;Minuter;Bedömning;Lärdomar",
            "Skuggningsteam Ängen;2026-10-05;Anna Åkesson;Vårdbiträde;;Tvätt;Service;30;ja;'=SUMMA(A1)",
            "Skuggningsteam Ängen;2026-10-05;Anna Åkesson;Vårdbiträde;;Inköp;Service;45;med stöd;'=SUMMA(A1)",
            "",
        ])
        let filtered = try ShadowingExport.rows(from: store, filter: .init(teamName: "skuggningsteam ängen", from: try LocalDate.parse("2026-10-06")))
        XCTAssertEqual(filtered, [])
        XCTAssertThrowsError(try ShadowingExport.rows(from: store, filter: .init(teamName: "Finns inte")))
        let summary = try ShadowingExport.summaryRows(from: store, filter: .init())
        XCTAssertTrue(summary.contains(["Skuggningsteam Ängen", "2026-09-01", "2026-12-31", "minuter_totalt", "", "75"]))
        XCTAssertTrue(summary.contains(["Skuggningsteam Ängen", "2026-09-01", "2026-12-31", "andel_overforbar", "", "0.400"]))
        let json = try ShadowingExport.data(from: store, kind: .tasks, format: .json, filter: .init())
        let decoded = try JSONDecoder().decode([ShadowingExportRow].self, from: json)
        XCTAssertEqual(decoded.map(\.task), ["Tvätt", "Inköp"])
    }

    /// `--kind path`: one row per step with its date and days, a leaving row; `--participant`
    /// narrows both the path and the tasks to one person (case-insensitive).
    func testPathExportAndTheParticipantFilter() throws {
        let bo = try store.addShadowingParticipant(teamId: team.id, name: "Bo Ek")
        try store.recordPathStep(participantId: anna.id, step: .introduktion, date: "2026-09-01")
        try store.recordPathStep(participantId: anna.id, step: .skuggning, date: "2026-09-15")
        try store.recordLeaving(participantId: anna.id, date: "2026-10-01", outcome: .servicebitrade)
        try store.recordPathStep(participantId: bo.id, step: .introduktion, date: "2026-09-08")
        let today = try LocalDate.parse("2026-09-20")
        let csv = String(decoding: try ShadowingExport.data(from: store, kind: .path, format: .csv, filter: .init(), today: today),
                         as: UTF8.self)
        XCTAssertEqual(csv.split(separator: "\r\n", omittingEmptySubsequences: false), [
            "\u{FEFF}Team;Deltagare;Steg;Datum;Dagar i steget",
            "Skuggningsteam Ängen;Anna Åkesson;Introduktion;2026-09-01;14",
            "Skuggningsteam Ängen;Anna Åkesson;Skuggning;2026-09-15;16",
            "Skuggningsteam Ängen;Anna Åkesson;Slutat: Anställd som servicebiträde;2026-10-01;",
            "Skuggningsteam Ängen;Bo Ek;Introduktion;2026-09-08;12",
            "",
        ])
        let onlyBo = ShadowingExport.Filter(participantName: "bo ek")
        XCTAssertEqual(try ShadowingExport.pathRows(from: store, filter: onlyBo, today: today).map(\.step), ["introduktion"])
        let json = try ShadowingExport.data(from: store, kind: .path, format: .json, filter: .init(participantName: "Anna Åkesson"), today: today)
        let decoded = try JSONDecoder().decode([ShadowingPathExportRow].self, from: json)
        XCTAssertEqual(decoded.map(\.step), ["introduktion", "skuggning", "slutat"])
        XCTAssertEqual(decoded.last?.outcome, "servicebitrade")

        try store.saveDayEntry(draft("2026-09-16", [("Tvätt", "30", .yes)]))
        try store.saveDayEntry(DayEntryDraft(teamId: team.id, participantId: bo.id, date: "2026-09-16", role: .underskoterska,
                                             tasks: [.init(taskId: tasks["Inköp"]?.id, minutes: "45", judgement: .yes)], lessons: ""))
        XCTAssertEqual(try ShadowingExport.rows(from: store, filter: onlyBo).map(\.task), ["Inköp"])
        XCTAssertEqual(try ShadowingExport.rows(from: store, filter: .init()).count, 2)
        XCTAssertTrue(try ShadowingExport.hasParticipant(in: store, filter: onlyBo))
        XCTAssertFalse(try ShadowingExport.hasParticipant(in: store, filter: .init(participantName: "Finns Inte")))
    }

    /// The lärdomar by week, read and exported (`--kind lessons`), with the participant filter.
    func testWeeklyLessonsAreReadAndExportedByWeek() throws {
        let bo = try store.addShadowingParticipant(teamId: team.id, name: "Bo Ek")
        try store.saveDayEntry(draft("2026-10-05", [("Tvätt", "30", .yes)], lessons: "Måndag i vecka 41."))
        try store.saveDayEntry(draft("2026-10-14", [("Tvätt", "30", .yes)], lessons: "=1+1"))
        try store.saveDayEntry(draft("2026-10-15", [("Tvätt", "30", .yes)]))
        try store.saveDayEntry(DayEntryDraft(teamId: team.id, participantId: bo.id, date: "2026-10-11", role: .underskoterska,
                                             tasks: [.init(taskId: tasks["Inköp"]?.id, minutes: "45", judgement: .yes)],
                                             lessons: "Söndag, också vecka 41."))
        let weeks = try store.weeklyLessons(teamId: team.id, from: team.startDate, to: team.endDate)
        XCTAssertEqual(weeks.map(\.week.description), ["2026-W41", "2026-W42"])
        XCTAssertEqual(weeks[0].lessons.map(\.participant), ["Anna Åkesson", "Bo Ek"])
        XCTAssertEqual(try store.weeklyLessons(teamId: team.id, from: try LocalDate.parse("2026-10-12"), to: team.endDate).count, 1)
        let csv = String(decoding: try ShadowingExport.data(from: store, kind: .lessons, format: .csv, filter: .init()), as: UTF8.self)
        XCTAssertEqual(csv.split(separator: "\r\n", omittingEmptySubsequences: false), [
            "\u{FEFF}Team;Vecka;Datum;Deltagare;Lärdomar",
            "Skuggningsteam Ängen;2026-W41;2026-10-05;Anna Åkesson;Måndag i vecka 41.",
            "Skuggningsteam Ängen;2026-W41;2026-10-11;Bo Ek;Söndag, också vecka 41.",
            "Skuggningsteam Ängen;2026-W42;2026-10-14;Anna Åkesson;'=1+1",
            "",
        ])
        XCTAssertEqual(try ShadowingExport.lessonRows(from: store, filter: .init(participantName: "BO EK")).map(\.date), ["2026-10-11"])
        let json = try ShadowingExport.data(from: store, kind: .lessons, format: .json, filter: .init())
        XCTAssertEqual(try JSONDecoder().decode([ShadowingExport.LessonRow].self, from: json).map(\.week),
                       ["2026-W41", "2026-W41", "2026-W42"])
    }

    func testDemoHasTwelveParticipantsEveryStepEveryStatusAndEightWeeks() throws {
        let demoDatabase = try TemporaryDatabase()
        let demo = try demoDatabase.open()
        try DemoData.populate(demo)
        let summary = try ShadowingDemoData.populate(demo)
        XCTAssertEqual(summary.participants, 12)
        let team = try XCTUnwrap(try demo.shadowingTeams().first)
        let people = try demo.shadowingParticipants(teamId: team.id)
        XCTAssertEqual(Set(people.compactMap(\.path.current)), Set(PathStep.allCases))
        XCTAssertEqual(Set(try demo.hypotheses(teamId: team.id).map(\.status)), Set(HypothesisStatus.allCases))
        let a = try demo.shadowingAnalysis(teamId: team.id, from: team.startDate, to: team.endDate)
        XCTAssertEqual(a.lessonsPerWeek.count, 8)
        XCTAssertGreaterThan(summary.entries, 300)
        XCTAssertEqual(a.observations, summary.observations)
        try demo.close()
    }

    func testNoDemoParticipantHasAStaffMembersNameAndTheNamesStayTheSameRunToRun() throws {
        func participantNames() throws -> (participants: [String], staff: Set<String>) {
            let demoDatabase = try TemporaryDatabase()
            let demo = try demoDatabase.open()
            defer { try? demo.close() }
            try DemoData.populate(demo)
            try ShadowingDemoData.populate(demo)
            let team = try XCTUnwrap(try demo.shadowingTeams().first)
            let staff = try demo.writer.read { try String.fetchAll($0, sql: "SELECT name FROM medarbetare") }
            return (try demo.shadowingParticipants(teamId: team.id).map(\.name), Set(staff))
        }
        let first = try participantNames()
        XCTAssertEqual(first.participants.count, 12)
        XCTAssertTrue(first.staff.count > 12)
        XCTAssertEqual(first.staff.intersection(first.participants), [], "a participant is never taken for a handledare")
        XCTAssertEqual(Set(first.participants).count, 12)
        XCTAssertEqual(try participantNames().participants, first.participants, "deterministic")

        // A drawn name that a staff member has moves on to the catalogue's next last names.
        let lastNames = ["Ali", "Berg", "Ek"]
        XCTAssertEqual(ShadowingDemoData.participantName(first: "Tove", lastIndex: 0, lastNames: lastNames, taken: []), "Tove Ali")
        XCTAssertEqual(ShadowingDemoData.participantName(first: "Tove", lastIndex: 0, lastNames: lastNames, taken: ["Tove Ali"]),
                       "Tove Berg")
        XCTAssertEqual(ShadowingDemoData.participantName(first: "Tove", lastIndex: 2, lastNames: lastNames,
                                                         taken: ["Tove Ek", "Tove Berg"]), "Tove Ali")
        XCTAssertNil(ShadowingDemoData.participantName(first: "Tove", lastIndex: 1, lastNames: lastNames,
                                                       taken: ["Tove Ali", "Tove Berg", "Tove Ek"]))
    }
}
