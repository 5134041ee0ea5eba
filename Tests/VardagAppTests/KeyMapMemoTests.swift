import TerminalKit
import TestSupport
import VardagDomain
import VardagStore
import XCTest
@testable import VardagApp

/// The app builds a screen's key map once per state of the screen: the key's lookup
/// uses the map the last frame's hint bar was made from, and only a change builds anew.
final class KeyMapMemoTests: XCTestCase {
    /// Counts how often the screen below is asked for its key map.
    final class Builds: @unchecked Sendable { var count = 0 }

    /// A screen whose `x` counts up or down, by a mode that `m` switches: its key map
    /// and hint bar differ by state.
    struct CountingScreen: Screen {
        enum Message: Sendable { case up, down, switchMode, nothing }
        let builds: Builds
        var countingDown = false
        var value = 0

        func title(_ context: AppContext) -> String { "Räknare" }

        func keyMap(_ context: AppContext) -> KeyMap<Message> {
            builds.count += 1
            return KeyMap(title: "Räknare", [
                countingDown ? KeyBinding([.char("x")], "räkna ned", .down, hint: true)
                             : KeyBinding([.char("x")], "räkna upp", .up, hint: true),
                KeyBinding([.char("m")], "byt läge", .switchMode, hint: true),
                KeyBinding([.char("n")], "inget", .nothing),
            ])
        }

        mutating func update(_ message: Message, context: AppContext) -> Effect {
            switch message {
            case .up: value += 1
            case .down: value -= 1
            case .switchMode: countingDown.toggle()
            case .nothing: break
            }
            return .none
        }

        func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
            buffer.put("värde \(value)", x: area.x, y: area.y)
        }
    }

    private var database: TemporaryDatabase!
    private var store: AppDatabase!

    override func setUpWithError() throws {
        database = try TemporaryDatabase()
        store = try database.open()
    }

    override func tearDownWithError() throws {
        try store?.close()
        database?.remove()
    }

    private func runner(_ builds: Builds) throws -> (AppRunner, InMemoryTerminal) {
        let context = AppContext(store: store, strings: try Strings.load(.sv), theme: .color, user: "testare",
                                 databasePath: "/tmp/vardag.sqlite", today: try LocalDate(year: 2026, month: 11, day: 23))
        let terminal = InMemoryTerminal(width: 80, height: 24)
        return (AppRunner(model: AppModel(context: context, root: CountingScreen(builds: builds)), terminal: terminal), terminal)
    }

    func testEachStateBuildsItsKeyMapOnce() throws {
        let builds = Builds()
        let (runner, _) = try runner(builds)
        runner.drawFrame()
        XCTAssertEqual(builds.count, 1, "the first frame's hint bar")
        for _ in 0..<10 { runner.step(.key(.char("x"))) }
        // Each key finds its message in the map the frame before it was drawn from; the
        // frame after it builds the new state's map. Before: two builds a key.
        XCTAssertEqual(builds.count, 11)
        for _ in 0..<5 { runner.drawFrame() }
        XCTAssertEqual(builds.count, 11, "frames of an unchanged state build nothing")
        runner.step(.key(.char("?")))
        XCTAssertEqual(builds.count, 11, "the help overlay uses the same map")
    }

    func testAChangedStateAnswersWithItsOwnKeys() throws {
        let builds = Builds()
        let (runner, terminal) = try runner(builds)
        runner.drawFrame()
        runner.step(.key(.char("x")))
        runner.step(.key(.char("x")))
        XCTAssertEqual(terminal.lines[1], "värde 2")
        XCTAssertTrue(terminal.lines[22].contains("x räkna upp"), terminal.lines[22])
        runner.step(.key(.char("m")))
        XCTAssertTrue(terminal.lines[22].contains("x räkna ned"), terminal.lines[22])
        runner.step(.key(.char("x")))
        runner.step(.key(.char("x")))
        runner.step(.key(.char("x")))
        XCTAssertEqual(terminal.lines[1], "värde -1")
        // A key handled without a frame in between still uses the state it arrives in.
        runner.step(.key(.char("m")), draws: false)
        runner.step(.key(.char("x")), draws: false)
        runner.drawFrame()
        XCTAssertEqual(terminal.lines[1], "värde 0")
        XCTAssertTrue(terminal.lines[22].contains("x räkna upp"), terminal.lines[22])
    }

    func testAResizeKeepsTheMapButAnUnchangedSizeIsNoChange() throws {
        let builds = Builds()
        let (runner, terminal) = try runner(builds)
        runner.drawFrame()
        runner.step(.key(.char("n")))
        let afterKey = builds.count
        runner.step(.key(.char("å")))
        XCTAssertEqual(builds.count, afterKey, "a key the screen has no binding for changes nothing")
        terminal.resize(width: 100, height: 30)
        _ = runner.runUntilIdle()
        XCTAssertEqual(terminal.lines[1], "värde 0")
        XCTAssertTrue(terminal.lines[28].contains("x räkna upp"), terminal.lines[28])
        // The new size is a new context, and the screen fits itself to it: new maps;
        // drawing at that size again is no change.
        let afterResize = builds.count
        XCTAssertGreaterThan(afterResize, afterKey)
        runner.drawFrame()
        XCTAssertEqual(builds.count, afterResize)
    }
}
