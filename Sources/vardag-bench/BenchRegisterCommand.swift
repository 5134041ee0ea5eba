import ArgumentParser
import Foundation
import Glibc
import TerminalKit
import TerminalKitCurses
import VardagApp
import VardagCommandLine
import VardagDemo
import VardagDomain
import VardagStore

/// `vardag-bench register`: measures start-up, key handling and output size, and prints the figures.
///
/// Everything runs on generated databases in a temporary folder; the user's own
/// database is never touched. Screens are drawn into the in-memory terminal, which
/// counts the bytes an ANSI terminal would be sent; when standard output is a real
/// terminal, the same cursor move is also measured through ncurses.
struct BenchRegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: HelpText.text("Första bild, tangent-till-bild i registerlistan och skickade byte.", en: "First frame, key to frame in the register list, and bytes sent."))

    @Option(name: .long, help: HelpText.help("Antal medarbetare i registerlistans mätning.", en: "Number of staff in the register list measurement."))
    var staff = 10_000

    @Option(name: .long, help: HelpText.help("Antal tangenttryck i registerlistans mätning.", en: "Number of key presses in the register list measurement."))
    var keys = 2_000

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let strings = try Strings.load(.sv)

        print("Vardag bench (\(VardagVersion.string)), \(ProcessInfo.processInfo.activeProcessorCount) kärnor")

        // 1. Time to first frame on the demo database: open + migrate check + load + draw.
        let demoPath = folder.appendingPathComponent("demo.sqlite").path
        _ = try DemoData.populate(try AppDatabase.open(path: demoPath, user: "bench"))
        var firstFrame: [Double] = []
        for _ in 0..<7 {
            let start = DispatchTime.now().uptimeNanoseconds
            let store = try AppDatabase.open(path: demoPath, user: "bench")
            let context = AppContext(
                store: store, strings: try Strings.load(.sv), theme: .color, user: "bench",
                databasePath: demoPath, today: LocalDate.today())
            let terminal = InMemoryTerminal(width: 80, height: 24)
            AppRunner(model: AppModel(context: context, root: MainMenuScreen()), terminal: terminal).drawFrame()
            firstFrame.append(BenchStatistics.milliseconds(since: start))
            try store.close()
        }
        print(String(format: "Första bild (demodatabas, 80x24): median %.2f ms, bäst %.2f ms, sämst %.2f ms (mål < 100 ms)",
                     BenchStatistics.median(firstFrame), firstFrame.min()!, firstFrame.max()!))

        // 2. Key to frame on the register's staff list with many staff.
        let largePath = folder.appendingPathComponent("large.sqlite").path
        let largeStore = try AppDatabase.open(path: largePath, user: "bench")
        _ = try DemoData.populateLarge(largeStore, staff: staff)
        let context = AppContext(
            store: largeStore, strings: strings, theme: .color, user: "bench",
            databasePath: largePath, today: LocalDate.today())
        let terminal = InMemoryTerminal(width: 80, height: 24)
        let runner = AppRunner(model: AppModel(context: context, root: MainMenuScreen()), terminal: terminal)
        runner.drawFrame()
        runner.step(.key(.char("5")))  // Register, staff list.
        var timings: [Double] = []
        let pattern: [Key] = Array(repeating: .down, count: 40) + [.pageDown, .pageDown, .up, .end, .home, .pageDown]
        for i in 0..<keys {
            let key = pattern[i % pattern.count]
            let start = DispatchTime.now().uptimeNanoseconds
            runner.step(.key(key))
            timings.append(BenchStatistics.milliseconds(since: start))
        }
        let mean = timings.reduce(0, +) / Double(timings.count)
        print(String(format: "Tangent till bild, registerlistan med %d medarbetare (%d tangenter): medel %.3f ms, p99 %.3f ms, sämst %.3f ms (mål < 2 ms)",
                     staff, keys, mean, BenchStatistics.percentile(timings, 0.99), timings.max()!))

        // 3. Bytes for one cursor move versus a full redraw, at 80x24: a move within
        //    the page, and a move past its last row (the list scrolls by a row).
        runner.step(.key(.home))
        terminal.resetCounters()
        runner.step(.key(.down))
        let moveBytes = terminal.bytesWritten
        for _ in 0..<14 { runner.step(.key(.down)) }
        terminal.resetCounters()
        runner.step(.key(.down))
        let scrollBytes = terminal.bytesWritten
        terminal.resetCounters()
        runner.renderer.invalidate()
        runner.drawFrame()
        let fullBytes = terminal.bytesWritten
        print(String(format: "Byte till terminalen (ANSI-modell, 80x24): markörflytt %d (%.1f %% av hel omritning, mål < 10 %%), rullning en rad %d (%.1f %%), hel omritning %d",
                     moveBytes, 100 * Double(moveBytes) / Double(max(1, fullBytes)),
                     scrollBytes, 100 * Double(scrollBytes) / Double(max(1, fullBytes)), fullBytes))
        if isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1 {
            if let (move, full) = try? Self.cursesBytes(context: context) {
                print(String(format: "Byte till terminalen (ncurses, %@): markörflytt %d, hel omritning %d, kvot %.1f %%",
                             ProcessInfo.processInfo.environment["TERM"] ?? "?", move, full, 100 * Double(move) / Double(max(1, full))))
            }
        } else {
            print("Byte genom ncurses: hoppas över (standard in/ut är ingen terminal).")
        }
        try largeStore.close()
    }

    /// The bytes ncurses really sends for one cursor move and for a full redraw.
    private static func cursesBytes(context: AppContext) throws -> (Int, Int) {
        try CursesTerminal.withTerminal { terminal in
            let runner = AppRunner(model: AppModel(context: context, root: MainMenuScreen()), terminal: terminal)
            runner.drawFrame()
            runner.step(.key(.char("5")))
            let before = terminal.bytesWritten
            runner.step(.key(.down))
            let move = terminal.bytesWritten - before
            let beforeFull = terminal.bytesWritten
            runner.renderer.invalidate()
            runner.drawFrame()
            return (move, terminal.bytesWritten - beforeFull)
        }
    }
}
