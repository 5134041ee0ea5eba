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
        ScreenRoute("register: search", [.char("5"), .char("/")], isShowing: ScreenRoute.editing),
        ScreenRoute("register: help overlay", [.char("5"), .char("?")], isShowing: ScreenRoute.help),
    ]

    /// The four tools' screens (menu items 1-4).
    static let tools: [ScreenRoute] = [
        ScreenRoute("menu item 1", [.char("1")]),
        ScreenRoute("menu item 2", [.char("2")]),
        ScreenRoute("menu item 3", [.char("3")]),
        ScreenRoute("menu item 4", [.char("4")]),
    ]
}
