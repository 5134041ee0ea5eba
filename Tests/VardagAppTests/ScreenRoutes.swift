import TerminalKit

/// Every screen of the app, by the keys that reach it from the main menu.
///
/// The monkey test and the hostile-text test both walk this list: a new screen (or a
/// new form in one) is covered by both once it has a line here.
enum ScreenRoutes {
    static let all: [ScreenRoute] = mainMenu + register + tools

    static let mainMenu: [ScreenRoute] = [
        ScreenRoute("main menu", []),
        ScreenRoute("main menu: help overlay", [.char("?")], isShowing: ScreenRoute.help),
    ]

    static let register: [ScreenRoute] = [
        ScreenRoute("register: staff", [.char("5")]),
        ScreenRoute("register: kommuner", [.char("5"), .tab]),
        ScreenRoute("register: enheter", [.char("5"), .tab, .tab]),
        ScreenRoute("register: teams", [.char("5"), .tab, .tab, .tab]),
        ScreenRoute("register: add staff form", [.char("5"), .char("a")], isShowing: ScreenRoute.editing),
        ScreenRoute("register: edit staff form", [.char("5"), .enter], isShowing: ScreenRoute.editing),
        ScreenRoute("register: add kommun form", [.char("5"), .tab, .char("a")], isShowing: ScreenRoute.editing),
        ScreenRoute("register: edit enhet form", [.char("5"), .tab, .tab, .enter], isShowing: ScreenRoute.editing),
        ScreenRoute("register: edit team form", [.char("5"), .tab, .tab, .tab, .enter], isShowing: ScreenRoute.editing),
        ScreenRoute("register: deactivate dialog", [.char("5"), .char("d")], isShowing: ScreenRoute.editing),
        ScreenRoute("register: discard changes question", [.char("5"), .char("a"), .char("x"), .escape],
                    isShowing: ScreenRoute.editing),
        ScreenRoute("register: search", [.char("5"), .char("/")], isShowing: ScreenRoute.editing),
        ScreenRoute("register: help overlay", [.char("5"), .char("?")], isShowing: ScreenRoute.help),
    ]

    /// Every tool's screens.
    static let tools: [ScreenRoute] = workload + dialogue + shadowing + competence

