import TerminalKit
import XCTest
@testable import VardagApp

/// The key map alone decides what a key does: on every screen of `ScreenRoutes` (not
/// while a form, dialog or search takes typing), every key of the screen's map makes
/// the message its binding makes, and a key outside the map changes nothing: not the
/// screen, not the status line, not the database.
final class KeyMapWalkTests: XCTestCase {
    /// Keys a person might press that are not global (`q`, `?`, F1 and Esc are the app's).
    static let candidateKeys: [Key] = {
        let printable = (0x20...0x7e).compactMap { UnicodeScalar($0).map { Key.char(Character($0)) } }
        let named: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .tab, .backTab,
                            .backspace, .delete, .insert] + (2...12).map { Key.function($0) }
        return (printable + "åäöÅÄÖé".map { Key.char($0) } + named)
            .filter { ![.char("q"), .char("?"), .function(1), .escape].contains($0) }
    }()

    func testMainMenu() throws { try walkRoutes(ScreenRoutes.mainMenu) }
    func testRegister() throws { try walkRoutes(ScreenRoutes.register) }

    func testFyrfaltaren() throws { try walkRoutes(ScreenRoutes.workload) }
    func testSkuggning() throws { try walkRoutes(ScreenRoutes.shadowing) }

    func testKompetenstrappa() throws { try walkRoutes(ScreenRoutes.competence) }

    func testDelaktighetsmodellen() throws { try walkRoutes(ScreenRoutes.dialogue) }

    /// Walks every route that ends on a screen (not in a form or dialog) on the demo data.
    func walkRoutes(_ routes: [ScreenRoute], file: StaticString = #filePath, line: UInt = #line) throws {
        let app = try AppDriver(seed: AppDriver.demo)
        var problems: [String] = []
        for route in routes where route.isShowing == nil {
            _ = app.enter(route)
            var model = app.model
            // A box that any key closes (a history, say) takes typing like a form.
            guard !model.top.isEditingText else { continue }
            // A key clears the status line; the walk compares what the key itself did.
            model.clearStatus()
            problems += Self.walk(model.top, route: route.name, context: model.context)
            let changesBefore = try app.store.auditCount()
            for key in Self.candidateKeys where !Self.bound(model.top, key, context: model.context) {
                var copy = model
                _ = copy.handle(.key(key))
                if let change = Self.difference(model, copy) {
                    problems.append("\(route): \(key.label) is not in the key map but changed \(change)")
                }
            }
            if try app.store.auditCount() != changesBefore {
                problems.append("\(route): a key outside the key map wrote to the database")
            }
        }
        XCTAssertEqual(problems, [], file: file, line: line)
    }

    /// Whether the screen's key map binds the key.
    static func bound<S: Screen>(_ screen: S, _ key: Key, context: AppContext) -> Bool {
        screen.keyMap(context).keys.contains(key)
    }

    /// Checks that each key of the map reaches the screen as the message its binding makes.
    static func walk<S: Screen>(_ screen: S, route: String, context: AppContext) -> [String] {
        let map = screen.keyMap(context)
        var problems: [String] = []
        for binding in map.bindings {
            for key in binding.keys {
                // The first binding that holds a key is the one that answers it.
                guard map.bindings.first(where: { $0.keys.contains(key) })?.keys == binding.keys else { continue }
                let expected = String(describing: binding.make(key))
                guard let message = screen.message(for: .key(key), context: context) else {
                    problems.append("\(route): \(key.label) (\(binding.help)) makes no message")
                    continue
                }
                if String(describing: message) != expected {
                    problems.append("\(route): \(key.label) makes \(message), its binding says \(expected)")
                }
            }
        }
        return problems
    }

    /// What differs between two models after a key: what is drawn (screen, hint bar,
    /// status line), the open screens, or whether the app wants to end.
    static func difference(_ before: AppModel, _ after: AppModel) -> String? {
        if before.breadcrumb != after.breadcrumb { return "the open screens" }
        if before.wantsQuit != after.wantsQuit { return "whether the app ends" }
        if before.isShowingHelp != after.isShowingHelp { return "the help overlay" }
        var a = Buffer(size: Size(width: 80, height: 24)), b = Buffer(size: Size(width: 80, height: 24))
        before.render(into: &a)
        after.render(into: &b)
        for y in 0..<24 where a.line(y) != b.line(y) {
            return "row \(y): “\(a.line(y))” → “\(b.line(y))”"
        }
        return a.cursor == b.cursor ? nil : "the cursor"
    }
}
