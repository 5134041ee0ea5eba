import Foundation

/// The clock and the statistics every benchmark prints: milliseconds since a start, and
/// the mean, median and percentiles of a run's timings.
enum BenchStatistics {
    /// The milliseconds from `start` (`DispatchTime.now().uptimeNanoseconds`) until now.
    static func milliseconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    /// The arithmetic mean, 0 for no values.
    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }

    /// The median (the lower middle value of an even count).
    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    /// The value at fraction `p` of the sorted values (the nearest rank below), 0 for no values.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
    }
}
