import TerminalKit

/// Every screen of the app, by the tool it is in and the keys that reach it from the
/// tool's first screen (or from the main menu).
///
/// The monkey test and the hostile-text test both walk this list: a new screen (or a
/// new form in one) is covered by both once it has a line here.
enum ScreenRoutes {
    static let all: [ScreenRoute] = mainMenu + register + tools

    static let mainMenu: [ScreenRoute] = [
        ScreenRoute("main menu", []),
        ScreenRoute("main menu: help overlay", [.char("?")], isShowing: ScreenRoute.help),
        ScreenRoute("audit trail", [.char("g")]),
        ScreenRoute("idag", [.char("i")]),
        ScreenRoute("idag: help overlay", [.char("i"), .char("?")], isShowing: ScreenRoute.help),
    ]

    static let register: [ScreenRoute] = [
        ScreenRoute("register: staff", in: .register, []),
        ScreenRoute("register: kommuner", in: .register, [.tab]),
        ScreenRoute("register: enheter", in: .register, [.tab, .tab]),
        ScreenRoute("register: teams", in: .register, [.tab, .tab, .tab]),
        ScreenRoute("register: add staff form", in: .register, [.char("a")], isShowing: ScreenRoute.editing),
        ScreenRoute("register: edit staff form", in: .register, [.enter], isShowing: ScreenRoute.editing),
        ScreenRoute("register: add kommun form", in: .register, [.tab, .char("a")], isShowing: ScreenRoute.editing),
        ScreenRoute("register: edit enhet form", in: .register, [.tab, .tab, .enter], isShowing: ScreenRoute.editing),
        ScreenRoute("register: edit team form", in: .register, [.tab, .tab, .tab, .enter], isShowing: ScreenRoute.editing),
        ScreenRoute("register: deactivate dialog", in: .register, [.char("d")], isShowing: ScreenRoute.editing),
        ScreenRoute("register: discard changes question", in: .register, [.char("a"), .char("x"), .escape],
                    isShowing: ScreenRoute.editing),
        ScreenRoute("register: search", in: .register, [.char("/")], isShowing: ScreenRoute.editing),
        ScreenRoute("register: help overlay", in: .register, [.char("?")], isShowing: ScreenRoute.help),
    ]

    /// Every tool's screens.
    static let tools: [ScreenRoute] = workload + dialogue + shadowing + competence + report

