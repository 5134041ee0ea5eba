import Foundation
import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// "Nothing leaked" on screen: the personnummer warning and its second Enter in two tools,
/// and the read-only audit screen.
final class PrivacyScreenTests: XCTestCase {
    private func screen(_ app: AppHarness) -> String { app.lines.joined(separator: "\n") }

    func testDialogueMeetingNotesWithAPersonnummerWarnFirstAndStoreOnTheSecondEnter() throws {
        let app = try AppHarness(width: 120, height: 40, seed: DialogueScreenTests.demo)
        let today = app.runner.model.context.today
        let loop = try XCTUnwrap(try app.store.dialogueLoops(today: today).first)
        // The first loop has no meeting yet: log brukarträff 1 with 6 brukare and a note.
        app.open(.dialogue)
        app.press(.enter, .char("m"))
        app.press(.down, .down, .down)
        app.type("6")
        app.press(.down, .down)
        app.type("Ring 19121212-1212")
        let audits = try app.store.auditCount()
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Texten liknar ett personnummer"), screen(app))
        XCTAssertTrue(screen(app).contains("Ta bort det, eller tryck Enter igen för att spara ändå."), screen(app))
        XCTAssertEqual(try app.store.loopDetail(id: loop.id, today: today)?.meetings.count, 0, "nothing stored on the first Enter")
        XCTAssertEqual(try app.store.auditCount(), audits)
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Brukarträff 1 är loggad."), screen(app))
        XCTAssertEqual(try app.store.loopDetail(id: loop.id, today: today)?.meetings.first?.notes, "Ring 19121212-1212")
    }

    func testDialogueNotesWithoutAPersonnummerAreStoredOnTheFirstEnter() throws {
        let app = try AppHarness(width: 120, height: 40, seed: DialogueScreenTests.demo)
        app.open(.dialogue)
        app.press(.enter, .char("m"))
        app.press(.down, .down, .down)
        app.type("6")
        app.press(.down, .down)
        app.type("Telefon 070-123 45 67, ärende 2026-0412")
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Brukarträff 1 är loggad."), screen(app))
    }

    func testShadowingLessonsWithAPersonnummerWarnAndRemovingItStoresAtOnce() throws {
        let app = try AppHarness(seed: ShadowingScreenTests.seed)
        app.open(.shadowing)
        app.press(.down, .down, .enter)
        app.type("tvä")
        app.press(.enter, .tab, .tab, .tab)  // search -> Tvätt's minutes -> its judgement -> lärdomar
        app.type("Brukaren 121212-1212 vill tvätta själv")
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Texten liknar ett personnummer"), screen(app))
        XCTAssertTrue(screen(app).contains("Ta bort det, eller tryck Enter igen"), screen(app))
        let team = try XCTUnwrap(try app.store.shadowingTeams().first)
        let özlem = try XCTUnwrap(try app.store.shadowingParticipants(teamId: team.id).first { $0.name == "Özlem Yıldız" })
        let day = try LocalDate.parse("2026-11-23")
        XCTAssertNil(try app.store.dayEntry(participantId: özlem.id, date: day), "nothing stored on the first Enter")
        // Editing clears the warning; text without a number is stored on the next Enter.
        app.press(.ctrl("u"))
        app.type("Brukaren vill tvätta själv")
        XCTAssertFalse(screen(app).contains("Texten liknar ett personnummer"), screen(app))
        app.press(.enter)
        XCTAssertEqual(try app.store.dayEntry(participantId: özlem.id, date: day)?.lessons, "Brukaren vill tvätta själv")
    }

    func testShadowingLessonsNamingFruBergOrAnnaWarnFirstAndStoreOnTheSecondEnter() throws {
        let app = try AppHarness(seed: ShadowingScreenTests.seed)
        app.open(.shadowing)
        app.press(.down, .down, .enter)
        app.type("tvä")
        app.press(.enter, .tab, .tab, .tab)
        app.type("fru Berg ville tvätta själv")
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Nämner fru Berg? Inga namn på brukare"), screen(app))
        let team = try XCTUnwrap(try app.store.shadowingTeams().first)
        let özlem = try XCTUnwrap(try app.store.shadowingParticipants(teamId: team.id).first { $0.name == "Özlem Yıldız" })
        let day = try LocalDate.parse("2026-11-23")
        XCTAssertNil(try app.store.dayEntry(participantId: özlem.id, date: day), "nothing stored on the first Enter")
        app.press(.ctrl("u"))
        app.type("Tvätten gick fort med Anna-Karin")
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Nämner Anna-Karin?"), screen(app))
        XCTAssertNil(try app.store.dayEntry(participantId: özlem.id, date: day))
        app.press(.enter)
        XCTAssertEqual(try app.store.dayEntry(participantId: özlem.id, date: day)?.lessons, "Tvätten gick fort med Anna-Karin")
    }

