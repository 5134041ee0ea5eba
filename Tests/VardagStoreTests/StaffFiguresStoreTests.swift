import Foundation
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

/// The monthly staff figures in the store, on both backends (`VARDAG_TEST_BACKEND=postgres`):
/// saving a unit-month with its audit row, the rules in the schema, the threshold setting,
/// the HR import (all or nothing, line numbers, both CSV dialects, Windows-1252, re-import
/// replaces, an unchanged re-import writes nothing) and the suppressed export.
final class StaffFiguresStoreTests: XCTestCase {
    private let today = try! LocalDate(year: 2026, month: 11, day: 23)
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private var kommun: Kommun!
    private var units: [Enhet] = []

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        kommun = try store.addKommun(name: "Åsbro")
        let other = try store.addKommun(name: "Östervik")
        units = [
            try store.addEnhet(kommunId: kommun.id, name: "Älvgården", omrade: .vardOchOmsorg),
            try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg),
            try store.addEnhet(kommunId: kommun.id, name: "Gruppbostad Ön", omrade: .funktionshinder),
            try store.addEnhet(kommunId: kommun.id, name: "Boendestöd", omrade: .socialpsykiatri),
            // The same unit name in another kommun: a file without Kommun cannot name it alone.
            try store.addEnhet(kommunId: other.id, name: "Boendestöd", omrade: .socialpsykiatri),
        ]
    }

    override func tearDownWithError() throws {
        try store?.close()
        database?.remove()
    }

    private func month(_ text: String) -> StaffMonth { try! StaffMonth.parse(text) }

    private func figures(_ headcount: Int, leavers: Int = 1, sick: Int = 100) -> StaffFigures {
        StaffFigures(headcount: headcount, fte: Hundredths(hundredths: headcount * 90), newHires: 1, leftOwnRequest: leavers,
                     sickHoursShort: Hundredths(whole: sick), sickHoursLong: Hundredths(hundredths: 4050),
                     scheduledHours: Hundredths(whole: headcount * 150), vacancies: 1, openRecruitments: 2)
    }

    private func count(_ sql: String) throws -> Int {
        try store.writer.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    // MARK: Saving and reading

    func testAUnitMonthRoundTripsAndSavingItAgainWritesNothing() throws {
        let audits = try store.auditCount()
        XCTAssertTrue(try store.saveStaffMonth(enhetId: units[0].id, month: month("2026-10"), figures: figures(24)))
        XCTAssertEqual(try store.auditCount(), audits + 1)
        let read = try store.staffFigures(kommunId: kommun.id, from: month("2026-01"), to: month("2026-12"))
        XCTAssertEqual(read.map(\.name), ["Älvgården"])
        XCTAssertEqual(read[0].figures, [month("2026-10"): figures(24)])
        XCTAssertFalse(try store.saveStaffMonth(enhetId: units[0].id, month: month("2026-10"), figures: figures(24)))
        XCTAssertEqual(try store.auditCount(), audits + 1, "the same figures again: no audit row")
        var changed = figures(24)
        changed.vacancies = 3
        XCTAssertTrue(try store.saveStaffMonth(enhetId: units[0].id, month: month("2026-10"), figures: changed))
        let entry = try XCTUnwrap(store.auditEntries(entity: "staff_month", entityId: units[0].id).first)
        XCTAssertEqual(entry.action, .update)
        XCTAssertEqual(entry.before, ["vacancies": .integer(1)])
        XCTAssertEqual(entry.after, ["vacancies": .integer(3)])
        XCTAssertEqual(try store.staffFigures(kommunId: kommun.id, from: month("2026-10"), to: month("2026-10"))[0]
            .figures[month("2026-10")]?.vacancies, 3)
    }

    func testFiguresThatBreakTheRulesAreRefusedByTheStoreAndTheSchema() throws {
        var bad = figures(10)
        bad.fte = Hundredths(whole: 11)
        XCTAssertThrowsError(try store.saveStaffMonth(enhetId: units[0].id, month: month("2026-10"), figures: bad)) {
            XCTAssertEqual(($0 as? StaffFigureFailure)?.problems, [.fteAboveHeadcount(fte: "11.00", headcount: 10)])
        }
        // Headcount, fte, hires, four leaver reasons, sick short, sick long, scheduled, vacancies, recruitments.
        for values in ["5, 600, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0", "-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0",
                       "5, 400, 0, 0, 0, 0, 0, 100000, 1, 10, 0, 0", "5, 400, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0"] {
            XCTAssertThrowsError(try database.executeAsAnotherProgram("""
                INSERT INTO staff_month VALUES (\(units[0].id), '2026-10', \(values))
                """), values)
        }
        XCTAssertThrowsError(try database.executeAsAnotherProgram("""
            INSERT INTO staff_month VALUES (\(units[0].id), '2026-13', 5, 400, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            """), "month 13")
        XCTAssertEqual(try count("SELECT count(*) FROM staff_month"), 0)
    }

    func testTheThresholdIsASettingThatCannotGoBelowTen() throws {
        XCTAssertEqual(try store.staffSuppression().threshold, 10)
        XCTAssertThrowsError(try store.setStaffSuppressionThreshold(9))
        try store.setStaffSuppressionThreshold(12)
        XCTAssertEqual(try store.staffSuppression().threshold, 12)
        XCTAssertThrowsError(try database.executeAsAnotherProgram("UPDATE staff_setting SET value = 5"))
        XCTAssertEqual(try store.staffSuppression().threshold, 12)
    }

    func testTheThresholdRoundTripsWithItsAuditRowAndIsReadAgainAfterReopening() throws {
        let audits = try store.auditCount()
        try store.setStaffSuppressionThreshold(25)
        XCTAssertEqual(try store.auditCount(), audits + 1)
        let entry = try XCTUnwrap(store.auditEntries(entity: "staff_setting", entityId: 1).first)
        XCTAssertEqual(entry.before, ["suppression_threshold": .integer(10)], "the default, stored by the migration")
        XCTAssertEqual(entry.after, ["suppression_threshold": .integer(25)])
        try store.setStaffSuppressionThreshold(25)
        XCTAssertEqual(try store.auditCount(), audits + 1, "the same threshold again: no write, no audit row")
        for refused in [9, 101, -1] {
            XCTAssertThrowsError(try store.setStaffSuppressionThreshold(refused)) {
                XCTAssertEqual($0 as? StaffSuppressionError, .thresholdOutOfRange(refused, minimum: 10, maximum: 100))
            }
        }
        try store.setStaffSuppressionThreshold(100)
        try store.close()
        store = try database.open()
        XCTAssertEqual(try store.staffSuppression().threshold, 100)
        XCTAssertEqual(try store.auditEntries(entity: "staff_setting", entityId: 1).first?.before, ["suppression_threshold": .integer(25)])
    }

    func testTheKommunerWithFiguresComeWithTheirLastMonth() throws {
        // Before any figure: the kommuner with active units, to enter a first month in.
        XCTAssertEqual(try store.staffKommuner().map(\.kommun.name), ["Åsbro", "Östervik"])
        XCTAssertEqual(try store.staffKommuner().map(\.latestMonth), [nil, nil])
        let empty = try store.addKommun(name: "Tomby")
        let closed = try store.addEnhet(kommunId: empty.id, name: "Stängda huset", omrade: .ifo)
        _ = try store.deactivateEnhet(id: closed.id)
        XCTAssertFalse(try store.staffKommuner().contains { $0.kommun.id == empty.id }, "only deactivated units: nothing to enter")
        try store.saveStaffMonth(enhetId: units[0].id, month: month("2026-08"), figures: figures(24))
        try store.saveStaffMonth(enhetId: units[1].id, month: month("2026-10"), figures: figures(40))
        try store.saveStaffMonth(enhetId: units[4].id, month: month("2025-12"), figures: figures(12))
        let read = try store.staffKommuner()
        XCTAssertEqual(read.map(\.kommun.name), ["Åsbro", "Östervik"])
        XCTAssertEqual(read.map(\.latestMonth), [month("2026-10"), month("2025-12")])
    }

    /// What the Rapport screen's form reads: every unit of the kommun in the register's order,
    /// with or without figures (a deactivated one flagged), and one unit's month as entered.
    func testTheUnitsToEnterFiguresForAndOneStoredMonth() throws {
        _ = try store.deactivateEnhet(id: units[2].id)
        let read = try store.staffUnits(kommunId: kommun.id)
        XCTAssertEqual(read.map(\.name), ["Boendestöd", "Gruppbostad Ön", "Hemtjänst Norr", "Älvgården"])
        XCTAssertEqual(read.map(\.active), [true, false, true, true])
        XCTAssertNil(try store.staffMonth(enhetId: units[0].id, month: month("2026-10")))
        try store.saveStaffMonth(enhetId: units[0].id, month: month("2026-10"), figures: figures(8))
        XCTAssertEqual(try store.staffMonth(enhetId: units[0].id, month: month("2026-10")), figures(8), "as entered, small or not")
        XCTAssertNil(try store.staffMonth(enhetId: units[0].id, month: month("2026-09")))
    }

    // MARK: The HR import

    private let swedishHeader = "Kommun;Enhet;Månad;Anställda;Årsarbetare;Nyanställda;Slutat egen begäran;Slutat pension;"
        + "Slutat visstid;Slutat annat;Sjuktimmar kort;Sjuktimmar lång;Schemalagda timmar;Vakanser;Pågående rekryteringar"

    private func swedishFile(_ rows: [String]) -> Data {
        Data([0xEF, 0xBB, 0xBF] + Array(([swedishHeader] + rows).joined(separator: "\r\n").utf8) + [0x0D, 0x0A])
    }

    private let goodRows = [
        "Åsbro;Älvgården;2026-09;24;21,5;1;1;0;0;0;120,5;40;3 600;1;2",
        "Åsbro;Älvgården;2026-10;24;21,75;0;0;1;0;0;90;40,25;3 600;1;1",
        "Åsbro;Hemtjänst Norr;2026-10;40;35;2;1;0;1;0;300;100;6000;2;2",
        "Åsbro;Boendestöd;2026-10;8;7;0;0;0;0;0;10;0;1 200;0;0",
    ]

    func testASwedishExcelFileIsImportedAndItsFiguresRead() throws {
        let summary = try store.importStaffFigures(swedishFile(goodRows), source: "hr.csv", today: today)
        XCTAssertEqual(summary, StaffImportSummary(rows: 4, added: 4, replaced: 0, unchanged: 0, dryRun: false))
        let read = try store.staffFigures(kommunId: kommun.id, from: month("2026-09"), to: month("2026-10"))
        XCTAssertEqual(read.map(\.name), ["Boendestöd", "Hemtjänst Norr", "Älvgården"])
        let alv = read[2].figures[month("2026-10")]!
        XCTAssertEqual(alv.fte, Hundredths(hundredths: 2175))
        XCTAssertEqual(alv.sickHoursLong, Hundredths(hundredths: 4025))
        XCTAssertEqual(alv.scheduledHours, Hundredths(whole: 3600))
        XCTAssertEqual(alv.leftRetirement, 1)
        XCTAssertEqual(try store.auditEntries(entity: "staff_import").first?.after?["source"], .text("hr.csv"))
    }

    func testPlainCommaCSVWithEnglishHeadersAndWindows1252AreReadAlike() throws {
        let comma = """
            Municipality,Unit,Month,Headcount,FTE,New hires,Left own request,Left retirement,Left fixed term,Left other,\
            Sick hours short,Sick hours long,Scheduled hours,Vacancies,Open recruitments
            Åsbro,Älvgården,2026-10,24,21.75,0,0,1,0,0,90,40.25,3600,1,1
            Åsbro,"Hemtjänst Norr",2026-10,40,35,2,1,0,1,0,300,100,6000,2,2

            """
        try store.importStaffFigures(Data(comma.utf8), source: "plain.csv", today: today)
        let fromComma = try store.staffFigures(kommunId: kommun.id, from: month("2026-10"), to: month("2026-10"))
        // The same rows as Swedish Excel writes them in Windows-1252 (å = E5, ä = E4, Ä = C4).
        let latin = (swedishHeader + "\r\n" + goodRows[1] + "\r\n" + goodRows[2] + "\r\n").unicodeScalars.map { UInt8($0.value) }
        XCTAssertNil(String(validating: latin, as: UTF8.self), "not UTF-8")
        let again = try store.importStaffFigures(Data(latin), source: "excel.csv", today: today)
        XCTAssertEqual(again, StaffImportSummary(rows: 2, added: 0, replaced: 0, unchanged: 2, dryRun: false))
        XCTAssertEqual(try store.staffFigures(kommunId: kommun.id, from: month("2026-10"), to: month("2026-10")), fromComma)
    }

    func testABadFileIsRefusedWholeWithEveryBadLineNamed() throws {
        let audits = try store.auditCount()
        let rows = [
            goodRows[0],
            "Åsbro;Älvgården;2026-13;24;21,5;1;1;0;0;0;120;40;3600;1;2",           // line 3: month
            goodRows[1],
            "Åsbro;Okänd enhet;2026-10;24;21,5;1;1;0;0;0;120;40;3600;1;2",         // line 5: unit
            ";Boendestöd;2026-10;8;7;0;0;0;0;0;10;0;1200;0;0",                      // line 6: two kommuner have it
            "Åsbro;Hemtjänst Norr;2026-10;40;41;-2;1;0;1;0;300;100;6000;2;två",     // line 7: fte, negative, text
            "Åsbro;Hemtjänst Norr;2026-10;40;35;2;1;0;1;0;300;100;6000;2;2",        // line 8: same unit-month as 7
            "Åsbro;Hemtjänst Norr;2026-10;40;35;2;1;0;1;0;300;100;6000;2;2",        // line 9: same unit-month as 7 and 8
            "Åsbro;Gruppbostad Ön;2027-01;12;10;0;0;0;0;0;5000;0;100;0;0",          // line 10: future, sick > scheduled
            "Åsbro;Gruppbostad Ön;2026-10;12",                                      // line 11: field count
        ]
        XCTAssertThrowsError(try store.importStaffFigures(swedishFile(rows), source: "bad.csv", today: today)) { error in
            let problems = (error as? StaffImportFailure)?.problems ?? []
            // Line 8 repeats line 7's unit and month (line 7 being bad does not make line 8 the first).
            XCTAssertEqual(Set(problems.map(\.line)), [3, 5, 6, 7, 8, 9, 10, 11], "\(error)")
            let text = problems.map(\.description)
            XCTAssertTrue(text.contains("rad 3: ”2026-13” är ingen månad ÅÅÅÅ-MM (2000-01–2100-12)"), "\(text)")
            XCTAssertTrue(text.contains("rad 5: okänd enhet ”Okänd enhet” i Åsbro"), "\(text)")
            XCTAssertTrue(text.contains { $0.hasPrefix("rad 6: enheten ”Boendestöd” finns i flera kommuner") }, "\(text)")
            XCTAssertTrue(text.contains("rad 7: Nyanställda: ”-2” är negativt"), "\(text)")
            XCTAssertTrue(text.contains("rad 7: Pågående rekryteringar: ”två” är inget tal"), "\(text)")
            XCTAssertTrue(text.contains("rad 9: samma enhet och månad (”Hemtjänst Norr”, 2026-10) som på rad 7"), "\(text)")
            XCTAssertTrue(text.contains("rad 10: sjuktimmarna (5000.00) är fler än de schemalagda timmarna (100.00)"), "\(text)")
            XCTAssertTrue(text.contains("rad 10: månaden 2027-01 är efter 2026-11; siffror lämnas för månader som har börjat"), "\(text)")
            XCTAssertTrue(text.contains("rad 11: raden har 4 fält, rubriken 15"), "\(text)")
        }
        XCTAssertEqual(try count("SELECT count(*) FROM staff_month"), 0, "nothing stored")
        XCTAssertEqual(try store.auditCount(), audits)
        // A file with only the negative rule broken: the rule's message names the column as the file does.
        let english = "Unit,Month,Headcount,FTE,New hires,Left own request,Left retirement,Left fixed term,Left other,"
            + "Sick hours short,Sick hours long,Scheduled hours,Vacancies,Open recruitments\nHemtjänst Norr,2026-10,10,11,0,0,0,0,0,0,0,0,0,0\n"
        XCTAssertThrowsError(try store.importStaffFigures(Data(english.utf8), source: "en.csv", today: today)) {
            XCTAssertEqual(($0 as? StaffImportFailure)?.problems.map(\.description),
                           ["rad 2: årsarbetarna (11.00) är fler än de anställda (10)"])
        }
        XCTAssertThrowsError(try store.importStaffFigures(Data("Enhet\tMånad\n".utf8), source: "tab.csv", today: today))
        XCTAssertThrowsError(try store.importStaffFigures(swedishFile([]), source: "empty.csv", today: today)) {
            XCTAssertEqual(($0 as? StaffImportFailure)?.problems.map(\.key), ["import.noRows"])
        }
    }

    func testAReimportReplacesTheMonthAndAnUnchangedOneWritesNothing() throws {
        try store.importStaffFigures(swedishFile(goodRows), source: "hr.csv", today: today)
        let audits = try store.auditCount()
        let before = try snapshot()
        // The same file again: nothing written, not even an audit row.
        let same = try store.importStaffFigures(swedishFile(goodRows), source: "hr.csv", today: today)
        XCTAssertEqual(same, StaffImportSummary(rows: 4, added: 0, replaced: 0, unchanged: 4, dryRun: false))
        XCTAssertFalse(same.changesSomething)
        XCTAssertEqual(try store.auditCount(), audits)
        XCTAssertEqual(try snapshot(), before, "no row was written")
        // A corrected October for Hemtjänst Norr replaces it whole; the rest stays.
        var corrected = goodRows
        corrected[2] = "Åsbro;Hemtjänst Norr;2026-10;41;36;3;1;0;1;0;300;100;6000;1;2"
        let dry = try store.importStaffFigures(swedishFile(corrected), source: "hr2.csv", dryRun: true, today: today)
        XCTAssertEqual(dry, StaffImportSummary(rows: 4, added: 0, replaced: 1, unchanged: 3, dryRun: true))
        XCTAssertEqual(try store.auditCount(), audits, "a dry run stores nothing")
        let real = try store.importStaffFigures(swedishFile(corrected), source: "hr2.csv", today: today)
        XCTAssertEqual(real.replaced, 1)
        XCTAssertEqual(try store.auditCount(), audits + 2, "one row for the month changed, one for the import")
        let norr = try store.staffFigures(kommunId: kommun.id, from: month("2026-10"), to: month("2026-10"))
            .first { $0.name == "Hemtjänst Norr" }
        XCTAssertEqual(norr?.figures[month("2026-10")]?.headcount, 41)
        XCTAssertEqual(norr?.figures[month("2026-10")]?.vacancies, 1)
    }

    /// What shows that rows were written: on SQLite the file's change counter and the WAL's
    /// size, on PostgreSQL each row's `xmin` (a new one for every write, even an UPDATE that
    /// sets the same values).
    private func snapshot() throws -> [String] {
        if TemporaryDatabase.backendUnderTest == .postgres {
            return try store.writer.read { db in
                try StoreRow.fetchAll(db, sql: "SELECT enhet_id, month, xmin::text FROM staff_month ORDER BY 1, 2")
                    .map { "\($0[0] as Int64) \($0[1] as String) \($0[2] as String)" }
            }
        }
        let wal = (try? FileManager.default.attributesOfItem(atPath: database.path + "-wal")[.size] as? Int) ?? 0
        let version = try store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        return ["wal \(wal)", "data_version \(version)", "rows \(try count("SELECT count(*) FROM staff_month"))"]
    }

    // MARK: The export

    func testTheExportHidesSmallUnitsAndTheNextSmallestAndKeepsTheTotal() throws {
        // 22 months for four units: Älvgården 40, Hemtjänst Norr 25, Gruppbostad Ön 15 and
        // Boendestöd 8 people (too few), listed in the register's order.
        let sizes = [40, 25, 15, 8]
        for (unit, size) in zip(units.prefix(4), sizes) {
            for month in StaffMonth.span(from: month("2025-01"), to: month("2026-10")) {
                try store.saveStaffMonth(enhetId: unit.id, month: month, figures: figures(size))
            }
        }
        let filter = StaffExport.Filter(kommunName: "åsbro", from: month("2026-10"), to: month("2026-10"))
        let json = try StaffExport.data(from: store, filter: filter, format: .json, today: today)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["enhet"] as? String ?? "Totalt" }, ["Boendestöd", "Gruppbostad Ön", "Hemtjänst Norr", "Älvgården", "Totalt"])
        // Boendestöd is too few; Gruppbostad Ön, the smallest shown, is hidden with it so that
        // the total minus the shown units gives only the two together (23 people).
        XCTAssertEqual(rows.map { $0["visning"] as? String }, ["för få", "dold", "visas", "visas", "visas"])
        for hidden in rows[0...1] {
            XCTAssertTrue(hidden["sjukfranvaro"] is NSNull)
            XCTAssertTrue(hidden["personalomsattning"] is NSNull)
            XCTAssertTrue(hidden["slutatTotalt"] is NSNull)
            XCTAssertTrue(hidden["nyanstallda"] is NSNull)
            XCTAssertNotNil(hidden["anstallda"] as? Int)
        }
        let total = rows[4]
        XCTAssertEqual(total["anstallda"] as? Int, 88)
        XCTAssertEqual(total["enheter"] as? Int, 4)
        XCTAssertEqual(total["niva"] as? String, "kommun")
        XCTAssertEqual(total["slutatTotalt"] as? Int, 4)
        // The turnover recomputed from the JSON: leavers over the average headcount.
        let alv = rows[3]
        XCTAssertEqual(alv["omsattningManader"] as? Int, 12)
        XCTAssertEqual(alv["omsattningSlutat"] as? Int, 12)
        XCTAssertEqual(try XCTUnwrap(alv["personalomsattning"] as? Double), 0.3, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(alv["sjukfranvaro"] as? Double),
                       ((alv["sjuktimmarKort"] as! Double) + (alv["sjuktimmarLang"] as! Double)) / (alv["schemalagdaTimmar"] as! Double),
                       accuracy: 0.00005)
        // The CSV says the same in words.
        let csv = String(decoding: try StaffExport.data(from: store, filter: filter, format: .csv, today: today), as: UTF8.self)
        let lines = csv.split(separator: "\r\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("\u{FEFF}Kommun;Enhet;Månad;Nivå;Visning;Anställda;Årsarbetare"))
        XCTAssertTrue(lines[1].hasPrefix("Åsbro;Boendestöd;2026-10;enhet;för få;8;7,20;1;2;för få;för få;"), lines[1])
        XCTAssertEqual(lines[4], "Åsbro;Älvgården;2026-10;enhet;visas;40;36,00;1;2;1;1;0;0;0;1;100,00;40,50;6000,00;1,7;0,7;2,3;30,0;12")
        XCTAssertEqual(lines[5].split(separator: ";").prefix(6), ["Åsbro", "Totalt", "2026-10", "kommun", "visas", "88"])
        XCTAssertThrowsError(try StaffExport.data(from: store, filter: .init(kommunName: "Ingenstans"), format: .json, today: today)) {
            XCTAssertEqual($0 as? StaffExportFailure, .unknownKommun("Ingenstans"))
        }
    }

    // MARK: The demo

    func testTheDemoHasTwoYearsForEveryUnitAndSomeUnitsTooFew() throws {
        func demo() throws -> (TemporaryDatabase, AppDatabase, Int) {
            let database = try TemporaryDatabase()
            let store = try database.open()
            try DemoData.populate(store)
            return (database, store, try StaffDemo.populate(store, today: today))
        }
        let (first, demoStore, written) = try demo()
        defer { try? demoStore.close(); first.remove() }
        func count(_ store: AppDatabase, _ sql: String) throws -> Int { try store.writer.read { try Int.fetchOne($0, sql: sql) ?? -1 } }
        let active = try count(demoStore, "SELECT count(*) FROM enhet WHERE active = 1")
        XCTAssertEqual(written, active * 24)
        XCTAssertEqual(try count(demoStore, "SELECT count(DISTINCT enhet_id) FROM staff_month"), active)
        XCTAssertEqual(try count(demoStore, "SELECT CASE WHEN max(month) = '2026-10' AND min(month) = '2024-11' THEN 1 ELSE 0 END FROM staff_month"), 1)
        XCTAssertGreaterThan(try count(demoStore, "SELECT count(DISTINCT enhet_id) FROM staff_month WHERE headcount <= 10"), 0)
        // The same seed gives the same figures.
        let (second, other, _) = try demo()
        defer { try? other.close(); second.remove() }
        let sum = "SELECT sum(headcount * 7 + fte_hundredths + left_own_request * 13 + sick_short_hundredths) FROM staff_month"
        XCTAssertEqual(try count(demoStore, sum), try count(other, sum))
        // A kommun's document hides its small units.
        let kommun = try XCTUnwrap(try demoStore.kommuner().first)
        let rows = try StaffExport.rows(from: demoStore, filter: .init(kommunName: kommun.name, to: try StaffMonth.parse("2026-10")), today: today).rows
        XCTAssertEqual(Set(rows.map(\.month)).count, 13)
        XCTAssertTrue(rows.contains { $0.visibility == .tooFew }, "\(rows.map(\.visibility))")
        XCTAssertTrue(rows.contains { $0.visibility == .shown && !$0.isTotal })
    }
}
