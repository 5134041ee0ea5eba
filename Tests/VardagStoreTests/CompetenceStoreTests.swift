import Foundation
import GRDB
import TestSupport
import VardagDemo
import VardagDomain
import XCTest
@testable import VardagStore

final class CompetenceStoreTests: XCTestCase {
    private var database: TemporaryDatabase!
    private var store: AppDatabase!
    private var asa: Medarbetare!
    private var bo: Medarbetare!
    private var chef: Medarbetare!
    private let today = try! LocalDate.parse("2026-11-23")

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
        let kommun = try store.addKommun(name: "Åsbro")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst Norr", omrade: .vardOchOmsorg)
        let team = try store.addTeam(enhetId: enhet.id, name: "Grupp Ängen")
        asa = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Åsa Öberg", title: "Undersköterska", role: .medarbetare, startDate: "2015-03-01"))
        bo = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Bo Ek", title: "Vårdbiträde", role: .medarbetare, startDate: "2024-03-01"))
        chef = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Öjvind Chef", title: "Enhetschef", role: .chef, startDate: "2010-01-01"))
    }

    override func tearDown() {
        store = nil
        database.remove()
    }

    private func date(_ text: String) -> LocalDate { try! LocalDate.parse(text) }

    func testMigrationLoadsStarterTitlesAndThreeFiveStepLadders() throws {
        let titles = try store.competenceTitles()
        let usk = try XCTUnwrap(titles.first { $0.name == "Undersköterska" })
        XCTAssertEqual(usk.points, 1500)
        XCTAssertTrue(usk.protected && usk.certificateRequired)
        XCTAssertEqual(titles.first { $0.name == "Vårdbiträde" }?.points, 800)
        let ladders = try store.competenceLadders()
        XCTAssertEqual(Set(ladders.keys), [.funktionshinder, .socialpsykiatri, .vardOchOmsorg])
        XCTAssertEqual(ladders[.vardOchOmsorg]?.steps.count, 5)
    }

    func testUnmappedPersonGetsTitleFromRegisterAndManagersComeFirst() throws {
        let people = try store.competencePeople()
        XCTAssertEqual(people.map(\.name), ["Öjvind Chef", "Bo Ek", "Åsa Öberg"])
        let asaRow = try XCTUnwrap(people.first { $0.id == asa.id })
        XCTAssertFalse(asaRow.isMapped)
        XCTAssertEqual(asaRow.mapping.titleId, try store.competenceTitles().first { $0.name == "Undersköterska" }?.id)
    }

    func testMarkStepDoneRoundTripsWithAuditAndClosesThePlan() throws {
        let plan = try store.addCompetencePlanItem(medarbetareId: asa.id, step: 1, course: "", targetDate: date("2026-12-31"))
        let auditBefore = try store.auditCount()
        try store.markCompetenceStepDone(medarbetareId: asa.id, step: 1, date: date("2026-11-20"))
        let reopened = try database.open()
        let person = try XCTUnwrap(try reopened.competencePeople().first { $0.id == asa.id })
        XCTAssertTrue(person.isMapped)
        XCTAssertEqual(person.mapping.completions, [StepCompletion(step: 1, date: date("2026-11-20"))])
        XCTAssertEqual(try reopened.competencePlanItems(medarbetareId: asa.id).first { $0.id == plan.id }?.status, .klar)
        XCTAssertEqual(try store.auditCount(), auditBefore + 2)
        let entry = try XCTUnwrap(try store.auditEntries(entity: "competence_mapping", entityId: asa.id).first)
        XCTAssertEqual(entry.after?["steps"], .text("1:2026-11-20"))
    }

    func testAPlanItemIsCorrectedUnderTheSameRulesAndRemovedWithAudit() throws {
        let plan = try store.addCompetencePlanItem(medarbetareId: bo.id, step: nil, course: "Brandskydd", targetDate: date("2027-01-15"))
        let auditBefore = try store.auditCount()
        XCTAssertThrowsError(try store.correctCompetencePlanItem(id: plan.id, step: nil, course: "  ", targetDate: date("2027-01-15")))
        XCTAssertThrowsError(try store.correctCompetencePlanItem(id: plan.id, step: 6, course: "", targetDate: date("2027-01-15")))
        XCTAssertEqual(try store.auditCount(), auditBefore, "refusals write nothing")
        try store.correctCompetencePlanItem(id: plan.id, step: 1, course: " Brandskydd grund ", targetDate: date("2027-02-01"))
        let stored = try XCTUnwrap(try database.open().competencePlanItems(medarbetareId: bo.id).first)
        XCTAssertEqual([stored.step, stored.course, stored.targetDate.iso] as [AnyHashable?], [1, "Brandskydd grund", "2027-02-01"])
        let entry = try XCTUnwrap(try store.auditEntries(entity: "competence_plan", entityId: plan.id).first)
        XCTAssertEqual(entry.action, .update)
        XCTAssertEqual(entry.before?["target_date"], .text("2027-01-15"))
        try store.removeCompetencePlanItem(id: plan.id)
        XCTAssertTrue(try store.competencePlanItems(medarbetareId: bo.id).isEmpty)
        XCTAssertEqual(try store.auditEntries(entity: "competence_plan", entityId: plan.id).first?.action, .delete)
        XCTAssertThrowsError(try store.removeCompetencePlanItem(id: plan.id))
    }

    func testStepOutOfOrderIsRefusedUnlessValidatedAndNothingIsStored() throws {
        XCTAssertThrowsError(try store.markCompetenceStepDone(medarbetareId: asa.id, step: 3, date: date("2026-11-20"))) {
            XCTAssertEqual($0 as? CompetenceError, .stepOutOfOrder(step: 3, missing: 1))
        }
        XCTAssertFalse(try store.competencePeople().first { $0.id == asa.id }!.isMapped)
        try store.markCompetenceStepDone(medarbetareId: asa.id, step: 3, date: date("2026-11-20"), validering: true)
        XCTAssertEqual(try store.competencePeople().first { $0.id == asa.id }!.mapping.completions.map(\.step), [3])
    }

    func testSaveMappingRejectsPointsOutOfRange() throws {
        var mapping = CompetenceMapping(medarbetareId: bo.id, titleId: nil, educationKind: .gymnasial, points: 5001)
        XCTAssertThrowsError(try store.saveCompetenceMapping(mapping))
        mapping.points = 800
        try store.saveCompetenceMapping(mapping)
        XCTAssertEqual(try store.competencePeople().first { $0.id == bo.id }?.mapping.points, 800)
    }

    func testUnmarkRefusesWhenALaterStepDependsOnIt() throws {
        try store.markCompetenceStepDone(medarbetareId: asa.id, step: 1, date: date("2026-01-20"))
        try store.markCompetenceStepDone(medarbetareId: asa.id, step: 2, date: date("2026-05-20"))
        XCTAssertThrowsError(try store.unmarkCompetenceStep(medarbetareId: asa.id, step: 1))
        try store.unmarkCompetenceStep(medarbetareId: asa.id, step: 2)
        XCTAssertEqual(try store.competencePeople().first { $0.id == asa.id }!.mapping.completions.map(\.step), [1])
    }

    func testLadderStepAndTitleEditsAndSuppressionSetting() throws {
        try store.updateLadderStep(omrade: .vardOchOmsorg, step: LadderStep(number: 2, name: "Vardagsrehabilitering", content: "Nytt", courses: ["Kurs A", " "]))
        XCTAssertEqual(try store.competenceLadders()[.vardOchOmsorg]?.step(2)?.courses, ["Kurs A"])
        XCTAssertThrowsError(try store.updateLadderStep(omrade: .vardOchOmsorg, step: LadderStep(number: 2, name: " ", content: "", courses: [])))
        let hostile: [(LadderStep, CompetenceError.Field)] = [
            (LadderStep(number: 2, name: "Steg \u{1b}]0;pwned\u{7}", content: "", courses: []), .stepName),
            (LadderStep(number: 2, name: "Steg", content: "\u{1b}[2J", courses: []), .content),
            (LadderStep(number: 2, name: "Steg", content: "", courses: ["Kurs \u{9b}31m"]), .course),
        ]
        for (step, field) in hostile {
            XCTAssertThrowsError(try store.updateLadderStep(omrade: .vardOchOmsorg, step: step)) { error in
                XCTAssertEqual(error as? CompetenceError, .invalidCharacters(field))
            }
        }
        XCTAssertEqual(try store.competenceLadders()[.vardOchOmsorg]?.step(2)?.name, "Vardagsrehabilitering", "nothing stored")
        let vbtr = try XCTUnwrap(try store.competenceTitles().first { $0.name == "Vårdbiträde" })
        try store.updateCompetenceTitle(id: vbtr.id, educationKind: .gymnasial, points: 900, certificateRequired: false)
        XCTAssertEqual(try store.competenceTitles().first { $0.id == vbtr.id }?.points, 900)
        XCTAssertThrowsError(try store.setCompetenceSuppressionThreshold(1))
        try store.setCompetenceSuppressionThreshold(11)
        XCTAssertEqual(try store.competenceSuppression().threshold, 11)
    }

    // MARK: Import

    private let header = "Kommun;Enhet;Namn;Titel;Utbildning;Poäng;Bevis;Övergång;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5;Önskemål"

    private func importText(_ text: String, dryRun: Bool = false) throws -> CompetenceImportSummary {
        try store.importCompetence(Data(text.utf8), source: "test.csv", dryRun: dryRun)
    }

    private func problems(_ data: Data) -> [ImportProblem] {
        do {
            try store.importCompetence(data, source: "test.csv")
            XCTFail("import should fail")
            return []
        } catch let failure as CompetenceImportFailure {
            return failure.problems
        } catch {
            XCTFail("\(error)")
            return []
        }
    }

    func testGoodImportWithBOMStoresEverything() throws {
        let text = "\u{FEFF}" + header + "\r\n"
            + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Nej;Ja;2020-02-01;2021-03-01 V;;;;Vill gå steg 3\r\n"
            + "ÅSBRO;hemtjänst norr;Bo Ek;Vårdbiträde;Gymnasial;800;Nej;Nej;;;;;;\r\n"
        let summary = try importText(text)
        XCTAssertEqual(summary, CompetenceImportSummary(people: 2, steps: 2, dryRun: false))
        let person = try XCTUnwrap(try store.competencePeople().first { $0.id == asa.id })
        XCTAssertTrue(person.mapping.employedOnProtectionDay)
        XCTAssertEqual(person.mapping.completions.last, StepCompletion(step: 2, date: date("2021-03-01"), validering: true))
        XCTAssertEqual(person.mapping.wishes, "Vill gå steg 3")
        XCTAssertEqual(try store.auditEntries(entity: "competence_import").count, 1)
    }

    func testDryRunStoresNothing() throws {
        let text = header + "\nÅsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Ja;Nej;;;;;;\n"
        XCTAssertEqual(try importText(text, dryRun: true).dryRun, true)
        XCTAssertFalse(try store.competencePeople().first { $0.id == asa.id }!.isMapped)
    }

    func testBadRowsAreAllReportedByLineAndNothingIsStored() throws {
        let text = header + "\n"
            + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Ja;Nej;;;;;;\n"
            + "Åsbro;Hemtjänst Norr;Okänd Person;Undersköterska;Gymnasial;1500;Ja;Nej;;;;;;\n"
            + "Åsbro;Hemtjänst Norr;Bo Ek;Trollkarl;Gymnasial;9000;Kanske;Nej;2020-02-30;;2021-01-01;;;\n"
            + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Ja;Nej;;;;;;\n"
        let found = problems(Data(text.utf8))
        XCTAssertEqual(found.map(\.line), [3, 4, 4, 4, 4, 4, 5])
        XCTAssertTrue(found[0].reason.contains("okänd person"), found[0].reason)
        XCTAssertTrue(found.contains { $0.reason.contains("okänd titel ”Trollkarl”") })
        XCTAssertTrue(found.contains { $0.reason.contains("0–5000") })
        XCTAssertTrue(found.contains { $0.reason.contains("steg 1: ”2020-02-30”") })
        XCTAssertTrue(found.contains { $0.reason.contains("steg 3 kan inte vara klart före steg 1") })
        XCTAssertEqual(found.last?.reason, "dubblett: samma person som på rad 2")
        XCTAssertFalse(try store.competencePeople().contains { $0.isMapped })
    }

    func testWrongSeparatorMissingColumnsUnknownStepAndBadEncoding() throws {
        let comma = header.replacingOccurrences(of: ";", with: ",") + "\n"
        XCTAssertEqual(problems(Data(comma.utf8)).first?.reason.contains("fel avgränsare"), true)
        XCTAssertEqual(problems(Data("Kommun;Enhet;Namn\n".utf8)).first?.reason,
                       "kolumner saknas: bevis, poäng, steg 1, steg 2, steg 3, steg 4, steg 5, titel, utbildning")
        XCTAssertEqual(problems(Data((header + ";Steg 6\n").utf8)).first?.reason, "okänt steg ”steg 6”: trappan har steg 1–5")
        var latin1 = Data((header + "\n").utf8)
        latin1.append(contentsOf: [0x41, 0xC5, 0x73, 0x61, 0x0A]) // "Åsa" in Latin-1
        XCTAssertEqual(problems(latin1).first?.line, 0)
        XCTAssertTrue(problems(latin1).first!.reason.contains("inte UTF-8"))
        let wrongCount = header + "\nÅsbro;Hemtjänst Norr;Åsa Öberg\n"
        XCTAssertEqual(problems(Data(wrongCount.utf8)).first?.description, "rad 2: raden har 3 fält, rubriken 14")
    }

    func testMappingExportImportsAgain() throws {
        try store.markCompetenceStepDone(medarbetareId: asa.id, step: 1, date: date("2026-01-20"))
        let csv = try CompetenceExport.csv(try CompetenceExport.table(from: store, kind: .mapping, kommuner: [], today: today))
        XCTAssertEqual(try store.importCompetence(csv, source: "export.csv").people, 3)
        XCTAssertEqual(try store.competencePeople().first { $0.id == asa.id }!.mapping.completions.map(\.step), [1])
    }

    /// A re-import makes each person's steps exactly the file's: a changed date or validering
    /// is rewritten, a step the file no longer has is deleted, an unchanged row is kept.
    func testReimportMakesEachPersonsStepsExactlyTheFiles() throws {
        for (step, day) in [(1, "2025-01-10"), (2, "2025-05-10"), (3, "2025-09-10")] {
            try store.markCompetenceStepDone(medarbetareId: asa.id, step: step, date: date(day))
        }
        try store.markCompetenceStepDone(medarbetareId: bo.id, step: 1, date: date("2024-06-01"))
        let csv = try CompetenceExport.csv(try CompetenceExport.table(from: store, kind: .mapping, kommuner: [], today: today))
        XCTAssertEqual(try store.importCompetence(csv, source: "same.csv").people, 3)
        let exported = String(decoding: csv, as: UTF8.self)
        let boLine = try XCTUnwrap(exported.split(whereSeparator: \.isNewline).first { $0.hasPrefix("\(bo.id);") })
        let text = "Id;Kommun;Enhet;Team;Namn;Titel;Utbildning;Poäng;Utbildningsår;Bevis;Övergång;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5;Önskemål\n"
            + "\(asa.id);Åsbro;Hemtjänst Norr;Grupp Ängen;Åsa Öberg;Undersköterska;Gymnasial;1500;2012;Ja;Nej;2025-01-10;2025-05-11 V;;;;Vill gå steg 3\n"
            + boLine + "\n"
        XCTAssertEqual(try importText(text).people, 2)
        XCTAssertEqual(try store.auditEntries(entity: "competence_import").count, 2, "one audit row per import")
        let people = try store.competencePeople()
        let asaMapping = try XCTUnwrap(people.first { $0.id == asa.id }).mapping
        XCTAssertEqual(asaMapping.completions, [
            StepCompletion(step: 1, date: date("2025-01-10"), validering: false),
            StepCompletion(step: 2, date: date("2025-05-11"), validering: true),
        ])
        XCTAssertEqual(asaMapping.points, 1500)
        XCTAssertEqual(asaMapping.educationYear, 2012)
        XCTAssertEqual(asaMapping.wishes, "Vill gå steg 3")
        XCTAssertEqual(try XCTUnwrap(people.first { $0.id == bo.id }).mapping.completions,
                       [StepCompletion(step: 1, date: date("2024-06-01"), validering: false)])

        // New and stored side by side: a step added to a stored mapping, and a person mapped for the first time.
        try store.writer.write { db in
            try db.execute(sql: "DELETE FROM competence_step_done WHERE medarbetare_id = ?", arguments: [chef.id])
            try db.execute(sql: "DELETE FROM competence_mapping WHERE medarbetare_id = ?", arguments: [chef.id])
        }
        let more = "Id;Kommun;Enhet;Namn;Titel;Utbildning;Poäng;Bevis;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5\n"
            + "\(bo.id);Åsbro;Hemtjänst Norr;Bo Ek;Vårdbiträde;Gymnasial;800;Nej;2024-06-01;2025-02-02;;;\n"
            + "\(chef.id);Åsbro;Hemtjänst Norr;Öjvind Chef;Enhetschef;Högskola;0;Nej;2020-01-01;;;;\n"
        XCTAssertEqual(try importText(more).people, 2)
        let after = try store.competencePeople()
        XCTAssertEqual(try XCTUnwrap(after.first { $0.id == bo.id }).mapping.completions.map(\.step), [1, 2])
        let chefPerson = try XCTUnwrap(after.first { $0.id == chef.id })
        XCTAssertTrue(chefPerson.isMapped)
        XCTAssertEqual(chefPerson.mapping.completions, [StepCompletion(step: 1, date: date("2020-01-01"), validering: false)])
        XCTAssertEqual(try XCTUnwrap(after.first { $0.id == asa.id }).mapping.completions.count, 2, "people not in the file are left alone")
    }

    /// Cells in forms an export does not write (spaces around, quotes, lower case, other
    /// yes/no words) take the text path and mean the same.
    func testCellsWithSpacesAndQuotesMeanTheSameAsPlainOnes() throws {
        let text = "Id;Kommun;Enhet;Namn;Titel;Utbildning;Poäng;Utbildningsår;Bevis;Övergång;Steg 1;Steg 2;Steg 3;Steg 4;Steg 5;Önskemål\n"
            + "\(asa.id);Åsbro;\"Hemtjänst Norr\";\"Åsa Öberg\";\" undersköterska \";gymnasial; 1500 ;\"2012\"; ja ; NEJ ; 2025-01-10 ;2025-05-11 (V);;;;\" Vill \"\"gå\"\" vidare \"\n"
            + " \(bo.id) ;åsbro ; hemtjänst norr; bo ek ;Vårdbiträde;YH;0;;JA;nej;;;;;;\n"
        XCTAssertEqual(try importText(text).people, 2)
        let people = try store.competencePeople()
        let asaMapping = try XCTUnwrap(people.first { $0.id == asa.id }).mapping
        XCTAssertEqual(asaMapping.points, 1500)
        XCTAssertEqual(asaMapping.educationYear, 2012)
        XCTAssertTrue(asaMapping.certificate)
        XCTAssertFalse(asaMapping.employedOnProtectionDay)
        XCTAssertEqual(asaMapping.completions.map(\.validering), [false, true])
        XCTAssertEqual(asaMapping.wishes, "Vill \"gå\" vidare")
        let boMapping = try XCTUnwrap(people.first { $0.id == bo.id }).mapping
        XCTAssertEqual(boMapping.educationKind, .yrkeshogskola)
        XCTAssertTrue(boMapping.certificate)
        XCTAssertNil(boMapping.educationYear)
    }

    func testControlCharactersRefuseTheRowByLineWithoutEchoingThemAndNothingIsStored() throws {
        let pwned = "\u{1b}]0;pwned\u{7}"
        let text = header + "\r\n"
            + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Ja;Nej;;;;;;Vill gå steg 3\r\n"
            + "Åsbro;Hemtjänst Norr;\"Bo Ek\(pwned)\";Vårdbiträde;Gymnasial;800;Nej;Nej;;;;;;\r\n"
            + "Åsbro;Hemtjänst Norr;Bo Ek;Vårdbiträde;Gymnasial;800;Nej;Nej;;;;;;\"Vill \(pwned) läsa\"\r\n"
            + "Åsbro;Hemtjänst Norr;Öjvind Chef;Enhets\u{9B}chef;Ingen;0;Nej;Nej;;;;;;\r\n"
        let found = problems(Data(text.utf8))
        XCTAssertEqual(found.map(\.line), [3, 4, 5])
        XCTAssertEqual(found[0].reason, "kolumnen ”Namn” innehåller styrtecknet U+001B, som inte tas emot (radera det i filen)")
        XCTAssertTrue(found[1].reason.hasPrefix("kolumnen ”Önskemål” innehåller styrtecknet U+001B"), found[1].reason)
        XCTAssertTrue(found[2].reason.hasPrefix("kolumnen ”Titel” innehåller styrtecknet U+009B"), found[2].reason)
        // The refusal itself never carries the control characters to a terminal.
        for problem in found {
            XCTAssertFalse(problem.description.unicodeScalars.contains { $0.properties.generalCategory == .control }, problem.description)
        }
        XCTAssertFalse(try store.competencePeople().contains { $0.isMapped })
        XCTAssertEqual(try store.auditEntries(entity: "competence_import").count, 0)
    }

    func testBidiControlsAreRefusedByTheSameRuleAsInTheApp() throws {
        let text = header + "\r\n"
            + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Ja;Nej;;;;;;\r\n"
            + "Åsbro;Hemtjänst Norr;Bo \u{202E}kE;Vårdbiträde;Gymnasial;800;Nej;Nej;;;;;;\r\n"
        let found = problems(Data(text.utf8))
        XCTAssertEqual(found.map(\.line), [3])
        XCTAssertEqual(found.first?.reason, "kolumnen ”Namn” innehåller styrtecknet U+202E, som inte tas emot (radera det i filen)")
        XCTAssertFalse(try store.competencePeople().contains { $0.isMapped })
    }

    func testExcelLineBreaksInWishesBecomeSpacesAndLaterLinesKeepTheirNumbers() throws {
        let text = header + "\r\n"
            + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Ja;Nej;;;;;;\"Vill gå\r\nsteg 3\n\tsnart\"\r\n"
            + "Åsbro;Hemtjänst Norr;Bo Ek;Trollkarl;Gymnasial;800;Nej;Nej;;;;;;\r\n"
        XCTAssertEqual(problems(Data(text.utf8)).map(\.line), [5], "the wish spans lines 2–4")
        // A tab at the end of a cell is trimmed like a space; only a kept control character refuses.
        let good = text.replacingOccurrences(of: "Trollkarl", with: "Vårdbiträde\t")
        XCTAssertEqual(try importText(good).people, 2)
        XCTAssertEqual(try store.competencePeople().first { $0.id == asa.id }?.mapping.wishes, "Vill gå steg 3 snart")
    }

    /// The import writes dates with its own in-place formatter; it must agree with `LocalDate.iso`.
    func testImportDateTextMatchesLocalDateIso() throws {
        for (year, month, day) in [(2026, 1, 5), (1999, 12, 31), (2000, 2, 29), (1, 1, 1), (9999, 12, 31)] {
            let date = try LocalDate(year: year, month: month, day: day)
            let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { buffer in
                BulkStatement.writeISO(date, into: buffer)
                return String(decoding: buffer, as: UTF8.self)
            }
            XCTAssertEqual(text, date.iso)
        }
    }

    func testAnUnclosedQuoteIsReportedOnItsLine() throws {
        let text = header + "\n"
            + "Åsbro;Hemtjänst Norr;Åsa Öberg;Undersköterska;Gymnasial;1500;Ja;Nej;;;;;;\"Vill gå\n"
            + "Åsbro;Hemtjänst Norr;Bo Ek;Vårdbiträde;Gymnasial;800;Nej;Nej;;;;;;\n"
        XCTAssertEqual(problems(Data(text.utf8)).map(\.description), ["rad 2: ett citattecken (\") öppnar ett fält som aldrig avslutas"])
    }

    // MARK: Exports and comparison

    func testGapsExportListsManagersFirstAndShowsTheStep() throws {
        try store.markCompetenceStepDone(medarbetareId: asa.id, step: 1, date: date("2026-01-20"))
        let table = try CompetenceExport.table(from: store, kind: .gaps, kommuner: ["åsbro"], today: today)
        XCTAssertEqual(table.rows.first?[2], "Öjvind Chef")
        let asaRow = try XCTUnwrap(table.rows.first { $0[2] == "Åsa Öberg" })
        XCTAssertEqual(asaRow[5], "Utbildning, Bevis, Steg 2, Steg 3, Steg 4, Steg 5")
        XCTAssertThrowsError(try CompetenceExport.table(from: store, kind: .gaps, kommuner: ["Ingenstans"], today: today))
    }

    func testComparisonSuppressesSmallGroupsAndTheExportLeavesThemOut() throws {
        let comparison = try store.competenceComparison()
        let step1 = try XCTUnwrap(comparison.rows.first { $0.criterion == .step(omrade: .vardOchOmsorg, step: 1) })
        XCTAssertEqual(step1.cells.first?.visibility, .hidden)
        // The group of 3 is hidden; on PostgreSQL its size never leaves the server.
        XCTAssertEqual(step1.cells.first?.groupSize, TemporaryDatabase.backendUnderTest == .postgres ? 0 : 3)
        XCTAssertEqual(step1.cells.first?.text, "–")
        XCTAssertEqual(try CompetenceExport.table(from: store, kind: .comparison, kommuner: [], today: today).rows, [])
        // The threshold cannot be lowered to show the group (SmallGroupSuppressionTests).
        XCTAssertThrowsError(try store.setCompetenceSuppressionThreshold(3))
        try store.markCompetenceStepDone(medarbetareId: asa.id, step: 1, date: date("2026-01-20"))
        let shown = try CompetenceExport.table(from: store, kind: .comparison, kommuner: [], today: today)
        XCTAssertEqual(shown.rows, [])
        let csv = String(decoding: try CompetenceExport.csv(shown), as: UTF8.self)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}Kriterium;Kommun;Antal;Uppfyller;Andel\r\n"))
    }

    func testComparisonOfChosenKommunerKeepsSuppressionAndLeavesOthersOut() throws {
        for (name, staff) in [("Örby", 6), ("Lillby", 2)] {
            let kommun = try store.addKommun(name: name)
            let enhet = try store.addEnhet(kommunId: kommun.id, name: "Hemtjänst \(name)", omrade: .vardOchOmsorg)
            let team = try store.addTeam(enhetId: enhet.id, name: "Grupp \(name)")
            for n in 0..<staff {
                _ = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Person \(n) \(name)", title: "Vårdbiträde",
                                                              role: .medarbetare, startDate: "2020-01-01"))
            }
        }
        let comparison = try store.competenceComparison(kommunIds: try store.kommuner().filter { $0.name != "Lillby" }.map(\.id))
        XCTAssertEqual(comparison.kommuner.map(\.name), ["Åsbro", "Örby"])
        let table = try CompetenceExport.table(from: store, kind: .comparison, kommuner: ["örby", "ÅSBRO"], today: today)
        // Åsbro's 3 people are under the threshold of 5: never exported; Lillby was not chosen.
        XCTAssertEqual(Set(table.rows.map { $0[1] }), ["Örby"])
        XCTAssertTrue(table.rows.contains(["Vård och omsorg steg 1", "Örby", "6", "0", "0 %"]), "\(table.rows)")
        XCTAssertTrue(table.rows.allSatisfy { Int($0[2])! >= 5 })
        XCTAssertThrowsError(try CompetenceExport.table(from: store, kind: .gaps, kommuner: ["Örby", "Åsbro"], today: today)) {
            XCTAssertEqual($0 as? CompetenceExportError, .severalKommuner("gaps"))
        }
        XCTAssertThrowsError(try CompetenceExport.table(from: store, kind: .comparison, kommuner: ["Örby", "Ingenstans"], today: today)) {
            XCTAssertEqual($0 as? CompetenceExportError, .unknownKommun("Ingenstans"))
        }
    }

    /// The comparison aggregated in SQLite gives, cell by cell, what assessing each person does:
    /// a generated region with unmapped people, a mapping without a title, inactive staff
    /// and an IFO unit without a ladder.
    func testComparisonCountsMatchAssessingEachPerson() throws {
        let region = try TemporaryDatabase(fileName: "region.sqlite")
        defer { region.remove() }
        let regionStore = try region.open()
        try CompetenceBenchRegion.populate(regionStore, staff: 900)
        let first = try XCTUnwrap(try regionStore.kommuner().first)
        let ifo = try regionStore.addTeam(enhetId: try regionStore.addEnhet(kommunId: first.id, name: "Försörjningsstöd", omrade: .ifo).id,
                                          name: "Grupp IFO")
        for n in 0..<7 {
            _ = try regionStore.addMedarbetare(MedarbetareDraft(teamId: ifo.id, name: "Handläggare \(n)", title: "Socialsekreterare",
                                                                role: .medarbetare, startDate: "2020-01-01"))
        }
        let people = try regionStore.competencePeople()
        XCTAssertTrue(people.contains { !$0.hasLadder })
        // Some people lose their mapping's title, some are unmapped again, some leave.
        try regionStore.writer.write { db in
            try db.execute(sql: "UPDATE competence_mapping SET title_id = NULL WHERE medarbetare_id % 17 = 0")
            try db.execute(sql: "DELETE FROM competence_step_done WHERE medarbetare_id % 13 = 0")
            try db.execute(sql: "DELETE FROM competence_mapping WHERE medarbetare_id % 13 = 0")
            try db.execute(sql: "UPDATE medarbetare SET active = 0 WHERE id % 11 = 0")
        }
        XCTAssertGreaterThan(people.count, 800)
        try assertComparisonMatchesEachPerson(regionStore)
        // One team of 4,100 active people: more than the packed step counters hold, so the
        // comparison counts each step separately, with the same result.
        try regionStore.writer.write { db in
            let model = try XCTUnwrap(try Int64.fetchOne(db, sql: """
                SELECT m.id FROM medarbetare m JOIN competence_mapping c ON c.medarbetare_id = m.id
                JOIN team t ON t.id = m.team_id JOIN enhet e ON e.id = t.enhet_id
                WHERE m.active = 1 AND c.title_id IS NOT NULL AND e.omrade = 'vard_och_omsorg' ORDER BY m.id LIMIT 1
                """))
            try db.execute(sql: """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4100)
                INSERT INTO medarbetare (team_id, name, sort_key, title, title_sort_key, search_key, role, start_date, active)
                SELECT team_id, 'Kopia ' || i, sort_key, title, title_sort_key, search_key, role, start_date, 1
                FROM medarbetare, n WHERE id = ?
                """, arguments: [model])
            try db.execute(sql: """
                INSERT INTO competence_mapping (medarbetare_id, title_id, education_kind, points, education_year, certificate,
                                                employed_on_protection_day, wishes)
                SELECT m.id, c.title_id, 'gymnasial', m.id % 2000, NULL, 0, 0, ''
                FROM medarbetare m, competence_mapping c WHERE m.name LIKE 'Kopia %' AND c.medarbetare_id = ?
                """, arguments: [model])
            try db.execute(sql: """
                INSERT INTO competence_step_done (medarbetare_id, step_no, completed_on, validering)
                SELECT id, 1, '2024-01-01', 0 FROM medarbetare WHERE name LIKE 'Kopia %' AND id % 3 = 0
                """)
        }
        try assertComparisonMatchesEachPerson(regionStore)
    }

    /// Checks every cell of the comparison against assessing each active person in Swift.
    private func assertComparisonMatchesEachPerson(_ regionStore: AppDatabase) throws {
        let titles = try regionStore.competenceTitles()
        let titleByKey = Dictionary(titles.map { (RegisterName.uniquenessKey($0.name), $0) }) { a, _ in a }
        let mappedTitles = try regionStore.writer.read { db in
            try Dictionary(StoreRow.fetchAll(db, sql: "SELECT medarbetare_id, title_id FROM competence_mapping").map {
                ($0[0] as Int64, $0[1] as Int64?)
            }) { a, _ in a }
        }
        let comparison = try regionStore.competenceComparison()
        let column = Dictionary(uniqueKeysWithValues: comparison.kommuner.enumerated().map { ($1.id, $0) })
        var expected: [ComparisonCriterion: [(size: Int, met: Int)]] = [:]
        // Completed steps spread: a held activity of the same person and step; the people who
        // completed steps, per kommun, hide a kommun with fewer than the threshold.
        let spread = Set(try regionStore.competenceSpreading().filter(\.isHeld).compactMap { activity in
            activity.step.map { "\(activity.medarbetareId):\($0)" }
        })
        var spreadingPeople = Array(repeating: 0, count: column.count)
        for person in try regionStore.competencePeople() {
            let kommun = try XCTUnwrap(column[person.kommunId])
            let titleId = mappedTitles[person.id] ?? nil
            if let title = titleId.flatMap({ id in titles.first { $0.id == id } }) ?? titleByKey[RegisterName.uniquenessKey(person.registerTitle)] {
                var cells = expected[.titleEducation(title: title.name), default: Array(repeating: (0, 0), count: column.count)]
                cells[kommun].size += 1
                if CompetenceAssessment.meetsEducation(person.mapping, title) { cells[kommun].met += 1 }
                expected[.titleEducation(title: title.name)] = cells
            }
            guard person.hasLadder else { continue }
            if !person.mapping.completions.isEmpty {
                var cells = expected[.spreadSteps, default: Array(repeating: (0, 0), count: column.count)]
                cells[kommun].size += person.mapping.completions.count
                cells[kommun].met += person.mapping.completions.filter { spread.contains("\(person.id):\($0.step)") }.count
                expected[.spreadSteps] = cells
                spreadingPeople[kommun] += 1
            }
            for step in 1...Ladder.stepCount {
                var cells = expected[.step(omrade: person.omrade, step: step), default: Array(repeating: (0, 0), count: column.count)]
                cells[kommun].size += 1
                if person.mapping.completion(of: step) != nil { cells[kommun].met += 1 }
                expected[.step(omrade: person.omrade, step: step)] = cells
            }
        }
        XCTAssertEqual(Set(comparison.rows.map(\.criterion)), Set(expected.keys))
        for row in comparison.rows {
            let cells = try XCTUnwrap(expected[row.criterion])
            let judged = cells.enumerated().map { index, cell in
                var judged = ComparisonCell(groupSize: cell.size, met: cell.met, suppression: comparison.suppression)
                if row.criterion == .spreadSteps, comparison.suppression.suppresses(groupSize: spreadingPeople[index]) {
                    judged.visibility = .hidden
                }
                return judged
            }
            XCTAssertEqual(row.cells.map(\.visibility), judged.map(\.visibility), "\(row.label)")
            if TemporaryDatabase.backendUnderTest == .postgres {
                // The server sends only what may be shown: a hidden group's size and a suppressed count are 0.
                XCTAssertEqual(row.cells.map(\.groupSize), judged.map { $0.hidesGroup ? 0 : $0.groupSize }, "\(row.label)")
                XCTAssertEqual(row.cells.map(\.met), judged.map { $0.isSuppressed ? 0 : $0.met }, "\(row.label)")
            } else {
                XCTAssertEqual(row.cells.map(\.groupSize), cells.map(\.size), "\(row.label)")
                XCTAssertEqual(row.cells.map(\.met), cells.map(\.met), "\(row.label)")
            }
        }
    }

    func testDemoMapsEveryoneWithGapsPlansAndTransition() throws {
        let demo = try TemporaryDatabase(fileName: "demo.sqlite")
        defer { demo.remove() }
        let demoStore = try demo.open()
        try DemoData.populate(demoStore)
        let summary = try CompetenceDemo.populate(demoStore)
        XCTAssertEqual(summary.mapped, try demoStore.competencePeople().count)
        XCTAssertGreaterThan(summary.onTransition, 0)
        XCTAssertGreaterThan(summary.planItems, 10)
        XCTAssertTrue(try demoStore.competencePlanItems().contains { $0.isOverdue(today: today) })
        XCTAssertEqual(try CompetenceDemo.populate(demoStore).mapped, 0)
    }
}