    func testFyrfaltarenCaseNoteNamingAPersonWarnsButTheReferenceFieldIsNotNameChecked() throws {
        let app = try AppHarness(seed: WorkloadScreenTests.seed)
        app.open(.workload)
        app.press(.enter, .enter, .char("a"))
        app.type("Ärende Linnea")  // an odd reference, but a reference is not name-checked: it is a pseudonym field
        app.press(.tab, .tab)
        app.type("2")
        app.press(.tab)
        app.type("4")
        app.press(.tab)
        app.type("Herr Ek vill byta handläggare")
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Nämner Herr Ek?"), screen(app))
        XCTAssertFalse(screen(app).contains("Nämner Linnea"), screen(app))
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: WorkloadScreenTests.w48)?.cases.count, 4)
        app.press(.enter)
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: WorkloadScreenTests.w48)?.cases.count, 5)
    }

    func testTheShippedFirstNameListLoadsAndLeavesOutNamesThatAreWords() {
        let names = CommonFirstNames.detector.firstNames
        XCTAssertGreaterThan(names.count, 150)
        for name in ["Anna", "Mohammed", "Åsa", "Östen", "Linnéa"] { XCTAssertTrue(names.contains(name), name) }
        for word in ["Per", "Bo", "Sten", "Dag", "Hans", "Max"] { XCTAssertFalse(names.contains(word), word) }
        XCTAssertNil(CommonFirstNames.detector.firstMention(in: "Per vecka blir det tre besök. Dag två gick bättre."))
    }

    func testShadowingSecondEnterStoresTheTextAnyway() throws {
        let app = try AppHarness(seed: ShadowingScreenTests.seed)
        app.open(.shadowing)
        app.press(.down, .down, .enter)
        app.type("tvä")
        app.press(.enter, .tab, .tab, .tab)
        app.type("Samordningsnummer 701063-2391")
        app.press(.enter, .enter)
        let team = try XCTUnwrap(try app.store.shadowingTeams().first)
        let özlem = try XCTUnwrap(try app.store.shadowingParticipants(teamId: team.id).first { $0.name == "Özlem Yıldız" })
        XCTAssertEqual(try app.store.dayEntry(participantId: özlem.id, date: try LocalDate.parse("2026-11-23"))?.lessons,
                       "Samordningsnummer 701063-2391")
    }

    func testAuditScreenListsNewestFirstWithTheChangedFieldsAndFilters() throws {
        let app = try AppHarness()
        let bo = try XCTUnwrap(try app.store.staff(offset: 0, limit: 10, filter: .all, sort: .name).first { $0.name == "Bo Ek" })
        _ = try app.store.updateMedarbetare(id: bo.id, MedarbetareDraft(
            teamId: bo.teamId, name: "Bo Ekström", title: "Vårdbiträde", role: .medarbetare, startDate: "2019-03-01"))
        let count = try app.store.auditCount()
        app.open(.audit)
        XCTAssertEqual(app.lines[0].trimmingCharacters(in: .whitespaces), "Vardag › Granskningslogg")
        XCTAssertEqual(app.lines[1], " Alla tabeller · \(count) rader, nyast först · skrivskyddad")
        XCTAssertTrue(app.lines[2].hasPrefix("   När (svensk tid)    Vem"), app.lines[2])
        // Newest first: the rename, with its time in Swedish local time.
        XCTAssertTrue(app.lines[3].hasPrefix(" > 2026-"), app.lines[3])
        XCTAssertTrue(app.lines[3].contains("testare                 ändrad       Medarbetare"), "no person for this login: \(app.lines[3])")
        XCTAssertTrue(screen(app).contains("ändrad · Medarbetare #\(bo.id) – ändrade fält, före → efter:"), screen(app))
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(" namn: Bo Ek → Bo Ekström") }, screen(app))
        app.press(.down)
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(" namn: Märta Öhman") }, screen(app))
        // Fields and values as words: a role is a role, a flag is ja/nej, an id is a name.
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(" roll: Teamledare") }, screen(app))
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(" aktiv: ja") }, screen(app))
        // f cycles the table filter: enhet is the first table with rows.
        app.press(.char("f"))
        XCTAssertTrue(app.lines[1].hasPrefix(" Enhet · 1 rader"), app.lines[1])
        app.press(.char("F"))
        XCTAssertTrue(app.lines[1].hasPrefix(" Alla tabeller"), app.lines[1])
        // Nothing on this screen writes.
        app.press(.enter, .char("d"), .char("a"), .delete)
        XCTAssertEqual(try app.store.auditCount(), count)
        app.press(.escape)
        XCTAssertTrue(screen(app).contains("Välj verktyg"))
    }

    /// The row names the person the login belongs to, beside the login.
    func testAuditScreenNamesThePersonOfTheLogin() throws {
        let app = try AppHarness()
        try app.store.grantAccess(login: "testare", personName: "Märta Öhman", role: .systemforvaltare, scope: nil)
        app.open(.audit)
        XCTAssertTrue(app.lines[2].hasPrefix("   När (svensk tid)    Vem         Person      Händelse"), app.lines[2])
        XCTAssertTrue(app.lines[3].contains("testare     Märta Öhman ny           Roll"), app.lines[3])
        XCTAssertTrue(app.lines[3].hasPrefix(" > 2026-"), app.lines[3])
        // The register's rows were written before the login had a person.
        app.press(.end)
        XCTAssertTrue(app.lines.contains { $0.contains("testare                 ny           Kommun") }, screen(app))
    }

    func testAuditScreenAt120x40ShowsMoreRowsAndIsInEnglishWithLangEn() throws {
        let app = try AppHarness(width: 120, height: 40, language: .en)
        app.open(.audit)
        XCTAssertTrue(app.lines[1].hasPrefix(" All tables · 5 rows, newest first · read only"), app.lines[1])
        XCTAssertTrue(app.lines[2].hasPrefix("   When (Swedish time)"), app.lines[2])
        let listed = app.lines.filter { $0.contains("testare") && $0.contains(" new ") }.count
        XCTAssertEqual(listed, 5, screen(app))
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(" name: Märta Öhman") }, screen(app))
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(" active: yes") }, screen(app))
        // An id is shown as the name it stands for, with the id after it.
        XCTAssertTrue(app.lines.contains { $0.range(of: #"^ team: \S.* \(\d+\)$"#, options: .regularExpression) != nil }, screen(app))
        XCTAssertFalse(screen(app).contains("team_id"), screen(app))
    }

    func testAuditDetailWithMoreFieldsThanLinesEndsWithAClearCountAtEightyByTwentyFour() throws {
        let app = try AppHarness(seed: WorkloadScreenTests.seed)
        app.open(.audit)
        // Find a row with more changed fields than the detail area has lines (a staff insert has 6).
        for _ in 0..<40 where !screen(app).contains("fält till") { app.press(.down) }
        let more = try XCTUnwrap(app.lines.first { $0.contains("… och") }, screen(app))
        XCTAssertTrue(more.trimmingCharacters(in: .whitespaces).range(of: #"^… och \d+ fält till$"#, options: .regularExpression) != nil,
                      "the count line stands alone, nothing of a field after it: \(more)")
        XCTAssertFalse(screen(app).contains("_id"), "no column codes in the detail: \(screen(app))")
    }

    func testFyrfaltarenCaseReferenceWithAPersonnummerIsRefusedEvenOnTheSecondEnter() throws {
        let app = try AppHarness(seed: WorkloadScreenTests.seed)
        app.open(.workload)
        app.press(.enter, .enter, .char("a"))
        app.type("121212-1212")
        app.press(.tab, .tab)
        app.type("2")
        app.press(.tab)
        app.type("4")
        app.press(.enter, .enter)
        XCTAssertTrue(screen(app).contains("Liknar ett personnummer: skriv en pseudonym"), screen(app))
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: WorkloadScreenTests.w48)?.cases.count, 4,
                       "a case reference is a pseudonym: no second Enter stores a personnummer there")
    }

    func testFyrfaltarenCaseNoteWithAPersonnummerWarnsFirstAndStoresOnTheSecondEnter() throws {
        let app = try AppHarness(seed: WorkloadScreenTests.seed)
        app.open(.workload)
        app.press(.enter, .enter, .char("a"))
        app.type("Ärende 20")
        app.press(.tab, .tab)
        app.type("2")
        app.press(.tab)
        app.type("4")
        app.press(.tab)
        app.type("ring 121212-1212")
        app.press(.enter)
        XCTAssertTrue(screen(app).contains("Texten liknar ett personnummer"), screen(app))
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: WorkloadScreenTests.w48)?.cases.count, 4)
        app.press(.enter)
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: WorkloadScreenTests.w48)?.cases.count, 5)
    }
}
