import TerminalKit
import TestSupport
import XCTest

/// Hint bar, status bar, tab bar and menu.
final class BarsAndMenuTests: XCTestCase {
    func testHintBarDrawsOnlyWholeHintsWithKeysHighlighted() {
        let bar = HintBar(hints: [("q", "Avsluta"), ("?", "Hjälp"), ("Enter", "Öppna")])
        let narrow = renderBuffer(width: 20, height: 1) { bar.render(into: &$0, area: $0.area) }
        assertLines(narrow.lines, ["q Avsluta  ? Hjälp"])
        XCTAssertTrue(narrow[0, 0].style.bold)
        XCTAssertFalse(narrow[2, 0].style.bold)
        XCTAssertTrue(narrow[11, 0].style.bold)

        let wide = renderBuffer(width: 40, height: 1) { bar.render(into: &$0, area: $0.area) }
        assertLines(wide.lines, ["q Avsluta  ? Hjälp  Enter Öppna"])
    }

    func testHintBarFromKeyMapShowsMarkedBindings() {
        let map = KeyMap<Int>(title: "", [
            KeyBinding([.char("q")], "Avsluta", 0, hint: true),
            KeyBinding([.char("x")], "Dold", 1),
            KeyBinding([.function(1)], "Hjälp", 2, hint: true),
        ])
        let buffer = renderBuffer(width: 30, height: 1) { HintBar(map).render(into: &$0, area: $0.area) }
        assertLines(buffer.lines, ["q Avsluta  F1 Hjälp"])
    }

    func testStatusBarCutsTheMiddleFirst() {
        let bar = StatusBar(left: "/home/anna/.local/share/vardag/demo.sqlite", right: "anna")
        let buffer = renderBuffer(width: 30, height: 1) { bar.render(into: &$0, area: $0.area) }
        assertLines(buffer.lines, ["/home/anna/.…/demo.sqlite anna"])
        assertStyle(buffer, row: 0, columns: 0..<30, "reversed") { $0.reverse }

        let roomy = renderBuffer(width: 12, height: 1) { StatusBar(left: "db", right: "anna").render(into: &$0, area: $0.area) }
        assertLines(roomy.lines, ["db      anna"])

        let tiny = renderBuffer(width: 12, height: 1) {
            StatusBar(left: "demo.sqlite", right: "Anna Andersson").render(into: &$0, area: $0.area)
        }
        assertLines(tiny.lines, ["demo…ite An…"], "the right text is cut only after the left has shrunk")
    }

    func testTabBarHighlightsTheSelectedTabAndKeepsItVisible() {
        let titles = ["Översikt", "Ärenden", "Statistik"]
        let buffer = renderBuffer(width: 40, height: 1) { TabBar(titles: titles, selected: 1).render(into: &$0, area: $0.area) }
        assertLines(buffer.lines, [" Översikt │ Ärenden │ Statistik"])
        assertStyle(buffer, row: 0, columns: 11..<20, "reversed") { $0.reverse }
        XCTAssertFalse(buffer[10, 0].style.reverse)

        let narrow = renderBuffer(width: 24, height: 1) { TabBar(titles: titles, selected: 2).render(into: &$0, area: $0.area) }
        assertLines(narrow.lines, [" Ärenden │ Statistik"])
        XCTAssertEqual(TabBar.step(2, by: 1, count: 3), 0)
        XCTAssertEqual(TabBar.step(0, by: -1, count: 3), 2)
    }

    private let menu = Menu(items: [
        MenuItem(shortcut: "1", title: "Fyrfältaren", description: "Arbetsbelastning per vecka"),
        MenuItem(shortcut: "2", title: "Dialog"),
        MenuItem(shortcut: "3", title: "Register", description: "Personer och ärenden"),
    ])

    func testMenuShowsNumberedItemsWithDescriptions() {
        let buffer = renderBuffer(width: 40, height: 6) { menu.render(into: &$0, area: $0.area, state: ListState(), focused: true) }
        assertLines(buffer.lines, [
            "> 1 Fyrfältaren",
            "    Arbetsbelastning per vecka",
            "  2 Dialog",
            "  3 Register",
            "    Personer och ärenden",
            "",
        ])
        assertStyle(buffer, row: 0, columns: 0..<40, "reversed") { $0.reverse }
        XCTAssertTrue(buffer[4, 1].style.dim)
        XCTAssertEqual(buffer.cursor, Point(x: 0, y: 0))
    }

    func testMenuKeysAndScrolling() {
        var state = ListState()
        XCTAssertEqual(menu.handle(.down, state: &state), .moved)
        XCTAssertEqual(state.selected, 1)
        XCTAssertEqual(menu.handle(.enter, state: &state), .chosen(1))
        XCTAssertEqual(menu.handle(.char("3"), state: &state), .chosen(2))
        XCTAssertEqual(state.selected, 2)
        XCTAssertEqual(menu.handle(.char("x"), state: &state), .ignored)
        XCTAssertEqual(menu.handle(.down, state: &state), .moved)
        XCTAssertEqual(state.selected, 2, "stays on the last item")

        let buffer = renderBuffer(width: 30, height: 3) { menu.render(into: &$0, area: $0.area, state: state) }
        assertLines(buffer.lines, ["  2 Dialog", "> 3 Register", "    Personer och ärenden"])

        var disabled = menu
        disabled.items[1].isEnabled = false
        XCTAssertEqual(disabled.handle(.char("2"), state: &state), .moved, "a disabled item cannot be chosen")
    }
}