    /// Fyrfältaren: teams, overview, grid with its forms, waiting list, time diary, settings.
    static let workload: [ScreenRoute] = {
        let open: [Key] = []
        let grid = open + [.enter, .enter]
        return [
            ScreenRoute("workload: teams", in: .workload, open),
            ScreenRoute("workload: settings form", in: .workload, open + [.char("i")], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: overview", in: .workload, open + [.enter]),
            ScreenRoute("workload: waiting list", in: .workload, open + [.char("v")]),
            ScreenRoute("workload: talk agenda", in: .workload, open + [.enter, .char("a")]),
            ScreenRoute("workload: grid from talk agenda", in: .workload, open + [.enter, .char("a"), .enter]),
            ScreenRoute("workload: time diary", in: .workload, open + [.char("d")]),
            ScreenRoute("workload: time diary minutes", in: .workload, open + [.char("d"), .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: time diary range form", in: .workload, open + [.char("d"), .char("i")], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: grid", in: .workload, grid),
            ScreenRoute("workload: add case form", in: .workload, grid + [.char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: edit case form", in: .workload, grid + [.enter], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: decision form", in: .workload, grid + [.char("b")], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: history", in: .workload, grid + [.char("h")]),
            ScreenRoute("workload: remove case dialog", in: .workload, grid + [.char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: grid from waiting list", in: .workload, open + [.char("v"), .enter]),
            ScreenRoute("workload: help overlay", in: .workload, grid + [.char("?")], isShowing: ScreenRoute.help),
        ]
    }()

    /// Delaktighetsmodellen: five tabs, a loop with four tabs, a guide, their forms.
    static let dialogue: [ScreenRoute] = {
        let open: [Key] = []
        // The demo's third loop is at its follow-up (meetings, actions held); the
        // second has an open relay question.
        let loop = open + [.down, .down, .enter]
        let loopWithQuestion = open + [.down, .enter]
        // The fifth loop is at its gemensam träff; its second question (personal → brukare)
        // is open and brukarträff 2, where brukare answer, is held.
        let loopWithAnswerableQuestion = open + [.down, .down, .down, .down, .enter]
        return [
            ScreenRoute("dialogue: loops", in: .dialogue, open),
            ScreenRoute("dialogue: guides", in: .dialogue, open + [.tab]),
            ScreenRoute("dialogue: exchanges", in: .dialogue, open + [.tab, .tab]),
            ScreenRoute("dialogue: targets", in: .dialogue, open + [.tab, .tab, .tab]),
            ScreenRoute("dialogue: report", in: .dialogue, open + [.tab, .tab, .tab, .tab]),
            ScreenRoute("dialogue: new loop form", in: .dialogue, open + [.char("n")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: target form", in: .dialogue, open + [.tab, .tab, .tab, .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: guide", in: .dialogue, open + [.tab, .enter]),
            ScreenRoute("dialogue: new loop's meetings", in: .dialogue, open + [.enter]),
            ScreenRoute("dialogue: loop meetings", in: .dialogue, loop),
            ScreenRoute("dialogue: loop questions", in: .dialogue, loop + [.tab]),
            ScreenRoute("dialogue: loop actions", in: .dialogue, loop + [.tab, .tab]),
            ScreenRoute("dialogue: loop theme", in: .dialogue, loop + [.tab, .tab, .tab]),
            ScreenRoute("dialogue: meeting form", in: .dialogue, loop + [.char("m")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: question form", in: .dialogue, loopWithQuestion + [.char("f")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: answer form", in: .dialogue, loopWithAnswerableQuestion + [.tab, .down, .char("s")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: edit answer form", in: .dialogue, loop + [.tab, .char("e")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: remove answer dialog", in: .dialogue, loop + [.tab, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: edit meeting form", in: .dialogue, loop + [.up, .char("e")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: remove meeting dialog", in: .dialogue, loopWithQuestion + [.up, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: edit action form", in: .dialogue, loop + [.tab, .tab, .char("e")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: remove action dialog", in: .dialogue, loop + [.tab, .tab, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: action form", in: .dialogue, loop + [.tab, .tab, .char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: theme form", in: .dialogue, loop + [.tab, .tab, .tab, .char("t")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: staff chooser", in: .dialogue, loop + [.tab, .tab, .tab, .char("p")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: plan next form", in: .dialogue, loop + [.char("d")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: chef form", in: .dialogue, loop + [.char("c")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: gemensam meeting form with chef", in: .dialogue, loopWithAnswerableQuestion + [.char("m")],
                        isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: feedback form", in: .dialogue, loop + [.tab, .tab, .char("b")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: guide's coming meetings", in: .dialogue, open + [.tab, .enter, .char("k")]),
            ScreenRoute("dialogue: guide hours form", in: .dialogue, loop + [.char("h")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: guide leaves form", in: .dialogue, open + [.tab, .char("l")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: loops by year and stage", in: .dialogue, open + [.char("y"), .char("s"), .char("s")]),
            ScreenRoute("dialogue: help overlay", in: .dialogue, loop + [.char("?")], isShowing: ScreenRoute.help),
        ]
    }()

    /// Skuggning: six tabs and their forms.
    static let shadowing: [ScreenRoute] = {
        let open: [Key] = []
        return [
            ScreenRoute("shadowing: day", in: .shadowing, open),
            ScreenRoute("shadowing: hypotheses", in: .shadowing, open + [.tab]),
            ScreenRoute("shadowing: path", in: .shadowing, open + [.tab, .tab]),
            ScreenRoute("shadowing: analysis", in: .shadowing, open + [.tab, .tab, .tab]),
            ScreenRoute("shadowing: catalogue", in: .shadowing, open + [.tab, .tab, .tab, .tab]),
            ScreenRoute("shadowing: team", in: .shadowing, open + [.tab, .tab, .tab, .tab, .tab]),
            ScreenRoute("shadowing: day entry form", in: .shadowing, open + [.enter], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: hypothesis form", in: .shadowing, open + [.tab, .char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: day entry discard question", in: .shadowing, open + [.enter, .char("t"), .enter, .escape],
                        isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: edit hypothesis form", in: .shadowing, open + [.tab, .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: participant form", in: .shadowing, open + [.tab, .tab, .char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: step date form", in: .shadowing, open + [.tab, .tab, .char("e")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: take back step dialog", in: .shadowing, open + [.tab, .tab, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: step history", in: .shadowing, open + [.tab, .tab, .char("v")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: weekly lessons", in: .shadowing, open + [.tab, .tab, .tab, .char("v")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: link box searching", in: .shadowing, open + [.tab, .char("k"), .char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: day entry, staff shadowed", in: .shadowing, open + [.enter, .backTab, .right], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: remove hypothesis dialog", in: .shadowing, open + [.tab, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: task form", in: .shadowing, open + [.tab, .tab, .tab, .tab, .char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: team form", in: .shadowing, open + [.tab, .tab, .tab, .tab, .tab, .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: new team form", in: .shadowing, open + [.char("N")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: help overlay", in: .shadowing, open + [.char("?")], isShowing: ScreenRoute.help),
        ]
    }()

    /// Kompetenstrappa: eight tabs and their forms.
    static let competence: [ScreenRoute] = {
        let open: [Key] = []
        return [
            ScreenRoute("competence: grid", in: .competence, open),
            ScreenRoute("competence: gaps", in: .competence, open + [.tab]),
            ScreenRoute("competence: plan", in: .competence, open + [.tab, .tab]),
            ScreenRoute("competence: comparison", in: .competence, open + [.tab, .tab, .tab]),
            ScreenRoute("competence: kommun picker", in: .competence, open + [.tab, .tab, .tab, .char("v")]),
            ScreenRoute("competence: threshold question", in: .competence, open + [.tab, .tab, .tab, .char("+")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: titles", in: .competence, open + [.tab, .tab, .tab, .tab]),
            ScreenRoute("competence: ladders", in: .competence, open + [.tab, .tab, .tab, .tab, .tab]),
            ScreenRoute("competence: certificate", in: .competence, open + [.backTab, .backTab]),
            ScreenRoute("competence: progress", in: .competence, open + [.backTab]),
            ScreenRoute("competence: certificate, whole kommun", in: .competence, open + [.backTab, .backTab, .char("k")]),
            ScreenRoute("competence: new title form", in: .competence, open + [.tab, .tab, .tab, .tab, .char("n")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: rename title form", in: .competence, open + [.tab, .tab, .tab, .tab, .char("r")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: mapping form", in: .competence, open + [.char("m")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: grid step cells", in: .competence, open + [.right, .right, .right, .right]),
            ScreenRoute("competence: undo step dialog", in: .competence, open + [.right, .right, .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: new plan form", in: .competence, open + [.tab, .tab, .char("n")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: edit plan form", in: .competence, open + [.tab, .tab, .char("e")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: remove plan dialog", in: .competence, open + [.tab, .tab, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: ladder step form", in: .competence, open + [.tab, .tab, .tab, .tab, .tab, .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: help overlay", in: .competence, open + [.char("?")], isShowing: ScreenRoute.help),
        ]
    }()

    /// Rapport: the month's staff figures, the kommun list, the report's form (HTML and PDF),
    /// the question before a file is replaced, the threshold form, and the form for a unit's
    /// staff figures (with a problem at a field, and its discard question).
    static let report: [ScreenRoute] = {
        let open: [Key] = []
        return [
            ScreenRoute("rapport: month", in: .report, open),
            ScreenRoute("rapport: kommun picker", in: .report, open + [.char("v")]),
            ScreenRoute("rapport: write form", in: .report, open + [.char("s")], isShowing: ScreenRoute.editing),
            ScreenRoute("rapport: write form as PDF", in: .report, open + [.char("s"), .up, .right], isShowing: ScreenRoute.editing),
            ScreenRoute("rapport: overwrite question", in: .report, open + [.char("s"), .enter, .char("s"), .enter],
                        isShowing: ScreenRoute.editing),
            ScreenRoute("rapport: threshold form", in: .report, open + [.char("t")], isShowing: ScreenRoute.editing),
            ScreenRoute("rapport: staff figures form", in: .report, open + [.enter], isShowing: ScreenRoute.editing),
            ScreenRoute("rapport: staff figures form with a problem", in: .report, open + [.enter, .down, .char("9"), .enter],
                        isShowing: ScreenRoute.editing),
            ScreenRoute("rapport: staff figures discard question", in: .report, open + [.enter, .char("1"), .escape],
                        isShowing: ScreenRoute.editing),
            ScreenRoute("rapport: help overlay", in: .report, open + [.char("?")], isShowing: ScreenRoute.help),
        ]
    }()
}
