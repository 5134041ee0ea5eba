import Foundation

/// A process's peak memory as the bench prints it: the resident size (GNU `time`'s `%M`)
/// and the private part of it (`PrivateMemorySampler`), the program's own memory, which the
/// memory targets apply to: the rest is shared library pages, counted once for all users.
struct PeakMemory {
    /// The peak resident size in kB.
    var residentKilobytes: Int
    /// The peak private (anonymous) memory in kB, nil when it could not be sampled.
    var privateKilobytes: Int?

    /// The larger of each peak of two runs.
    /// - Parameter other: the other run's peaks.
    /// - Returns: the peaks of both runs.
    func merged(with other: PeakMemory) -> PeakMemory {
        let both = [privateKilobytes, other.privateKilobytes].compactMap { $0 }
        return PeakMemory(residentKilobytes: max(residentKilobytes, other.residentKilobytes), privateKilobytes: both.max())
    }

    /// "41.0 MB (varav privat 4.9 MB)" ("privat –" when it could not be sampled).
    var text: String { text(baseline: nil) }

    /// The peaks beside the program's size before any work (`ProcessSpawn.helpBaseline`):
    /// "41.0 MB (varav privat 4.9 MB; vardag --help 32.4 MB, varav privat 1.9 MB)".
    /// - Parameter baseline: `vardag --help`'s peaks, nil to leave them out.
    func text(baseline: PeakMemory?) -> String {
        let own = "\(Self.megabytes(residentKilobytes)) (varav privat \(Self.megabytes(privateKilobytes))"
        guard let baseline else { return own + ")" }
        return own + "; vardag --help \(Self.megabytes(baseline.residentKilobytes)), varav privat \(Self.megabytes(baseline.privateKilobytes)))"
    }

    /// The ratios of these peaks to another program's: "kvot 17.13, privat kvot 56.83"
    /// (without the private one when either is unknown).
    /// - Parameter floor: the other program's peaks.
    func ratios(to floor: PeakMemory) -> String {
        var text = String(format: "kvot %.2f", Double(residentKilobytes) / Double(max(1, floor.residentKilobytes)))
        if let ours = privateKilobytes, let theirs = floor.privateKilobytes {
            text += String(format: ", privat kvot %.2f", Double(ours) / Double(max(1, theirs)))
        }
        return text
    }

    /// kB as "4.9 MB", "–" for nil.
    /// - Parameter kilobytes: the figure.
    static func megabytes(_ kilobytes: Int?) -> String {
        kilobytes.map { String(format: "%.1f MB", Double($0) / 1024) } ?? "–"
    }
}
