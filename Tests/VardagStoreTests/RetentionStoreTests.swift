import Foundation
import GRDB
import TestSupport
import VardagDomain
import XCTest
@testable import VardagStore

/// Gallring, the audit table's protection, and the audit rows every tool's writes leave.
final class RetentionStoreTests: XCTestCase {
    private var database: TemporaryDatabase!
    /// 2020-03-01 12:00 UTC: old enough that every retention has passed by 2026-11-23.
    private let longAgo = Date(timeIntervalSince1970: 1_583_064_000)
    private let today = try! LocalDate.parse("2026-11-23")

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
    }

    /// A register, a shadowing team with an old day entry, a guide and an inactive person, all written "long ago".
    private func seedOld(_ store: AppDatabase) throws -> (staff: Medarbetare, participant: ShadowingParticipant) {
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let team = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        let märta = try store.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Märta Öhman", title: "Undersköterska", role: .teamledare, startDate: "2015-08-17"))
        let bo = try store.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Bo Ek", title: "Vårdbiträde", role: .medarbetare, startDate: "2019-03-01"))
        _ = try store.deactivateMedarbetare(id: bo.id)
        let guide = try store.addMedarbetare(MedarbetareDraft(
            teamId: team.id, name: "Åsa Lind", title: "Vägledare", role: .vagledare, startDate: "2018-01-08"))
        try store.registerGuide(medarbetareId: guide.id, trainingDate: "2019-05-02")
        _ = try store.ensureShadowingCatalogue()
        let tvätt = try XCTUnwrap(try store.shadowingTasks().first { $0.name == "Tvätt" })
        let shadowing = try store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: kommun.id, hostTeamId: team.id, name: "Skuggningsteam Ängen",
            startDate: "2020-01-01", endDate: "2020-12-31", supervisorIds: [märta.id]))
        let anna = try store.addShadowingParticipant(teamId: shadowing.id, name: "Anna Åkesson")
        _ = try store.saveDayEntry(DayEntryDraft(
            teamId: shadowing.id, participantId: anna.id, date: "2020-02-10", role: .vardbitrade,
            tasks: [.init(taskId: tvätt.id, minutes: "30", judgement: .yes)], lessons: "Tvätten tar tid."))
        return (bo, anna)
    }

    /// The bytes of the database and its WAL file; on PostgreSQL, a dump of its rows.
    private func fileBytes(_ path: String) throws -> Data {
        if let server = database.server { return Data(try server.dataDump().utf8) }
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        data.append((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data())
        return data
    }

    func testDryRunCountsButChangesNothing() throws {
        let old = try database.open(now: { [longAgo] in longAgo })
        _ = try seedOld(old)
        try old.close()
        let store = try database.open()
        let before = try fileBytes(database.path)
        let auditRows = try store.auditCount()
        let report = try store.purge(today: today, olderThan: nil, dryRun: true)
        XCTAssertTrue(report.dryRun)
        XCTAssertEqual(report.lines.first { $0.target == "shadowing_entry.lessons" }?.count, 1)
        XCTAssertEqual(report.lines.first { $0.target == "medarbetare.name" }?.count, 1)
        XCTAssertEqual(report.lines.first { $0.target == "audit" }?.count, auditRows)
        XCTAssertEqual(try fileBytes(database.path), before, "a dry run leaves the file byte for byte as it was")
        XCTAssertEqual(try store.auditCount(), auditRows)
    }

    func testPurgeAnonymisesDeletesAndLeavesOneAuditRowPerKind() throws {
        let old = try database.open(now: { [longAgo] in longAgo })
        let (bo, anna) = try seedOld(old)
        let oldRows = try old.auditCount()
        try old.close()
        let store = try database.open()
        let report = try store.purge(today: today, olderThan: nil, dryRun: false)
        XCTAssertFalse(report.dryRun)
        XCTAssertEqual(report.lines.first { $0.target == "audit" }?.count, oldRows)
        // Only the purge's own rows are left: one per kind, recording kind, cutoff and counts.
        let rows = try store.auditEntries(limit: 100)
        XCTAssertEqual(rows.count, RetentionKind.allCases.count)
        XCTAssertTrue(rows.allSatisfy { $0.action == .purge && $0.entity == "retention" })
        let shadowingRow = try XCTUnwrap(rows.first { $0.after?["kind"] == .text("shadowing") })
        XCTAssertEqual(shadowingRow.after?["cutoff"], .text("2023-11-23"))
        XCTAssertEqual(shadowingRow.after?["shadowing_entry.lessons"], .integer(1))
        XCTAssertEqual(shadowingRow.after?["shadowing_participant.name"], .integer(0), "Anna has not left")
        let staffRow = try XCTUnwrap(rows.first { $0.after?["kind"] == .text("staff") })
        XCTAssertEqual(staffRow.after?["medarbetare.name"], .integer(1))
        // The data: lärdomar blanked, the inactive person anonymised, the active one kept.
        let entry = try XCTUnwrap(try store.dayEntry(participantId: anna.id, date: try LocalDate.parse("2020-02-10")))
        XCTAssertEqual(entry.lessons, "")
        XCTAssertEqual(entry.tasks.count, 1, "the observation itself is kept for the statistics")
        let names = try store.staff(ids: [bo.id]).map(\.name)
        XCTAssertEqual(names, ["Borttagen medarbetare #\(bo.id)"])
        // Running again changes nothing more.
        let again = try store.purge(today: today, olderThan: nil, dryRun: false)
        XCTAssertEqual(again.lines.filter { $0.target != "audit" }.map(\.count).reduce(0, +), 0)
    }

    /// After a purge no purged name or text is left anywhere in the database file: not in
    /// the tables, not in the values of audit rows (kept here: audit retention 20 years),
    /// not in a recent text that named the person, not in free pages or the WAL.
    func testPurgedNamesAndTextsAreGoneFromTheWholeFileAndTheAuditKeepsWhoAndWhen() throws {
        let old = try database.open(now: { [longAgo] in longAgo })
        let (bo, anna) = try seedOld(old)
        let märta = try XCTUnwrap(try old.staff(offset: 0, limit: 10, filter: .all, sort: .name).first { $0.name == "Märta Öhman" })
        let then = try LocalDate.parse("2020-03-02")
        _ = try old.addCase(medarbetareId: märta.id, period: WorkloadPeriod(containing: then, kind: .week),
                            draft: CaseDraft(reference: "Hemligt-ärende-7", note: "Svår familj på Granvägen", time: "3", difficulty: "4"),
                            today: then)
        try old.recordLeaving(participantId: anna.id, date: "2020-02-20", outcome: .studier)
        try old.setRetention(.audit, to: try RetentionDuration.parse("20y"))
        try old.close()
        let store = try database.open()
        // A recent case whose note names Bo: the case stays, Bo's name does not.
        let recent = try store.addCase(medarbetareId: märta.id, period: WorkloadPeriod(containing: today, kind: .week),
                                       draft: CaseDraft(reference: "Ärende 2", note: "Tar över från Bo Ek.", time: "2", difficulty: "2"),
                                       today: today)
        let purged = ["Bo Ek", "Anna Åkesson", "Tvätten tar tid.", "Hemligt-ärende-7", "Svår familj på Granvägen"]
        let before = try fileBytesAfterClosing(store)
        for text in purged { XCTAssertNotNil(before.range(of: Data(text.utf8)), "\(text) is there before the purge") }
        let reopened = try database.open()
        let auditBefore = try reopened.auditEntries(limit: 1000)
        let dry = try reopened.purge(today: today, olderThan: nil, dryRun: true)
        let report = try reopened.purge(today: today, olderThan: nil, dryRun: false)
        XCTAssertGreaterThan(dry.lines.first { $0.kind == .staff && $0.target == "audit.values" }?.count ?? 0, 0)
        XCTAssertGreaterThan(report.lines.first { $0.kind == .workload && $0.target == "audit.values" }?.count ?? 0, 0)
        XCTAssertEqual(report.lines.first { $0.kind == .staff && $0.target == "names.elsewhere" }?.count, 2,
                       "the recent case's note and its audit row")

        // The audit keeps every row with when, who, what, which table and row; the values about purged rows are blanked.
        let auditAfter = try reopened.auditEntries(limit: 1000)
        XCTAssertEqual(auditAfter.count, auditBefore.count + RetentionKind.allCases.count)
        for row in auditBefore {
            let now = try XCTUnwrap(auditAfter.first { $0.id == row.id })
            XCTAssertEqual([now.at, now.user, now.action.rawValue, now.entity, String(now.entityId)],
                           [row.at, row.user, row.action.rawValue, row.entity, String(row.entityId)])
        }
        let bosRows = auditAfter.filter { $0.entity == "medarbetare" && $0.entityId == bo.id }
        XCTAssertEqual(bosRows.count, 2, "added and deactivated")
        for row in bosRows + auditAfter.filter({ ["shadowing_participant", "shadowing_entry", "workload_case", "workload_rating"].contains($0.entity) && $0.entityId != recent.id }) {
            let values = Array((row.before ?? [:]).values) + Array((row.after ?? [:]).values)
            XCTAssertTrue(values.allSatisfy { $0 == .text("(gallrad)") }, "\(row.entity) \(row.entityId): \(values)")
        }
        XCTAssertEqual(bosRows.first?.after?.keys.sorted(), ["active"], "which fields changed is kept")
        let recentCase = try XCTUnwrap(try reopened.writer.read { db in
            try String.fetchOne(db, sql: "SELECT note FROM workload_case WHERE id = ?", arguments: [recent.id]) })
        XCTAssertEqual(recentCase, "Tar över från (gallrad).")

        let bytes = try fileBytesAfterClosing(reopened)
        for text in purged {
            XCTAssertNil(bytes.range(of: Data(text.utf8)), "\(text) is still in the database file")
        }
        XCTAssertNotNil(bytes.range(of: Data("Märta Öhman".utf8)), "an active person is kept")
    }

    /// The database file's bytes after the store is closed (its WAL folded in), plus any `-wal` left.
    private func fileBytesAfterClosing(_ store: AppDatabase) throws -> Data {
        try store.close()
        return try fileBytes(database.path)
    }

    func testOlderThanCanOnlyKeepMore() throws {
        let old = try database.open(now: { [longAgo] in longAgo })
        _ = try seedOld(old)
        try old.close()
        let store = try database.open()
        let report = try store.purge(today: today, olderThan: try RetentionDuration.parse("10y"), dryRun: true)
        XCTAssertEqual(report.total, 0, "nothing is older than ten years")
        XCTAssertTrue(report.lines.allSatisfy { $0.cutoff.iso == "2016-11-23" })
    }

    func testRecentDataIsKept() throws {
        let store = try database.open()
        _ = try seedOld(store)
        let report = try store.purge(today: today, olderThan: nil, dryRun: false)
        let shadowing = report.lines.filter { $0.kind == .shadowing && ["shadowing_entry.lessons", "audit.values"].contains($0.target) }
        XCTAssertEqual(report.lines.filter { !shadowing.contains($0) }.map(\.count).reduce(0, +), 0)
        // The day entry is dated 2020 but its audit row is new: lärdomar follow the day's
        // date, and so do the values of the entry's audit row.
        XCTAssertEqual(shadowing.map(\.count), [1, 1])
    }

    func testAuditRowsCannotBeChangedOrDeletedOutsideAPurge() throws {
        let store = try database.open()
        _ = try store.addKommun(name: "Åsbro")
        let count = try store.auditCount()
        XCTAssertThrowsError(try store.writer.write { db in try db.execute(sql: "UPDATE audit SET \"user\" = 'x'") })
        XCTAssertThrowsError(try store.writer.write { db in try db.execute(sql: "DELETE FROM audit") })
        XCTAssertEqual(try store.auditCount(), count)
        // The flag is only set inside `purge`'s own transaction and cleared before it commits.
        _ = try store.purge(today: today, olderThan: nil, dryRun: false)
        XCTAssertEqual(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM purge_in_progress") }, 0)
        XCTAssertThrowsError(try store.writer.write { db in try db.execute(sql: "DELETE FROM audit") })
        // While a purge runs, only the values may change: never when, who, what or which row.
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO purge_in_progress (one) VALUES (1)")
            for column in ["at = '2020-01-01T00:00:00.000Z'", "\"user\" = 'x'", "action = 'update'", "entity = 'x'", "entity_id = 99"] {
                // A savepoint each: on PostgreSQL a refused statement spoils the rest of its transaction.
                try db.execute(sql: "SAVEPOINT refused")
                XCTAssertThrowsError(try db.execute(sql: "UPDATE audit SET \(column)"), column)
                try db.execute(sql: "ROLLBACK TO SAVEPOINT refused")
            }
            try db.execute(sql: "UPDATE audit SET after_json = '{\"name\":\"(gallrad)\"}'")
            try db.execute(sql: "DELETE FROM purge_in_progress")
        }
        XCTAssertEqual(try store.auditEntries(entity: "kommun").first?.after, ["name": .text("(gallrad)")])
        XCTAssertThrowsError(try store.writer.write { db in try db.execute(sql: "UPDATE audit SET after_json = NULL") })
    }

    func testRetentionSettingsHaveDefaultsAndCanBeChangedWithAudit() throws {
        let store = try database.open()
        let settings = try store.retentionSettings()
        XCTAssertEqual(settings[.workload]?.description, "2y")
        XCTAssertEqual(settings[.dialogue]?.description, "5y")
        XCTAssertEqual(settings[.shadowing]?.description, "3y")
        XCTAssertEqual(settings[.audit]?.description, "5y")
        XCTAssertEqual(try store.smallGroupSuppression().threshold, 5)
        try store.setRetention(.shadowing, to: try RetentionDuration.parse("18m"))
        XCTAssertEqual(try store.retentionSettings()[.shadowing]?.description, "18m")
        let row = try XCTUnwrap(try store.auditEntries(entity: "retention_setting").first)
        XCTAssertEqual(row.before?["duration"], .text("3y"))
        XCTAssertEqual(row.after?["duration"], .text("18m"))
    }

    /// Every tool's sample write leaves an audit row naming who, the table, the row and the values.
    func testEveryToolsWritesLeaveAuditRowsWithBeforeAndAfter() throws {
        let store = try database.open(user: "granskare")
        let (bo, anna) = try seedOld(store)
        let rows = try store.auditEntries(limit: 1000)
        let entities = Set(rows.map(\.entity))
        for entity in ["kommun", "enhet", "team", "medarbetare", "dialogue_guide", "shadowing_team",
                       "shadowing_participant", "shadowing_entry"] {
            XCTAssertTrue(entities.contains(entity), "no audit row for \(entity)")
        }
        XCTAssertTrue(rows.allSatisfy { $0.user == "granskare" })
        let deactivation = try XCTUnwrap(rows.first { $0.entity == "medarbetare" && $0.entityId == bo.id && $0.action == .deactivate })
        XCTAssertEqual(deactivation.before?["active"], .bool(true))
        XCTAssertEqual(deactivation.after?["active"], .bool(false))
        let participant = try XCTUnwrap(rows.first { $0.entity == "shadowing_participant" && $0.entityId == anna.id })
        XCTAssertNil(participant.before)
        XCTAssertEqual(participant.after?["name"], .text("Anna Åkesson"))
    }

    func testWorkloadRatingsTimeDiariesAndEmptyCasesPastTwoYearsAreDeleted() throws {
        let old = try database.open(now: { [longAgo] in longAgo })
        _ = try seedOld(old)
        let märta = try XCTUnwrap(try old.staff(offset: 0, limit: 10, filter: .all, sort: .name).first { $0.name == "Märta Öhman" })
        let then = try LocalDate.parse("2020-03-02")
        let oldCase = try old.addCase(medarbetareId: märta.id, period: WorkloadPeriod(containing: then, kind: .week),
                                      draft: CaseDraft(reference: "Ärende 1", time: "3", difficulty: "4"), today: then)
        _ = try old.setDiaryMinutes(medarbetareId: märta.id, day: "2020-03-02", category: .direkt, minutes: "120", today: then)
        try old.close()
        let store = try database.open()
        let recentCase = try store.addCase(medarbetareId: märta.id, period: WorkloadPeriod(containing: today, kind: .week),
                                           draft: CaseDraft(reference: "Ärende 2", time: "2", difficulty: "2"), today: today)
        let report = try store.purge(today: today, olderThan: nil, dryRun: false)
        func count(_ target: String) -> Int? { report.lines.first { $0.target == target }?.count }
        XCTAssertEqual(count("workload_rating"), 1)
        XCTAssertEqual(count("timediary_entry"), 1)
        XCTAssertEqual(count("workload_case"), 1)
        let left = try store.writer.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM workload_case") }
        XCTAssertEqual(left, [recentCase.id])
        XCTAssertFalse(left.contains(oldCase.id))
        XCTAssertEqual(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM workload_rating") }, 1)
    }

    func testShadowingSummaryAcrossTeamsSuppressesParticipantCountsBelowTheThreshold() throws {
        let store = try database.open()
        let (_, anna) = try seedOld(store)
        let kommun = try XCTUnwrap(try store.kommuner().first)
        let host = try XCTUnwrap(try store.registerTree().kommuner.first?.enheter.first?.teams.first?.team)
        let supervisor = try XCTUnwrap(try store.medarbetare(teamId: host.id).first { $0.name == "Märta Öhman" })
        let second = try store.createShadowingTeam(ShadowingTeamDraft(
            kommunId: kommun.id, hostTeamId: host.id, name: "Skuggningsteam Björken",
            startDate: "2020-01-01", endDate: "2020-12-31", supervisorIds: [supervisor.id]))
        var five: [ShadowingParticipant] = []
        for name in ["Ali", "Bea", "Cecilia", "Dan", "Elin"] {
            five.append(try store.addShadowingParticipant(teamId: second.id, name: name))
        }
        for p in five + [anna] { try store.recordPathStep(participantId: p.id, step: .introduktion, date: "2020-01-02") }
        func introduktion(_ filter: ShadowingExport.Filter) throws -> [String: String] {
            Dictionary(uniqueKeysWithValues: try ShadowingExport.summaryRows(from: store, filter: filter)
                .filter { $0[3] == "deltagare_steg" && $0[4] == "introduktion" }.map { ($0[0], $0[5]) })
        }
        let both = try introduktion(ShadowingExport.Filter())
        XCTAssertEqual(both["Skuggningsteam Ängen"], "<5", "one person is below the threshold across teams")
        XCTAssertEqual(both["Skuggningsteam Björken"], "5", "five people are at the threshold and shown")
        let one = try introduktion(ShadowingExport.Filter(teamName: "Skuggningsteam Ängen"))
        XCTAssertEqual(one["Skuggningsteam Ängen"], "1", "one team's own export is not beyond one unit")
    }

    /// The audit screen pages with OFFSET on the id order: the last page of 100,000 rows must stay quick.
    func testAuditPagesOverAHundredThousandRowsAreQuick() throws {
        let store = try database.open()
        try store.writer.write { db in
            try db.execute(sql: """
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999)
                INSERT INTO audit (at, "user", action, entity, entity_id, before_json, after_json)
                SELECT '2026-11-23T10:00:00.000Z', 'bench', 'update', CASE i % 2 WHEN 0 THEN 'medarbetare' ELSE 'team' END,
                       i, '{"name":"A"}', '{"name":"B"}' FROM n
                """)
        }
        let start = Date()
        let last = try store.auditPage(entity: nil, offset: 99_990, limit: 20)
        let filtered = try store.auditPage(entity: "team", offset: 49_990, limit: 20)
        let count = try store.auditCount(entity: "team")
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(last.count, 10)
        XCTAssertEqual(last.last?.entityId, 0, "newest first: the first row written is last")
        XCTAssertEqual(filtered.count, 10)
        XCTAssertEqual(count, 50_000)
        XCTAssertLessThan(elapsed, 1.0, "paging 100,000 audit rows took \(elapsed) s")
    }
}
