import ArgumentParser
import Foundation
import Glibc
import TerminalKit
import VardagApp
import VardagCommandLine
import VardagDemo
import VardagDomain
import VardagStore

/// `vardag-bench dialogue`: the per-kommun yearly report and opening a loop screen on a
/// generated region (50 kommuner, 2,000 slingor over five years, 20,000 relay questions),
/// query and render, and prints the figures.
struct BenchDialogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dialogue",
        abstract: HelpText.text("Årsrapport per kommun och öppna en slinga: fråga + ritning på en stor genererad region.", en: "Yearly report per kommun and opening a loop: query + drawing on a large generated region."))

    @Option(name: .long, help: HelpText.help("Antal kommuner.", en: "Number of kommuner."))
    var kommuner = 50

    @Option(name: .long, help: HelpText.help("Antal slingor (över fem år).", en: "Number of loops (over five years)."))
    var loops = 2_000

    @Option(name: .long, help: HelpText.help("Stafettfrågor per slinga.", en: "Relay questions per loop."))
    var questionsPerLoop = 10

    @Option(name: .long, help: HelpText.help("Antal mätningar per mått.", en: "Number of runs per measure."))
    var rounds = 200

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vardag-bench-dialogue-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("dialogue.sqlite").path
        let store = try AppDatabase.open(path: path, user: "bench")
        let today = LocalDate.today()
        print("Vardag bench dialogue (\(VardagVersion.string)), \(ProcessInfo.processInfo.activeProcessorCount) kärnor")

        let generationStart = DispatchTime.now().uptimeNanoseconds
        let summary = try DialogueBenchData.populate(store, kommuner: kommuner, loops: loops,
                                                     questionsPerLoop: questionsPerLoop, lastYear: today.year)
        print(String(format: "Genererat på %.0f ms: %d kommuner, %d enheter, %d slingor (%d–%d), %d träffar, %d stafettfrågor, %d åtgärder",
                     BenchStatistics.milliseconds(since: generationStart), summary.kommuner, summary.enheter, summary.loops,
                     today.year - 4, today.year, summary.meetings, summary.questions, summary.actions))

        let context = AppContext(store: store, strings: try Strings.load(.sv), theme: .color, user: "bench",
                                 databasePath: path, today: today)
        let year = today.year - 1

        // 1. One kommun's yearly report, the query alone.
        let kommunIds = try store.kommuner().map(\.id)
        var single: [Double] = []
        for i in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try store.dialogueReport(kommunId: kommunIds[i % kommunIds.count], year: year)
            single.append(BenchStatistics.milliseconds(since: start))
        }
        Self.report("Årsrapport för en kommun (fråga)", single, target: 50)

        // 1b. Every kommun's report for a year, the query alone (what the report tab loads).
        var all: [Double] = []
        for i in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try store.dialogueReports(year: year - i % 2)
            all.append(BenchStatistics.milliseconds(since: start))
        }
        Self.report("Årsrapport för alla \(kommunIds.count) kommuner (fråga)", all, target: 50)

        // 2. The report tab: all kommuner's reports for a year, query + render at 120x40.
        let reportRunner = AppRunner(model: AppModel(context: context, root: DialogueScreen(tab: .report)),
                                     terminal: InMemoryTerminal(width: 120, height: 40))
        reportRunner.drawFrame()
        var tab: [Double] = []
        for i in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            reportRunner.step(.key(.char(i % 2 == 0 ? "-" : "+")))
            tab.append(BenchStatistics.milliseconds(since: start))
        }
        Self.report("Årsrapportfliken, alla \(kommunIds.count) kommuner (fråga + ritning, 120x40)", tab, target: 50)

        // 3. Opening a loop screen: Enter on the loop list pushes it (query + render, 80x24).
        let loopRunner = AppRunner(model: AppModel(context: context, root: DialogueScreen(tab: .loops)),
                                   terminal: InMemoryTerminal(width: 80, height: 24))
        loopRunner.drawFrame()
        var open: [Double] = []
        for _ in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            loopRunner.step(.key(.enter))
            open.append(BenchStatistics.milliseconds(since: start))
            loopRunner.step(.key(.escape))
            loopRunner.step(.key(.pageDown))
        }
        Self.report("Öppna en slinga (fråga + ritning, 80x24)", open, target: 5)

        // 4. The loop's data alone.
        let loopIds = try store.dialogueLoops(today: today).map(\.id)
        var detail: [Double] = []
        for i in 0..<rounds {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try store.loopDetail(id: loopIds[(i * 37) % loopIds.count], today: today)
            detail.append(BenchStatistics.milliseconds(since: start))
        }
        Self.report("Slingans data (fråga)", detail, target: 5)
        try store.close()
    }

    private static func report(_ what: String, _ values: [Double], target: Double) {
        let sorted = values.sorted()
        let median = sorted[sorted.count / 2]
        let p99 = sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * 0.99))]
        print(String(format: "%@: median %.3f ms, p99 %.3f ms, sämst %.3f ms (mål < %.0f ms)",
                     what, median, p99, sorted.last ?? 0, target))
    }
}
