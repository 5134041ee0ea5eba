import Foundation

/// One figure of Vardag's beside the same work done by the database's own tool, printed as
/// one line: `LABEL, BACKEND: Vardag median … ms, p99 … ms; TOOL median … ms, kvot …`.
struct BenchComparison {
    /// What was measured, e.g. "Översiktens aggregat (240 rader ut)".
    var label: String
    /// "SQLite" or "PostgreSQL".
    var backend: String
    /// Vardag's timings in ms.
    var ours: [Double]
    /// The tool's name and how it was timed, e.g. "psql (\\timing)".
    var tool: String
    /// The tool's timings in ms; nil when it could not run.
    var floor: [Double]?
    /// The target as printed, e.g. "mål kvot ≤ 2" or "mål < 150 ms"; empty for none.
    var target = ""

    /// Vardag's median over the tool's, nil without the tool's figures.
    var ratio: Double? {
        guard let floor, !floor.isEmpty else { return nil }
        return BenchStatistics.median(ours) / max(BenchStatistics.median(floor), 0.000_001)
    }

    /// The line.
    var line: String {
        var text = String(format: "%@, %@: Vardag median %.3f ms, p99 %.3f ms", label, backend,
                          BenchStatistics.median(ours), BenchStatistics.percentile(ours, 0.99))
        if let floor, let ratio {
            text += String(format: "; %@ median %.3f ms, kvot %.2f", tool, BenchStatistics.median(floor), ratio)
        } else {
            text += "; \(tool): hoppas över (saknas eller gav inga tider)"
        }
        return target.isEmpty ? text : text + " (\(target))"
    }

    /// Prints the line.
    func print() { Swift.print(line) }
}