    /// Fyrfältaren: teams, overview, grid with its forms, waiting list, time diary, settings.
    static let workload: [ScreenRoute] = {
        let open: [Key] = [.char("1")]
        let grid = open + [.enter, .enter]
        return [
            ScreenRoute("workload: teams", open),
            ScreenRoute("workload: settings form", open + [.char("i")], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: overview", open + [.enter]),
            ScreenRoute("workload: waiting list", open + [.char("v")]),
            ScreenRoute("workload: time diary", open + [.char("d")]),
            ScreenRoute("workload: time diary minutes", open + [.char("d"), .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: grid", grid),
            ScreenRoute("workload: add case form", grid + [.char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: edit case form", grid + [.enter], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: decision form", grid + [.char("b")], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: history", grid + [.char("h")]),
            ScreenRoute("workload: remove case dialog", grid + [.char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("workload: grid from waiting list", open + [.char("v"), .enter]),
            ScreenRoute("workload: help overlay", grid + [.char("?")], isShowing: ScreenRoute.help),
        ]
    }()

    /// Delaktighetsmodellen: five tabs, a loop with four tabs, a guide, their forms.
    static let dialogue: [ScreenRoute] = {
        let open: [Key] = [.char("2")]
        // The demo's third loop is at its follow-up (meetings, actions held); the
        // second has an open relay question.
        let loop = open + [.down, .down, .enter]
        let loopWithQuestion = open + [.down, .enter]
        // The fifth loop is at its gemensam träff; its second question (personal → brukare)
        // is open and brukarträff 2, where brukare answer, is held.
        let loopWithAnswerableQuestion = open + [.down, .down, .down, .down, .enter]
        return [
            ScreenRoute("dialogue: loops", open),
            ScreenRoute("dialogue: guides", open + [.tab]),
            ScreenRoute("dialogue: exchanges", open + [.tab, .tab]),
            ScreenRoute("dialogue: targets", open + [.tab, .tab, .tab]),
            ScreenRoute("dialogue: report", open + [.tab, .tab, .tab, .tab]),
            ScreenRoute("dialogue: new loop form", open + [.char("n")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: target form", open + [.tab, .tab, .tab, .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: guide", open + [.tab, .enter]),
            ScreenRoute("dialogue: new loop's meetings", open + [.enter]),
            ScreenRoute("dialogue: loop meetings", loop),
            ScreenRoute("dialogue: loop questions", loop + [.tab]),
            ScreenRoute("dialogue: loop actions", loop + [.tab, .tab]),
            ScreenRoute("dialogue: loop theme", loop + [.tab, .tab, .tab]),
            ScreenRoute("dialogue: meeting form", loop + [.char("m")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: question form", loopWithQuestion + [.char("f")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: answer form", loopWithAnswerableQuestion + [.tab, .down, .char("s")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: edit answer form", loop + [.tab, .char("e")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: remove answer dialog", loop + [.tab, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: edit meeting form", loop + [.up, .char("e")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: remove meeting dialog", loopWithQuestion + [.up, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: edit action form", loop + [.tab, .tab, .char("e")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: remove action dialog", loop + [.tab, .tab, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: action form", loop + [.tab, .tab, .char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: theme form", loop + [.tab, .tab, .tab, .char("t")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: staff chooser", loop + [.tab, .tab, .tab, .char("p")], isShowing: ScreenRoute.editing),
            ScreenRoute("dialogue: help overlay", loop + [.char("?")], isShowing: ScreenRoute.help),
        ]
    }()

    /// Skuggning: six tabs and their forms.
    static let shadowing: [ScreenRoute] = {
        let open: [Key] = [.char("3")]
        return [
            ScreenRoute("shadowing: day", open),
            ScreenRoute("shadowing: hypotheses", open + [.tab]),
            ScreenRoute("shadowing: path", open + [.tab, .tab]),
            ScreenRoute("shadowing: analysis", open + [.tab, .tab, .tab]),
            ScreenRoute("shadowing: catalogue", open + [.tab, .tab, .tab, .tab]),
            ScreenRoute("shadowing: team", open + [.tab, .tab, .tab, .tab, .tab]),
            ScreenRoute("shadowing: day entry form", open + [.enter], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: hypothesis form", open + [.tab, .char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: day entry discard question", open + [.enter, .char("t"), .enter, .escape],
                        isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: edit hypothesis form", open + [.tab, .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: participant form", open + [.tab, .tab, .char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: step date form", open + [.tab, .tab, .char("e")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: take back step dialog", open + [.tab, .tab, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: remove hypothesis dialog", open + [.tab, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: task form", open + [.tab, .tab, .tab, .tab, .char("a")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: team form", open + [.tab, .tab, .tab, .tab, .tab, .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: new team form", open + [.char("N")], isShowing: ScreenRoute.editing),
            ScreenRoute("shadowing: help overlay", open + [.char("?")], isShowing: ScreenRoute.help),
        ]
    }()

    /// Kompetenstrappa: six tabs and their forms.
    static let competence: [ScreenRoute] = {
        let open: [Key] = [.char("4")]
        return [
            ScreenRoute("competence: grid", open),
            ScreenRoute("competence: gaps", open + [.tab]),
            ScreenRoute("competence: plan", open + [.tab, .tab]),
            ScreenRoute("competence: comparison", open + [.tab, .tab, .tab]),
            ScreenRoute("competence: kommun picker", open + [.tab, .tab, .tab, .char("v")]),
            ScreenRoute("competence: threshold question", open + [.tab, .tab, .tab, .char("+")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: titles", open + [.tab, .tab, .tab, .tab]),
            ScreenRoute("competence: ladders", open + [.tab, .tab, .tab, .tab, .tab]),
            ScreenRoute("competence: mapping form", open + [.char("m")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: grid step cells", open + [.right, .right, .right, .right]),
            ScreenRoute("competence: undo step dialog", open + [.right, .right, .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: new plan form", open + [.tab, .tab, .char("n")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: edit plan form", open + [.tab, .tab, .char("e")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: remove plan dialog", open + [.tab, .tab, .char("x")], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: ladder step form", open + [.tab, .tab, .tab, .tab, .tab, .enter], isShowing: ScreenRoute.editing),
            ScreenRoute("competence: help overlay", open + [.char("?")], isShowing: ScreenRoute.help),
        ]
    }()
}
