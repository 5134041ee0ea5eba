import TerminalKit
import TestSupport
import VardagDomain
import GRDB
import VardagStore
import XCTest
@testable import VardagApp

final class WorkloadScreenTests: XCTestCase {
    static let w48 = WorkloadPeriod.week(try! IsoWeek(year: 2026, week: 48))
    static let today = try! LocalDate(year: 2026, month: 11, day: 23)

    /// A team with Åsa Öberg (four cases, heavy two weeks running), Bo Ek (one case) and Cecilia Ärlig (none).
    static func seed(_ store: AppDatabase) throws {
        let kommun = try store.addKommun(name: "Helsingborg")
        let enhet = try store.addEnhet(kommunId: kommun.id, name: "IFO Barn och unga", omrade: .ifo)
        let team = try store.addTeam(enhetId: enhet.id, name: "Utredning 1")
        let asa = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Åsa Öberg", title: "Socialsekreterare", role: .medarbetare, startDate: "2020-01-01"))
        let bo = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Bo Ek", title: "Socialsekreterare", role: .medarbetare, startDate: "2021-01-01"))
        _ = try store.addMedarbetare(MedarbetareDraft(teamId: team.id, name: "Cecilia Ärlig", title: "Teamledare", role: .teamledare, startDate: "2019-01-01"))
        for (reference, time, difficulty) in [("Ärende 14", 4, 2), ("Ärende 3", 1, 1), ("Ärende 7", 5, 5), ("Ärende 9", 2, 4)] {
            try store.addCase(medarbetareId: asa.id, period: w48,
                              draft: CaseDraft(reference: reference, caseType: .utredning, time: "\(time)", difficulty: "\(difficulty)"), today: today)
        }
        try store.addCase(medarbetareId: bo.id, period: w48, draft: CaseDraft(reference: "Ärende 2", time: "1", difficulty: "1"), today: today)
        try store.setOverall(medarbetareId: asa.id, period: w48.previous, rating: 5, today: today)
        try store.setOverall(medarbetareId: asa.id, period: w48, rating: 5, today: today)
    }

    /// The app opened at the overview of the seeded team.
    private func overview(width: Int = 80, height: Int = 24, language: Language = .sv) throws -> AppHarness {
        let app = try AppHarness(width: width, height: height, language: language, seed: Self.seed)
        app.open(.workload)
        app.press(.enter)
        return app
    }

    func testOverviewAt80x24IsSortedByLoadAndFlagsTheHeavyWorker() throws {
        let app = try overview()
        assertScreen(app, [
            " Vardag › Fyrfältaren › Översikt: Utredning 1",
            " vecka 2026-W48 · 3 medarbetare · sorterad efter belastning · ⚑ 1 flaggade",
            "",
            "   Namn                   Lätt Tidsk  Svår  Tung Belast Helhet 12 perioder  ⚑",
            " > Åsa Öberg                 1     1     1     1     42      5            █ ⚑",
            "   Bo Ek                     1     0     0     0      1      –            █",
            "   Cecilia Ärlig             0     0     0     0      0      –",
            "", "", "", "", "", "", "", "", "", "", "", "", "",
            " Åsa Öberg: – – – – – – – – – – – 42 (belastning t.o.m. 2026-W48, högst 42)",
            " Belastning = Σ tid×svårighet · ⚑ = helhet ≥ 5 el. flest i tung, 2 i rad",
        ])
        app.press(.char("s"))
        XCTAssertEqual(app.lines[1], " vecka 2026-W48 · 3 medarbetare · sorterad efter namn · ⚑ 1 flaggade")
        XCTAssertEqual(app.lines[4...6].map { String($0.prefix(18)) }, [" > Bo Ek          ", "   Cecilia Ärlig  ", "   Åsa Öberg      "])
        app.press(.char("s"))
        XCTAssertTrue(app.lines[4].hasPrefix(" > Åsa Öberg"), "flagged first")
        app.press(.char("p"))
        XCTAssertTrue(app.lines[1].hasPrefix(" vecka 2026-W47 · 3 medarbetare"))
        XCTAssertFalse(app.lines[4].contains("⚑"), "one heavy week is not a flag")
    }

    func testEachSparklineHasItsOwnScaleAndTheDetailGivesTheNumbers() throws {
        let app = try AppHarness(seed: { store in
            try Self.seed(store)
            let bo = try XCTUnwrap(try store.staff(offset: 0, limit: 10).first { $0.name == "Bo Ek" })
            try store.addCase(medarbetareId: bo.id, period: Self.w48.previous, draft: CaseDraft(reference: "Ärende 1", time: "1", difficulty: "1"), today: Self.today)
            try store.addCase(medarbetareId: bo.id, period: Self.w48, draft: CaseDraft(reference: "Ärende 5", time: "1", difficulty: "1"), today: Self.today)
        })
        app.open(.workload)
        app.press(.enter)
        // Bo's loads 1 and 2 against his own highest (2), not against Åsa's 42 (which drew ▁▁).
        let bo = try XCTUnwrap(app.lines.first { $0.contains("Bo Ek") })
        XCTAssertTrue(bo.hasSuffix("▅█"), bo)
        app.press(.down)
        XCTAssertEqual(app.lines[20], " Bo Ek: – – – – – – – – – – 1 2 (belastning t.o.m. 2026-W48, högst 2)")
    }

