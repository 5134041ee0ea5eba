import Foundation

/// A seeded random source for monkey and fuzz tests, replayable from the environment.
///
/// The seed comes from an environment variable when set (to replay a failure) and is
/// otherwise drawn at random, so every run explores new inputs; either way it is
/// printed before the first input, so a crash (which ends the test process) still
/// leaves the seed in the log. SplitMix64: small, fast, and the same on every platform.
public struct ReplayableRandom: RandomNumberGenerator, Sendable {
    /// The seed this source started from.
    public let seed: UInt64
    private var state: UInt64

    /// Starts from a fixed seed.
    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// Starts from the seed in `variable` if it is set, otherwise a random one, and
    /// prints how to replay the run.
    /// - Parameters:
    ///   - variable: the environment variable holding a seed (decimal).
    ///   - label: what the seed is for, in the printed line.
    public init(fromEnvironment variable: String, label: String) {
        let given = ProcessInfo.processInfo.environment[variable].flatMap { UInt64($0) }
        self.init(seed: given ?? UInt64.random(in: 1...UInt64(Int64.max)))
        let line = "\(label): seed \(seed) (replay with \(variable)=\(seed))\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A count from an environment variable, or a default.
    /// - Parameters:
    ///   - variable: the environment variable (a positive decimal number).
    ///   - defaultCount: the count when it is unset or not a positive number.
    /// - Returns: the count.
    public static func count(_ variable: String, default defaultCount: Int) -> Int {
        guard let text = ProcessInfo.processInfo.environment[variable], let n = Int(text), n > 0 else {
            return defaultCount
        }
        return n
    }
}
