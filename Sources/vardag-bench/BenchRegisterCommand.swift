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
/// Everything runs on generated databases in a temporary folder (and, with `--server`, on
/// copies of them in databases of its own on that server, beside `psql`); the user's own
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

    @OptionGroup var backends: BenchServerOptions

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let strings = try Strings.load(.sv)

        print("Vardag bench (\(VardagVersion.string)), \(ProcessInfo.processInfo.activeProcessorCount) kärnor")

        // The demo database and the large register, generated into SQLite and copied to the server.
        let demoPath = folder.appendingPathComponent("demo.sqlite").path
        let demoStore = try AppDatabase.open(path: demoPath, user: "bench")
        _ = try DemoData.populate(demoStore)
        try demoStore.close()
        let largePath = folder.appendingPathComponent("large.sqlite").path
        let largeStore = try AppDatabase.open(path: largePath, user: "bench")
        _ = try DemoData.populateLarge(largeStore, staff: staff)
        try largeStore.close()
        let demos = [BenchBackend.sqlite(path: demoPath, options: backends)]
            + [BenchBackend.serverCopy(of: demoPath, options: backends, purpose: "demo")].compactMap { $0 }
        let larges = [BenchBackend.sqlite(path: largePath, options: backends)]
            + [BenchBackend.serverCopy(of: largePath, options: backends, purpose: "large")].compactMap { $0 }

        // 1. Time to first frame on the demo database: open (connect) + migration check + load + draw,
        //    beside a new sqlite3 or psql process running the main menu's counts.
        for backend in demos {
            try firstFrame(backend)
        }

        // 2. Key to frame on the register's staff list with many staff, beside the tool
        //    fetching one window of the list (what a key that scrolls past the window reads).
        var sqliteContext: AppContext?
        for backend in larges {
            let context = try keyToFrame(backend, strings: strings)
            if sqliteContext == nil { sqliteContext = context } else { try context.store.close() }
        }
        guard let context = sqliteContext else { return }

        // 3. Bytes for one cursor move versus a full redraw, at 80x24: a move within
        //    the page, and a move past its last row (the list scrolls by a row). The same
        //    on both backends (the frames are the same), so measured on SQLite.
        let terminal = InMemoryTerminal(width: 80, height: 24)
        let runner = AppRunner(model: AppModel(context: context, root: MainMenuScreen()), terminal: terminal)
        runner.drawFrame()
        runner.step(.key(.char("5")))  // Register, staff list.
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
        try context.store.close()
    }

    /// Times the first frame seven times on a backend and prints it beside its tool.
    private func firstFrame(_ backend: BenchBackend) throws {
        var times: [Double] = []
        for _ in 0..<7 {
            let start = DispatchTime.now().uptimeNanoseconds
            let store = try backend.open()
            let context = AppContext(
                store: store, strings: try Strings.load(.sv), theme: .color, user: "bench",
                databasePath: store.location, today: LocalDate.today())
            let terminal = InMemoryTerminal(width: 80, height: 24)
            AppRunner(model: AppModel(context: context, root: MainMenuScreen()), terminal: terminal).drawFrame()
            times.append(BenchStatistics.milliseconds(since: start))
            try store.close()
        }
        let floor = try backend.tool.processTimes(AppDatabase.countsSQL, runs: 7)
        let target = backend.serverDatabase == nil ? "mål < 100 ms" : "mål < 150 ms över Unix-uttaget"
        BenchComparison(label: "Första bild (demodatabas, 80x24)", backend: backend.name, ours: times,
                        tool: "\(backend.tool.name) (ny process, menyns räkning)", floor: floor, target: target).print()
    }

    /// Times `keys` keys in the staff list on a backend and prints them beside its tool.
    /// - Returns: the context, its store still open.
    private func keyToFrame(_ backend: BenchBackend, strings: Strings) throws -> AppContext {
        let store = try backend.open()
        let context = AppContext(
            store: store, strings: strings, theme: .color, user: "bench",
            databasePath: store.location, today: LocalDate.today())
        let terminal = InMemoryTerminal(width: 80, height: 24)
        let runner = AppRunner(model: AppModel(context: context, root: MainMenuScreen()), terminal: terminal)
        runner.drawFrame()
        runner.step(.key(.char("5")))  // Register, staff list.
        let pattern: [Key] = Array(repeating: .down, count: 40) + [.pageDown, .pageDown, .up, .end, .home, .pageDown]
        let samples = (0..<keys).map { i in BenchSample.measure { runner.step(.key(pattern[i % pattern.count])) } }
        let timings = samples.map(\.wall)
        // One window of the list from its middle, as the list fetches it.
        let ids = try store.staffIDs()
        let window = Array(ids.dropFirst(ids.count / 2).prefix(22))
        var sql = AppDatabase.staffPageSQL(count: window.count)
        for id in window { sql = sql.replacingOccurrences(of: "?", with: String(id), options: [], range: sql.range(of: "?")) }
        let floor = try backend.tool.sessionTimes(sql, runs: 50)
        BenchComparison(label: "Tangent till bild, registerlistan med \(staff) medarbetare (\(keys) tangenter)",
                        backend: backend.name, ours: timings,
                        tool: "\(backend.tool.name) (ett fönster om \(window.count) rader)", floor: floor, target: "mål < 2 ms").print()
        print(String(format: "  p99 utan väntan på CPU %.3f ms; sämst: ", BenchStatistics.percentile(samples.map(\.own), 0.99))
              + BenchSample.slowest(samples).joined(separator: "; "))
        // The same keys through ncurses on a pty: what the real app costs and sends per key.
        do {
            let real = try BenchPseudoTerminal.keyToFrame(
                model: { AppModel(context: context, root: MainMenuScreen()) }, prelude: [.char("5")],
                keys: (0..<keys).map { pattern[$0 % pattern.count] })
            print("  genom ncurses (pty, xterm-256color, 80x24), \(backend.name): \(real.summary) (mål p99 < 2 ms, 1 write per bild)")
            print("    sämst: " + BenchSample.slowest(real.samples).joined(separator: "; "))
        } catch {
            print("  genom ncurses: hoppas över (\(error))")
        }
        return context
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