    func testOverviewAt120x40UsesLongHeadersAndTheFlagText() throws {
        let app = try overview(width: 120, height: 40)
        assertScreen(app, [
            " Vardag › Fyrfältaren › Översikt: Utredning 1",
            " vecka 2026-W48 · 3 medarbetare · sorterad efter belastning · ⚑ 1 flaggade",
            "",
            "   Namn                                  Lätt  Tidskrävande   Svår   Tung Belastning   Helhet 12 perioder  Flagga",
            " > Åsa Öberg                                1             1      1      1         42        5            █ ⚑ tung",
            "   Bo Ek                                    1             0      0      0          1        –            █",
            "   Cecilia Ärlig                            0             0      0      0          0        –",
        ] + Array(repeating: "", count: 29) + [
            " Åsa Öberg: – – – – – – – – – – – 42 (belastning t.o.m. 2026-W48, högst 42)",
            " Belastning = Σ tid×svårighet · ⚑ = helhet ≥ 5 el. flest i tung, 2 i rad",
        ])
        app.press(.down, .enter)
        XCTAssertEqual(app.lines[0], " Vardag › Fyrfältaren › Översikt: Utredning 1 › Fyrfält: Bo Ek")
    }

    func testGridAt80x24And120x40ShowsCasesInTheirFields() throws {
        let app = try overview()
        app.press(.enter)
        let board80 = [
            " Vardag › Fyrfältaren › Översikt: Utredning 1 › Fyrfält: Åsa Öberg",
            " vecka 2026-W48 · 4 ärenden · belastning 42 · helhet 5/5",
            " Ärende 7 · utredning · tid 5 · svårighet 5",
            " ┌ Svår · 1 ───────────────────────────┐┌ Tung · 1 ───────────────────────────┐",
            " │ Ärende 9  2×4                       ││>Ärende 7  5×5                       │",
        ] + Array(repeating: " │                                     ││                                     │", count: 6) + [
            " └─────────────────────────────────────┘└─────────────────────────────────────┘",
            " ┌ Lätt · 1 ───────────────────────────┐┌ Tidskrävande · 1 ───────────────────┐",
            " │ Ärende 3  1×1                       ││ Ärende 14  4×2                      │",
        ] + Array(repeating: " │                                     ││                                     │", count: 6) + [
            " └─────────────────────────────────────┘└─────────────────────────────────────┘",
            " ↑ svårighet  → tid · hög = 3–5 · 4×2 = tid 4, svårighet 2",
        ]
        assertScreen(app, board80)
        app.resize(width: 120, height: 40)
        let empty120 = " │" + String(repeating: " ", count: 57) + "││" + String(repeating: " ", count: 57) + "│"
        assertScreen(app, [
            " Vardag › Fyrfältaren › Översikt: Utredning 1 › Fyrfält: Åsa Öberg",
            " vecka 2026-W48 · 4 ärenden · belastning 42 · helhet 5/5",
            " Ärende 7 · utredning · tid 5 · svårighet 5",
            " ┌ Svår · 1 ───────────────────────────────────────────────┐┌ Tung · 1 ───────────────────────────────────────────────┐",
            " │ Ärende 9  2×4  (utredning)                              ││>Ärende 7  5×5  (utredning)                              │",
        ] + Array(repeating: empty120, count: 14) + [
            " └─────────────────────────────────────────────────────────┘└─────────────────────────────────────────────────────────┘",
            " ┌ Lätt · 1 ───────────────────────────────────────────────┐┌ Tidskrävande · 1 ───────────────────────────────────────┐",
            " │ Ärende 3  1×1  (utredning)                              ││ Ärende 14  4×2  (utredning)                             │",
        ] + Array(repeating: empty120, count: 14) + [
            " └─────────────────────────────────────────────────────────┘└─────────────────────────────────────────────────────────┘",
            " ↑ svårighet  → tid · hög = 3–5 · 4×2 = tid 4, svårighet 2 · ! prio ⏸ väntar → omfördelad ✓ avslutad",
        ])
    }

    func testChangingRatingsMovesTheCaseAtOnceAndStoresIt() throws {
        let app = try overview()
        app.press(.enter, .down) // from tung down to tidskrävande: Ärende 14 (4×2)
        XCTAssertEqual(app.lines[2], " Ärende 14 · utredning · tid 4 · svårighet 2")
        app.press(.char("s")) // difficulty 3: now tung
        XCTAssertTrue(app.lines[3].contains("Tung · 2"), app.lines[3])
        XCTAssertTrue(app.lines[5].contains(">Ärende 14  4×3"), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines[12].contains("Tidskrävande · 0"))
        app.press(.char("T"), .char("T")) // time 2: now svår
        XCTAssertTrue(app.lines[3].hasPrefix(" ┌ Svår · 2"), app.lines[3])
        XCTAssertTrue(app.lines[5].contains(">Ärende 14  2×3"), app.lines[5])
        let grid = try XCTUnwrap(app.store.workloadGrid(medarbetareId: 1, period: Self.w48))
        XCTAssertEqual(grid.cases.first { $0.reference == "Ärende 14" }?.difficulty, 3)
        XCTAssertEqual(grid.cases.first { $0.reference == "Ärende 14" }?.time, 2)
        app.press(.char("S"), .char("S"), .char("S"))  // 2×1 then refused below 1
        XCTAssertTrue(app.lines[21].contains("1–5") || app.hintLine.contains("1–5"), linesDiff(app.lines, []))
        app.press(.char("3"))
        XCTAssertEqual(app.lines[1], " vecka 2026-W48 · 4 ärenden · belastning 36 · helhet 3/5")
    }

