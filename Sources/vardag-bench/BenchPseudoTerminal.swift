import Foundation
import Glibc
import TerminalKit
import TerminalKitCurses
import VardagApp

/// The real ncurses terminal on a pseudo-terminal of the bench's own, so key to frame is
/// measured through what the app really sends (ncurses' `doupdate` and its `write`
/// calls), also when the bench runs without a terminal (`make bench`, a pipe, CI).
///
/// For the measurement, standard input and output are the pty's slave side (see
/// `PseudoTerminal`). Nothing may be printed meanwhile: the figures are returned and
/// printed afterwards.
enum BenchPseudoTerminal {
    /// What a run of keys cost through ncurses.
    struct KeyFigures {
        /// Each key's sample: from the key to the frame being written.
        var samples: [BenchSample]
        /// Milliseconds from the key to the frame being written, one per key.
        var times: [Double] { samples.map(\.wall) }
        /// `write` calls per frame, one per key.
        var writesPerFrame: [Int]
        /// Bytes per frame, one per key.
        var bytesPerFrame: [Int]

        /// "median … ms, p99 … ms, sämst … ms; write-anrop per bild …" for a bench line.
        var summary: String {
            let writes = writesPerFrame.sorted()
            let bytes = bytesPerFrame.sorted()
            return String(format: "median %.3f ms, p99 %.3f ms (utan väntan på CPU %.3f ms), sämst %.3f ms; write-anrop till terminalen per bild median %d, högst %d; byte per bild median %d",
                          BenchStatistics.median(times), BenchStatistics.percentile(times, 0.99),
                          BenchStatistics.percentile(samples.map(\.own), 0.99), times.max() ?? 0,
                          writes.isEmpty ? 0 : writes[(writes.count - 1) / 2], writes.last ?? 0,
                          bytes.isEmpty ? 0 : bytes[(bytes.count - 1) / 2])
        }
    }

    /// Runs `body` with a started `CursesTerminal` of the given size on a fresh pty.
    /// - Parameters:
    ///   - width: columns.
    ///   - height: rows.
    ///   - body: what to measure; must print nothing (standard output is the pty).
    /// - Returns: what `body` returns.
    /// - Throws: `PseudoTerminal.Failure` when no pty could be made, the terminal's start errors, or what `body` throws.
    static func run<R>(width: Int, height: Int, _ body: (CursesTerminal) throws -> R) throws -> R {
        try PseudoTerminal.run(width: width, height: height) {
            try CursesTerminal.withTerminal(body)
        }.result
    }

    /// Times keys through the real terminal: each key is one `AppRunner.step` (update,
    /// frame, ncurses' refresh), with the writes and bytes of its frame.
    /// - Parameters:
    ///   - model: the app.
    ///   - prelude: keys pressed first, not measured (to reach the screen).
    ///   - keys: the keys measured, pressed in order.
    ///   - width: columns.
    ///   - height: rows.
    /// - Returns: the figures.
    /// - Throws: see `run`.
    static func keyToFrame(model: () -> AppModel, prelude: [Key] = [], keys: [Key], width: Int = 80, height: Int = 24) throws -> KeyFigures {
        try run(width: width, height: height) { terminal in
            let runner = AppRunner(model: model(), terminal: terminal)
            runner.drawFrame()
            for key in prelude { runner.step(.key(key)) }
            var figures = KeyFigures(samples: [], writesPerFrame: [], bytesPerFrame: [])
            for key in keys {
                let (calls, bytes) = (terminal.writeCalls, terminal.bytesWritten)
                figures.samples.append(BenchSample.measure { runner.step(.key(key)) })
                figures.writesPerFrame.append(terminal.writeCalls - calls)
                figures.bytesPerFrame.append(terminal.bytesWritten - bytes)
            }
            return figures
        }
    }
}