    func testArrowsMoveBetweenFieldsAndCases() throws {
        let app = try overview()
        app.press(.enter, .left)
        XCTAssertTrue(app.lines[4].contains(">Ärende 9"))
        app.press(.down)
        XCTAssertTrue(app.lines[13].contains(">Ärende 3"))
        app.press(.right)
        XCTAssertTrue(app.lines[13].contains(">Ärende 14"))
        app.press(.up)
        XCTAssertTrue(app.lines[4].contains(">Ärende 7"))
        app.press(.tab)
        XCTAssertTrue(app.lines[13].contains(">Ärende 3"))
    }

    func testAddFormRefusesBadRatingsAtTheFieldAndSavesAGoodCase() throws {
        let app = try overview()
        app.press(.enter, .char("a"))
        XCTAssertTrue(app.lines.contains { $0.contains("Referens: t.ex. Ärende 14 – aldrig brukarens namn") }, linesDiff(app.lines, []))
        app.type("Ärende 21")
        app.press(.tab, .tab)
        app.type("7")
        app.press(.tab)
        app.type("4")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Ange en siffra 1–5.") }, linesDiff(app.lines, []))
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: Self.w48)?.cases.count, 4)
        app.press(.backspace)
        app.type("2")
        app.press(.enter)
        XCTAssertEqual(app.lines[2], " Ärende 21 · ingen typ · tid 2 · svårighet 4")
        XCTAssertTrue(app.lines[3].contains("Svår · 2"))
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: Self.w48)?.cases.count, 5)
    }

    func testThirtyCasesInOneFieldScrollAt80x24() throws {
        let app = try AppHarness(seed: { store in
            try Self.seed(store)
            for i in 1...30 {
                try store.addCase(medarbetareId: 2, period: Self.w48,
                                  draft: CaseDraft(reference: "Ärende \(100 + i)", time: "5", difficulty: "5"), today: Self.today)
            }
        })
        app.open(.workload)
        app.press(.enter, .char("s"), .enter) // by name: Bo Ek first
        XCTAssertTrue(app.lines[3].contains("Tung · 30"), app.lines[3])
        XCTAssertTrue(app.lines[4].contains(">Ärende 101"))
        XCTAssertTrue(app.lines[11].contains("↓23"), app.lines[11])
        for _ in 0..<29 { app.press(.down) }
        XCTAssertTrue(app.lines[10].contains(">Ärende 130"), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines[3].contains("↑23"), app.lines[3])
    }

    func testDecisionKanVantaAppearsOnTheWaitingListAndOmfordelaMovesTheCase() throws {
        let app = try overview()
        app.press(.enter, .char("b"))
        XCTAssertTrue(app.lines.contains { $0.contains("Beslut om Ärende 7") })
        app.press(.right) // kan vänta
        app.press(.tab)
        for _ in 0..<10 { app.press(.backspace) }
        app.type("2026-02-30")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("2026-02-30 är inget datum") }, linesDiff(app.lines, []))
        for _ in 0..<10 { app.press(.backspace) }
        app.type("2026-11-26")
        app.press(.enter)
        XCTAssertTrue(app.lines[2].contains("kan vänta till 2026-11-26"), app.lines[2])
        // Omfördela Ärende 14 to Bo Ek: second in the picker, after Cecilia Ärlig's empty week.
        app.press(.down, .char("b"), .right, .right, .tab, .tab, .right)
        app.press(.enter)
        XCTAssertTrue(app.lines[2].contains("omfördela till Bo Ek"), linesDiff(app.lines, []))
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 2, period: Self.w48.next)?.cases.map(\.reference), ["Ärende 14"])
        app.press(.up, .char("h"))
        XCTAssertTrue(app.lines.contains { $0.contains("Beslut om Ärende 7") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("2026-W48 · kan vänta till 2026-11-26 · testare") }, linesDiff(app.lines, []))
        app.press(.char("q"))
        XCTAssertFalse(app.lines.contains { $0.contains("Beslut om Ärende 7") })
        app.press(.escape, .char("v"))
        assertLines(Array(app.lines.prefix(6)), [
            " Vardag › Fyrfältaren › Översikt: Utredning 1 › Väntar: Utredning 1",
            " 1 ärenden väntar · 1 ska granskas senast denna vecka",
            "",
            "   Granska    När         Ärende       Namn                Notering",
            " > 2026-11-26 denna vecka Ärende 7     Åsa Öberg",
            "",
        ])
        app.press(.enter)
        XCTAssertTrue(app.lines[0].contains("› Väntar: Utredning 1 › Fyrfält"), app.lines[0])
        XCTAssertEqual(app.lines[1], " vecka 2026-W48 · 4 ärenden · belastning 42 · helhet 5/5")
    }

    func testCopyForwardIsOneKeyAndRemoveAsksFirst() throws {
        let app = try overview()
        app.press(.enter, .char("n"))
        XCTAssertEqual(app.lines[1], " vecka 2026-W49 · 0 ärenden · belastning 0 · helhet ej skattad (1–5)")
        XCTAssertEqual(app.lines[2], " Inga ärenden. a lägger till, c kopierar förra periodens (4 st).")
        app.press(.char("n"))
        XCTAssertTrue(app.statusLine.contains("Senast nästa period (2026-W49) kan skattas."), app.statusLine)
        app.press(.char("c"))
        XCTAssertEqual(app.lines[1], " vecka 2026-W49 · 4 ärenden · belastning 42 · helhet ej skattad (1–5)")
        XCTAssertTrue(app.statusLine.hasPrefix("4 ärenden kopierade från 2026-W48."), app.statusLine)
        app.press(.char("x"))
        XCTAssertTrue(app.lines.contains { $0.contains("Ta bort Ärende 7 ur 2026-W49?") }, linesDiff(app.lines, []))
        app.press(.char("n"))
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: Self.w48.next)?.cases.count, 4)
        app.press(.char("x"), .char("j"))
        XCTAssertEqual(app.lines[1], " vecka 2026-W49 · 3 ärenden · belastning 17 · helhet ej skattad (1–5)")
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: Self.w48)?.cases.count, 4, "other periods stay")
    }

    func testRemoveIsAnsweredWithTheLanguagesYesKey() throws {
        let app = try overview(language: .en)
        app.press(.enter, .char("x"), .char("j"))
        XCTAssertTrue(app.lines.contains { $0.contains("Remove Ärende 7 from 2026-W48?") }, "j is no answer in English")
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: Self.w48)?.cases.count, 4)
        app.press(.char("y"))
        XCTAssertEqual(try app.store.workloadGrid(medarbetareId: 1, period: Self.w48)?.cases.count, 3)
        XCTAssertEqual(app.lines[1], " week 2026-W48 · 3 cases · load 17 · overall 5/5")
    }

    func testAFailedReadOfTheHistoryIsShownInWordsNotAsAnEmptyBox() throws {
        let app = try overview()
        app.press(.enter)
        try app.database.executeAsAnotherProgram("ALTER TABLE workload_decision RENAME TO workload_decision_gone")
        app.press(.char("h"))
        XCTAssertFalse(app.lines.contains { $0.contains("Beslut om Ärende 7") }, linesDiff(app.lines, []))
        // A long message takes the hint line too.
        XCTAssertTrue(app.lines[22].hasPrefix("Kunde inte läsa: "), linesDiff(app.lines, []))
        app.press(.char("t"))
        XCTAssertEqual(app.lines[2], " Ärende 7 · utredning · tid 5 · svårighet 5", "the board still takes its keys")
    }

    func testWaitingListPutsDueThisWeekFirst() {
        func waiting(_ reference: String, _ date: String) -> WaitingCase {
            WaitingCase(caseId: 1, reference: reference, medarbetareId: 1, medarbetareName: "Åsa", reviewDate: try! LocalDate.parse(date),
                        note: "", decidedBy: "t", decidedAt: "")
        }
        let ordered = WorkloadWaitingScreen.ordered([waiting("later", "2026-12-10"), waiting("sunday", "2026-11-29"),
                                                     waiting("overdue", "2026-11-01")], today: Self.today)
        XCTAssertEqual(ordered.map(\.reference), ["overdue", "sunday", "later"])
    }

    func testTimeDiaryTakesSlotsAndMinutesAndShowsTheShare() throws {
        let app = try overview()
        app.press(.char("d"))
        XCTAssertEqual(app.lines[0], " Vardag › Fyrfältaren › Översikt: Utredning 1 › Tidsdagbok – Utredning 1")
        XCTAssertEqual(app.lines[1], " Bo Ek (1 av 3)")
        app.press(.char("+"), .char("+"), .char("+"))
        XCTAssertTrue(app.lines[4].contains("Direkt tid med brukare  30 min"), app.lines[4])
        app.press(.down, .enter)
        app.press(.backspace)
        app.type("9s")
        app.press(.enter)
        XCTAssertTrue(app.lines[5].contains("Indirekt tid            1 h 30 min"), app.lines[5])
        XCTAssertTrue(app.lines[9].contains("Summa 2 h · direkt tid 25 %"), app.lines[9])
        app.press(.enter, .backspace, .backspace, .backspace, .backspace)
        app.type("2000")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Ange minuter 0–1440") }, linesDiff(app.lines, []))
        app.press(.escape, .char("j"))  // typed minutes: Esc asks first
        XCTAssertTrue(app.lines.contains { $0.contains("Bo Ek") && $0.contains("25 %") }, linesDiff(app.lines, []))
        XCTAssertEqual(try app.store.diaryDay(medarbetareId: 2, day: Self.today), [.direkt: 30, .indirekt: 90])
    }

    func testTimeDiaryMinutesRefuseALetterAtOnceAndSayWhy() throws {
        let app = try overview()
        app.press(.char("d"), .enter, .backspace)
        app.type("4x")
        XCTAssertTrue(app.lines.contains { $0.contains("Bara siffror, t.ex. 90") }, linesDiff(app.lines, []))
        app.type("5")
        XCTAssertFalse(app.lines.contains { $0.contains("Bara siffror") }, "a digit clears the message")
        app.press(.enter)
        XCTAssertEqual(try app.store.diaryDay(medarbetareId: 2, day: Self.today), [.direkt: 45], "the letter never reached the field")
        app.press(.enter, .backspace, .backspace)
        app.type("3 r")
        app.press(.enter)
        XCTAssertEqual(try app.store.diaryDay(medarbetareId: 2, day: Self.today), [.direkt: 30], "slots are still typed as 3 r")
    }

    func testEscOnTypedMinutesAsksAndAnUntouchedFieldClosesAtOnce() throws {
        let app = try overview()
        app.press(.char("d"), .enter, .escape)
        XCTAssertFalse(app.lines.contains { $0.contains("Kasta ändringarna?") }, "nothing typed: Esc closes at once")
        XCTAssertFalse(app.lines.contains { $0.contains("Minuter (90)") }, linesDiff(app.lines, []))
        app.press(.enter, .backspace)
        app.type("75")
        app.press(.escape)
        XCTAssertTrue(app.lines.contains { $0.contains("Kasta ändringarna? (j/n)") }, linesDiff(app.lines, []))
        app.press(.char("n"))
        app.press(.enter)
        XCTAssertEqual(try app.store.diaryDay(medarbetareId: 2, day: Self.today), [.direkt: 75], "n kept the typing")
        app.press(.enter, .backspace, .backspace)
        app.type("20")
        app.press(.escape, .char("j"))
        XCTAssertFalse(app.lines.contains { $0.contains("Minuter (90)") }, "j closed the field")
        XCTAssertEqual(try app.store.diaryDay(medarbetareId: 2, day: Self.today), [.direkt: 75], "j threw the typing away")
    }

    /// The seeded team with diary days: Åsa 2026-10-30 all direct, 2026-11-20 half direct; Bo 2026-11-23 a quarter direct.
    static func seedDiary(_ store: AppDatabase) throws {
        try seed(store)
        try store.setDiaryMinutes(medarbetareId: 1, day: "2026-10-30", category: .direkt, minutes: "240", today: today)
        try store.setDiaryMinutes(medarbetareId: 1, day: "2026-11-20", category: .direkt, minutes: "120", today: today)
        try store.setDiaryMinutes(medarbetareId: 1, day: "2026-11-20", category: .resor, minutes: "120", today: today)
        try store.setDiaryMinutes(medarbetareId: 2, day: "2026-11-23", category: .direkt, minutes: "60", today: today)
        try store.setDiaryMinutes(medarbetareId: 2, day: "2026-11-23", category: .administration, minutes: "180", today: today)
    }

    /// Replaces the text of the focused form field.
    private func retype(_ app: AppHarness, _ text: String) {
        for _ in 0..<12 { app.press(.backspace) }
        app.type(text)
    }

    func testDiarySummaryOverATypedRangeAt80x24() throws {
        let app = try AppHarness(seed: Self.seedDiary)
        app.open(.workload)
        app.press(.enter, .char("d"), .char("i"))
        XCTAssertTrue(app.lines.contains { $0.contains("Från                   2026-11-23") }, linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.contains("Till                   2026-11-23") }, "the week ends Sunday, after today")
        retype(app, "2026-02-30")
        app.press(.tab)
        retype(app, "2026-11-24")
        app.press(.enter)
        assertScreen(app, [
            " Vardag › Fyrfältaren › Översikt: Utredning 1 › Tidsdagbok – Utredning 1",
            " Bo Ek (1 av 3)",
            " Dag: 2026-11-23 måndag",
            "",
            " > Direkt tid med brukare  1 h            ▮▮▮▮▮▮",
            "   Indirekt tid            0 min",
            "  ┌ Intervall för andel direkt tid ──────────────────────────────────────────┐",
            "  │ Datum ÅÅÅÅ-MM-DD, från och med – till och med, senast i dag.             │",
            "  │                                                                          │",
            "  │ Från                   2026-02-30                                        │",
            "  │                        2026-02-30 är inget datum (ÅÅÅÅ-MM-DD).           │",
            "  │ Till                   2026-11-24                                        │",
            "  │                        Senast i dag (2026-11-23).                        │",
            "  │                                                                          │",
            "  │                                                                          │",
            "  │ Enter spara · Esc avbryt · Tab/↑↓ fält · ←→ välj                         │",
            "  └──────────────────────────────────────────────────────────────────────────┘",
            " █ direkt  ▓ indirekt  ▒ adm.  ░ resor  · övrigt",
            " Bo Ek: direkt 25 % · adm. 75 %",
            "", "", "",
        ])
        // The focus is on the first field in error; a reversed range is refused at "Till".
        retype(app, "2026-11-10")
        app.press(.tab)
        retype(app, "2026-11-01")
        app.press(.enter)
        XCTAssertTrue(app.lines[11].contains("Får inte vara före från-datumet 2026-11-10."), linesDiff(app.lines, []))
        XCTAssertFalse(app.lines.contains { $0.contains("inget datum") }, "the fixed field lost its message")
        retype(app, "2026-11-23")
        app.press(.enter)
        // Åsa 2026-11-20: 120 of 240 min direct; Bo 2026-11-23: 60 of 240; the team 180 of 480.
        assertScreen(app, [
            " Vardag › Fyrfältaren › Översikt: Utredning 1 › Tidsdagbok – Utredning 1",
            " Bo Ek (1 av 3)",
            " Dag: 2026-11-23 måndag",
            "",
            " > Direkt tid med brukare  1 h            ▮▮▮▮▮▮",
            "   Indirekt tid            0 min",
            "   Administration          3 h            ▮▮▮▮▮▮▮▮▮▮▮▮▮▮▮▮▮▮",
            "   Resor                   0 min",
            "   Övrigt                  0 min",
            "   Summa 4 h · direkt tid 25 %",
            "",
            "",
            " Tid 2026-11-10 – 2026-11-23 · direkt tid, teamet 38 %",
            " Bo Ek               █████████████▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒ 25 %",
            " Cecilia Ärlig        inget loggat",
            " Åsa Öberg           █████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░ 50 %",
            " Hela teamet         ███████████████████▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒░░░░░░░░░░░░ 38 %",
            " █ direkt  ▓ indirekt  ▒ adm.  ░ resor  · övrigt",
            " Bo Ek: direkt 25 % · adm. 75 %",
            "", "", "",
        ])
        XCTAssertTrue(app.statusLine.hasPrefix("Sammanställningen visar 2026-11-10 – 2026-11-23"), app.statusLine)
        app.press(.char("r"))
        XCTAssertEqual(app.lines[12], " Tid 2026-11-23 – 2026-11-29 · direkt tid, teamet 25 %", "r returns to this week")
        app.press(.char("r"))
        XCTAssertEqual(app.lines[12], " Tid 2026-11-02 – 2026-11-29 · direkt tid, teamet 38 %", "then four weeks")
        app.press(.char("r"))
        XCTAssertEqual(app.lines[12], " Tid 2026-11-23 – 2026-11-29 · direkt tid, teamet 25 %")
    }

    func testDiarySummaryOverATypedRangeAt120x40() throws {
        let app = try AppHarness(width: 120, height: 40, seed: Self.seedDiary)
        app.open(.workload)
        app.press(.enter, .char("d"), .char("i"))
        retype(app, "2026-10-30")
        app.press(.enter)
        // Åsa: 240 + 120 of 480 min direct; Bo: 60 of 240; the team: 420 of 720.
        assertScreen(app, [
            " Vardag › Fyrfältaren › Översikt: Utredning 1 › Tidsdagbok – Utredning 1",
            " Bo Ek (1 av 3)                                         Tid 2026-10-30 – 2026-11-23 · direkt tid, teamet 58 %",
            " Dag: 2026-11-23 måndag                                 Bo Ek               █████████▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒ 25 %",
            "                                                        Cecilia Ärlig        inget loggat",
            " > Direkt tid med brukare  1 h            ▮▮▮▮▮▮        Åsa Öberg           ██████████████████████████░░░░░░░░░ 75 %",
            "   Indirekt tid            0 min                        Hela teamet         ████████████████████▒▒▒▒▒▒▒▒▒░░░░░░ 58 %",
            "   Administration          3 h            ▮▮▮▮▮▮▮▮▮▮▮   █ direkt  ▓ indirekt  ▒ adm.  ░ resor  · övrigt",
            "   Resor                   0 min                        Bo Ek: direkt 25 % · adm. 75 %",
            "   Övrigt                  0 min",
            "   Summa 4 h · direkt tid 25 %",
        ] + Array(repeating: "", count: 28) + [
        ])
        XCTAssertTrue(app.statusLine.hasPrefix("Sammanställningen visar 2026-10-30 – 2026-11-23"), app.statusLine)
    }

    func testSettingsChangeThresholdAndRefuseOutOfRange() throws {
        let app = try AppHarness(seed: Self.seed)
        app.open(.workload)
        app.press(.char("i"), .down)
        app.press(.backspace)
        app.type("9")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Ange 2–5.") }, linesDiff(app.lines, []))
        app.press(.backspace)
        app.type("4")
        app.press(.enter)
        XCTAssertEqual(app.lines[2], " Hög = 4 eller mer · flagga vid helhet 5 eller flest i tung, 2 perioder i rad")
        XCTAssertEqual(try app.store.workloadSettings().highThreshold, 4)
    }

    func testEnglishLabels() throws {
        let app = try overview(language: .en)
        XCTAssertTrue(app.lines[3].contains("Easy"), app.lines[3])
        app.press(.enter)
        XCTAssertTrue(app.lines[3].contains("Hard · 1"), app.lines[3])
        XCTAssertTrue(app.lines[12].contains("Time-consuming · 1"), app.lines[12])
    }

    func testHelpOverlayListsTheGridKeys() throws {
        let app = try overview()
        app.press(.enter, .char("?"))
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("kopiera förra"), text)
        XCTAssertTrue(text.contains("beslut"), text)
    }

    func testEveryWorkloadKeyExistsInBothLanguages() throws {
        let sv = try Strings.load(.sv).keys.filter { $0.hasPrefix("workload.") }
        let en = try Strings.load(.en).keys.filter { $0.hasPrefix("workload.") }
        XCTAssertEqual(sv, en)
        XCTAssertGreaterThan(sv.count, 100)
    }

    /// The seeded team, with Bo Ek rating himself 5 over three easy cases.
    static func seedWithMismatch(_ store: AppDatabase) throws {
        try seed(store)
        let bo = try XCTUnwrap(try store.staff(offset: 0, limit: 10).first { $0.name == "Bo Ek" })
        for reference in ["Ärende 4", "Ärende 5"] {
            try store.addCase(medarbetareId: bo.id, period: w48, draft: CaseDraft(reference: reference, time: "2", difficulty: "1"), today: today)
        }
        try store.setOverall(medarbetareId: bo.id, period: w48, rating: 5, today: today)
    }

    func testOverviewMarksASelfRatingThatTheCasesDoNotBearOut() throws {
        let app = try AppHarness(seed: Self.seedWithMismatch)
        app.open(.workload)
        app.press(.enter)
        // At 80 columns the ≠ count does not fit the top line; the column and the detail line show it.
        XCTAssertEqual(app.lines[1], " vecka 2026-W48 · 3 medarbetare · sorterad efter belastning · ⚑ 1 flaggade")
        XCTAssertEqual(app.lines[5], "   Bo Ek                     3     0     0     0      5      5            █ ≠")
        XCTAssertTrue(app.lines[4].hasSuffix("█ ⚑"), "Åsa (1 of 4 in lätt) agrees with her 5: \(app.lines[4])")
        app.press(.down)
        XCTAssertEqual(app.lines[20], " ≠ Bo Ek: helhet 5 men 3 av 3 ärenden i lätt")
        app.press(.enter)
        XCTAssertEqual(app.lines[1], " vecka 2026-W48 · 3 ärenden · belastning 5 · helhet 5/5 · ≠ högre än ärendena")
        // Rating himself 3 instead clears the mark at once.
        app.press(.char("3"))
        XCTAssertEqual(app.lines[1], " vecka 2026-W48 · 3 ärenden · belastning 5 · helhet 3/5")
    }

    func testSelfRatingMarkInEnglishAndAt120x40() throws {
        let app = try AppHarness(width: 120, height: 40, language: .en, seed: Self.seedWithMismatch)
        app.open(.workload)
        app.press(.enter)
        let bo = try XCTUnwrap(app.lines.first { $0.contains("Bo Ek") })
        XCTAssertTrue(bo.hasSuffix("█ ≠"), bo)
        XCTAssertTrue(app.lines[1].hasSuffix("≠ 1 mismatch"), app.lines[1])
        app.press(.down)
        XCTAssertEqual(app.lines[36], " ≠ Bo Ek: overall 5 but 3 of 3 cases easy")
    }

    func testMismatchThresholdsAreInTheSettingsFormAt80x24() throws {
        let app = try AppHarness(seed: Self.seedWithMismatch)
        app.open(.workload)
        app.press(.char("i"))
        let text = app.lines.joined(separator: "\n")
        for label in ["≠ Hög helhet från", "≠ Andel i lätt > %", "≠ Låg helhet t.o.m.", "≠ Andel i tung ≥ %", "≠ Minst antal ärenden"] {
            XCTAssertTrue(text.contains(label), "\(label) missing:\n\(text)")
        }
        // Down to the minimum number of cases (the tenth field) and make it 4: Bo's three no longer count.
        app.press(.down, .down, .down, .down, .down, .down, .down, .down, .down)
        app.press(.backspace)
        app.type("0")
        app.press(.enter)
        XCTAssertTrue(app.lines.contains { $0.contains("Ange 1–99.") }, linesDiff(app.lines, []))
        app.press(.backspace, .backspace)
        app.type("4")
        app.press(.enter)
        XCTAssertEqual(try app.store.workloadSettings().mismatchMinCases, 4)
        XCTAssertEqual(try app.store.auditEntries(entity: "workload_settings").first?.after?["mismatch_min_cases"], .integer(4))
        app.press(.enter)
        XCTAssertFalse(app.lines[1].contains("≠"), app.lines[1])
    }

    func testOmfordelaPickerShowsEachColleaguesLoadFieldsAndMarksLeastLoadedFirst() throws {
        let app = try AppHarness(seed: { store in
            try Self.seedWithMismatch(store)
            let cecilia = try XCTUnwrap(try store.staff(offset: 0, limit: 10).first { $0.name == "Cecilia Ärlig" })
            try store.addCase(medarbetareId: cecilia.id, period: Self.w48, draft: CaseDraft(reference: "Ärende 8", time: "5", difficulty: "5"), today: Self.today)
        })
        app.open(.workload)
        app.press(.enter)
        // Bo Ek (load 5, ≠) opens his grid and hands a case on: Cecilia (25) then Åsa (42, ⚑).
        app.press(.down, .down, .enter, .char("b"), .right, .right, .tab, .tab)
        let text = app.lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Till kollega           < Cecilia Ärlig · bel. 25 · 0/0/0/1 >"), text)
        XCTAssertTrue(text.contains("Kollegor lägst belastad först, lätt/tidskr./svår/tung."), text)
        app.press(.right)
        XCTAssertTrue(app.lines.contains { $0.contains("Åsa Öberg · bel. 42 · 1/1/1/1 ⚑") }, app.lines.joined(separator: "\n"))
        XCTAssertFalse(app.lines.contains { $0.contains("Bo Ek · bel.") }, "not to herself")
        app.press(.enter)
        XCTAssertTrue(app.lines[2].contains("omfördela till Åsa Öberg"), linesDiff(app.lines, []))
    }

    func testTalkAgendaShowsOpenDecisionsWithWhoAndWhenAndFiltersByPerson() throws {
        let app = try AppHarness(seed: { store in
            try Self.seed(store)
            let staff = try store.staff(offset: 0, limit: 10)
            let bo = try XCTUnwrap(staff.first { $0.name == "Bo Ek" })
            let asa = try XCTUnwrap(staff.first { $0.name == "Åsa Öberg" })
            let cases = try XCTUnwrap(try store.workloadGrid(medarbetareId: asa.id, period: Self.w48)).cases
            let byReference = Dictionary(uniqueKeysWithValues: cases.map { ($0.reference, $0.id) })
            try store.decide(caseId: byReference["Ärende 7"]!, period: Self.w48, kind: .prioritera, today: Self.today)
            try store.decide(caseId: byReference["Ärende 9"]!, period: Self.w48, kind: .kanVanta, reviewDate: "2026-11-26",
                             note: "Väntar på läkarintyg", today: Self.today)
            try store.decide(caseId: byReference["Ärende 14"]!, period: Self.w48, kind: .omfordela, toMedarbetareId: bo.id, today: Self.today)
            let boCase = try XCTUnwrap(try store.workloadGrid(medarbetareId: bo.id, period: Self.w48)?.cases.first)
            try store.decide(caseId: boCase.id, period: Self.w48, kind: .avsluta, today: Self.today)
        })
        app.open(.workload)
        app.press(.enter, .char("a"))
        let day = String(try XCTUnwrap(try app.store.talkAgenda(teamId: 1, period: Self.w48).first).decidedAt.prefix(10))
        assertLines(Array(app.lines.prefix(8)), [
            " Vardag › Fyrfältaren › Översikt: Utredning 1 › Samtalet: Utredning 1",
            " vecka 2026-W48 · 4 öppna beslut · alla · ! 1 ⏸ 1 → 1 ✓ 1",
            "",
            "   Beslut      Ärende     Namn             Gäller           Beslutat av",
            " > prioritera  Ärende 7   Åsa Öberg                         testare \(day)",
            "   kan vänta   Ärende 9   Åsa Öberg        till 2026-11-26  testare \(day)",
            "   omfördela   Ärende 14  Åsa Öberg        → Bo Ek          testare \(day)",
            "   avsluta     Ärende 2   Bo Ek                             testare \(day)",
        ])
        XCTAssertEqual(app.lines[21], " Ärende 7 · beslutat 2026-W48 · ingen notering")
        app.press(.down)
        XCTAssertEqual(app.lines[21], " Ärende 9 · beslutat 2026-W48 · Väntar på läkarintyg")
        // f: Bo Ek (his own case and the one handed to him), then Cecilia (none), Åsa, everyone.
        app.press(.char("f"))
        XCTAssertTrue(app.statusLine.contains("Visar Bo Ek"), app.statusLine)
        XCTAssertTrue(app.lines[1].hasPrefix(" vecka 2026-W48 · 2 öppna beslut · Bo Ek"), app.lines[1])
        XCTAssertEqual(app.lines[4...5].map { String($0.prefix(24)) }, [" > omfördela   Ärende 14", "   avsluta     Ärende 2 "])
        app.press(.char("f"))
        XCTAssertTrue(app.lines.contains { $0.contains("Inga öppna beslut i perioden.") }, linesDiff(app.lines, []))
        app.press(.char("F"), .enter)
        XCTAssertTrue(app.lines[0].contains("› Samtalet: Utredning 1 › Fyrfält"), app.lines[0])
        XCTAssertTrue(app.lines[1].hasPrefix(" vecka 2026-W48 · 4 ärenden"), "Åsa's grid: \(app.lines[1])")
        app.press(.escape, .char("?"))
        XCTAssertTrue(app.lines.joined(separator: "\n").contains("nästa person (alla först)"), app.lines.joined(separator: "\n"))
    }

    func testTalkAgendaInEnglish() throws {
        let app = try AppHarness(language: .en, seed: Self.seed)
        app.open(.workload)
        app.press(.enter, .char("a"))
        XCTAssertTrue(app.lines[0].hasSuffix("The talk: Utredning 1"), app.lines[0])
        XCTAssertTrue(app.lines.contains { $0.contains("No open decisions in the period.") }, linesDiff(app.lines, []))
    }

    func testUndoTakesBackTheLastRatingOrOverallChangeAndIsAudited() throws {
        let app = try overview()
        app.press(.enter)
        // Åsa's Ärende 7 (5×5, selected in tung): difficulty down to 4, then undo.
        XCTAssertTrue(app.lines[2].hasPrefix(" Ärende 7 ·"), app.lines[2])
        app.press(.char("S"))
        XCTAssertTrue(app.lines[2].contains("tid 5 · svårighet 4"), app.lines[2])
        app.press(.char("u"))
        XCTAssertTrue(app.lines[2].contains("tid 5 · svårighet 5"), app.lines[2])
        XCTAssertTrue(app.statusLine.contains("Ångrat: Ärende 7 är 5×5 igen"), app.statusLine)
        let grid = try XCTUnwrap(try app.store.workloadGrid(medarbetareId: 1, period: Self.w48))
        XCTAssertEqual(grid.cases.first { $0.reference == "Ärende 7" }.map { [$0.time, $0.difficulty] }, [5, 5])
        let ratingAudit = try app.store.auditEntries(entity: "workload_rating", limit: 2)
        XCTAssertEqual(ratingAudit.map { $0.after?["difficulty"] }, [.integer(5), .integer(4)], "the undo is audited as a change of its own")
        // Once only.
        app.press(.char("u"))
        XCTAssertTrue(app.statusLine.contains("Inget att ångra i den här perioden."), app.statusLine)
        // Bo Ek had no overall rating: 3 then u takes it away again.
        app.press(.escape, .down, .enter, .char("3"))
        XCTAssertEqual(app.lines[1], " vecka 2026-W48 · 1 ärenden · belastning 1 · helhet 3/5")
        app.press(.char("u"))
        XCTAssertEqual(app.lines[1], " vecka 2026-W48 · 1 ärenden · belastning 1 · helhet ej skattad (1–5)")
        XCTAssertNil(try app.store.workloadGrid(medarbetareId: 2, period: Self.w48)?.overall)
        XCTAssertEqual(try app.store.auditEntries(entity: "workload_overall", limit: 1).first?.action, .delete)
        app.press(.char("?"))
        XCTAssertTrue(app.lines.joined(separator: "\n").contains("ångra senaste ändringen"))
    }

    func testDiaryBarsPickerAndUndoInEnglish() throws {
        let app = try AppHarness(language: .en, seed: Self.seedDiary)
        app.open(.workload)
        app.press(.enter, .char("d"))
        XCTAssertTrue(app.lines.contains(" █ direct  ▓ indirect  ▒ admin  ░ travel  · other"), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains(" Bo Ek: direct 25 % · admin 75 %"), linesDiff(app.lines, []))
        XCTAssertTrue(app.lines.contains { $0.hasPrefix(" Time 2026-11-23 – 2026-11-29 · direct time, team 25 %") }, linesDiff(app.lines, []))
        app.press(.escape, .enter)
        XCTAssertTrue(app.lines[0].contains("Åsa Öberg"), app.lines[0])
        app.press(.char("b"), .tab, .tab)
        XCTAssertTrue(app.lines.contains { $0.contains("< Cecilia Ärlig · load 0 · 0/0/0/0 >") }, linesDiff(app.lines, []))
        app.press(.escape, .char("u"))
        XCTAssertTrue(app.statusLine.contains("Nothing to undo in this period."), app.statusLine)
    }
}
